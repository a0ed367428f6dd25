package se.omvarld.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Money is exact: for all amounts, sums and differences are those of BigDecimal, and currencies never mix. */
class MoneyPropertiesTest {

    private static final List<Currency> CURRENCIES = List.of(Money.SEK, Money.EUR, Currency.getInstance("NOK"),
            Currency.getInstance("USD"));

    /** Amounts at scale 2: ordinary ones up to ±10 million, and some far beyond a double's exact integers. */
    private static Gen<BigDecimal> amounts() {
        Gen<BigDecimal> ordinary = Generate.longRange(-1_000_000_000L, 1_000_000_000L)
                .map(cents -> BigDecimal.valueOf(cents, 2));
        Gen<BigDecimal> huge = Generate.longRange(Long.MIN_VALUE / 2, Long.MAX_VALUE / 2)
                .zip(Generate.longRange(0, 99), (units, cents) -> new BigDecimal(BigInteger.valueOf(units)
                        .multiply(BigInteger.valueOf(100)).add(BigInteger.valueOf(cents)), 2));
        return ordinary.mix(huge, 30);
    }

    private static Gen<Currency> currencies() {
        return Generate.pick(CURRENCIES);
    }

    private static Gen<Money> sek() {
        return amounts().map(a -> Money.of(a, Money.SEK));
    }

    /** Factors such as exchange rates and co-financing shares: up to six decimals, either sign. */
    private static Gen<BigDecimal> factors() {
        return Generate.longRange(-100_000_000L, 100_000_000L).zip(Generate.range(0, 6), BigDecimal::valueOf);
    }

    @Test
    void plus_is_exactly_the_sum_of_the_amounts() {
        qt().forAll(sek(), sek()).check((a, b) -> a.plus(b).amount().equals(a.amount().add(b.amount())));
    }

    @Test
    void minus_undoes_plus() {
        qt().forAll(sek(), sek()).check((a, b) -> a.plus(b).minus(b).equals(a));
    }

    @Test
    void plus_undoes_minus() {
        qt().forAll(sek(), sek()).check((a, b) -> a.minus(b).plus(b).equals(a));
    }

    @Test
    void plus_is_commutative() {
        qt().forAll(sek(), sek()).check((a, b) -> a.plus(b).equals(b.plus(a)));
    }

    @Test
    void plus_is_associative() {
        qt().forAll(sek(), sek(), sek()).check((a, b, c) -> a.plus(b).plus(c).equals(a.plus(b.plus(c))));
    }

    @Test
    void zero_changes_nothing() {
        qt().forAll(sek()).check(a -> a.plus(Money.zero(Money.SEK)).equals(a)
                && a.minus(Money.zero(Money.SEK)).equals(a));
    }

    @Test
    void a_sum_keeps_its_currency_and_scale_2() {
        qt().forAll(amounts(), amounts(), currencies()).check((x, y, currency) -> {
            Money sum = Money.of(x, currency).plus(Money.of(y, currency));
            return sum.currency().equals(currency) && sum.amount().scale() == Money.SCALE;
        });
    }

    @Test
    void times_rounds_half_even_exactly_as_big_decimal_does() {
        qt().forAll(sek(), factors()).check((a, factor) -> a.times(factor).amount()
                .equals(a.amount().multiply(factor).setScale(2, RoundingMode.HALF_EVEN)));
    }

    @Test
    void times_one_changes_nothing() {
        qt().forAll(sek()).check(a -> a.times(BigDecimal.ONE).equals(a));
    }

    @Test
    void comparison_agrees_with_the_amounts() {
        qt().forAll(sek(), sek()).check((a, b) -> Integer.signum(a.compareTo(b))
                == Integer.signum(a.amount().compareTo(b.amount())));
    }

    @Test
    void currencies_are_never_mixed() {
        qt().forAll(amounts(), amounts(), currencies(), currencies()).assuming((x, y, c, d) -> !c.equals(d))
                .checkAssert((x, y, c, d) -> {
                    Money a = Money.of(x, c);
                    Money b = Money.of(y, d);
                    assertThatIllegalArgumentException().isThrownBy(() -> a.plus(b));
                    assertThatIllegalArgumentException().isThrownBy(() -> a.minus(b));
                    assertThatIllegalArgumentException().isThrownBy(() -> a.compareTo(b));
                });
    }

    @Test
    void an_amount_with_more_than_two_decimals_is_refused_unless_rounded_explicitly() {
        qt().forAll(amounts(), Generate.range(1, 9)).checkAssert((x, extra) -> {
            BigDecimal fine = x.add(BigDecimal.ONE.movePointLeft(Money.SCALE + extra));
            assertThatIllegalArgumentException().isThrownBy(() -> Money.of(fine, Money.SEK));
            assertThat(Money.rounded(fine, Money.SEK).amount())
                    .isEqualTo(fine.setScale(2, RoundingMode.HALF_EVEN));
        });
    }
}
