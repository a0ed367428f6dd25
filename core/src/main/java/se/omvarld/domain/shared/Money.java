package se.omvarld.domain.shared;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * An exact amount in one currency, always at scale 2 (öre, cent). Never a {@code double}.
 * Arithmetic between two currencies is a programming error; conversion goes through an exchange rate.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public static final int SCALE = 2;
    public static final Currency SEK = Currency.getInstance("SEK");
    public static final Currency EUR = Currency.getInstance("EUR");

    public Money {
        checkNotNull(amount, "amount is required");
        checkNotNull(currency, "currency is required");
        if (amount.scale() > SCALE && amount.stripTrailingZeros().scale() > SCALE) {
            throw InvalidValue.of(WordingKey.FIELD_MONEY_DECIMALS, "amount " + amount + " has more than " + SCALE
                    + " decimals; round it explicitly first", amount, SCALE);
        }
        amount = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currency));
    }

    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    public static Money sek(String amount) {
        return of(amount, "SEK");
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** Rounds an amount of any scale half-even (banker's rounding) to scale 2. */
    public static Money rounded(BigDecimal amount, Currency currency) {
        return new Money(amount.setScale(SCALE, RoundingMode.HALF_EVEN), currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /** Multiplies by a factor and rounds half-even to scale 2. */
    public Money times(BigDecimal factor) {
        checkNotNull(factor, "factor is required");
        return rounded(amount.multiply(factor), currency);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        checkNotNull(other, "other amount is required");
        if (!currency.equals(other.currency)) {
            throw InvalidValue.of(WordingKey.FIELD_MONEY_CURRENCIES, "cannot combine " + currency + " with "
                    + other.currency + " without an exchange rate", currency.getCurrencyCode(),
                    other.currency.getCurrencyCode());
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
