package se.omvarld.adapter.db;

import static com.google.common.base.Preconditions.checkNotNull;
import static se.omvarld.adapter.db.jooq.Tables.EXCHANGE_RATE;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record2;
import se.omvarld.port.ExchangeRate;
import se.omvarld.port.ExchangeRates;

/**
 * The ECB's euro reference rates stored by {@link ReferenceDataImport}. A rate between two currencies goes through the
 * euro on one business day: the requested day, or the last one before it within a week (weekends and holidays take
 * the last fixing). Nothing older is used, and no rate is ever made up.
 */
public final class JooqExchangeRates implements ExchangeRates {

    /** How far back a day without a fixing may look: a long Easter weekend, never a stale month. */
    static final int LOOK_BACK_DAYS = 7;

    private static final Currency EUR = Currency.getInstance("EUR");

    private final JooqTransactions transactions;

    public JooqExchangeRates(JooqPersistence persistence) {
        this.transactions = checkNotNull(persistence, "persistence is required").transactions();
    }

    @Override
    public Optional<ExchangeRate> rate(Currency from, Currency to, LocalDate day) {
        checkNotNull(from, "from is required");
        checkNotNull(to, "to is required");
        checkNotNull(day, "day is required");
        if (from.equals(to)) {
            return Optional.of(ExchangeRate.identity(from, day));
        }
        return transactions.dsl(dsl -> fixingDay(dsl, from, to, day).flatMap(fixed -> {
            BigDecimal fromPerEuro = perEuro(dsl, from, fixed);
            BigDecimal toPerEuro = perEuro(dsl, to, fixed);
            return Optional.of(new ExchangeRate(from, to, toPerEuro.divide(fromPerEuro, MathContext.DECIMAL64),
                    fixed, ReferenceDataImport.ECB_SOURCE + " of " + fixed));
        }));
    }

    /** The latest day on or before {@code day}, within the look-back, on which both currencies were fixed. */
    private static Optional<LocalDate> fixingDay(DSLContext dsl, Currency from, Currency to, LocalDate day) {
        LocalDate earliest = day.minusDays(LOOK_BACK_DAYS);
        var days = dsl.select(EXCHANGE_RATE.FIXING_DAY, EXCHANGE_RATE.CURRENCY).from(EXCHANGE_RATE)
                .where(EXCHANGE_RATE.FIXING_DAY.between(earliest, day))
                .and(EXCHANGE_RATE.CURRENCY.in(codes(from, to)))
                .orderBy(EXCHANGE_RATE.FIXING_DAY.desc())
                .fetch();
        int needed = (from.equals(EUR) ? 0 : 1) + (to.equals(EUR) ? 0 : 1);
        return days.stream().map(Record2::value1).distinct()
                .filter(d -> days.stream().filter(r -> r.value1().equals(d)).count() == needed)
                .findFirst();
    }

    private static List<String> codes(Currency from, Currency to) {
        return List.of(from.getCurrencyCode(), to.getCurrencyCode());
    }

    private static BigDecimal perEuro(DSLContext dsl, Currency currency, LocalDate day) {
        if (currency.equals(EUR)) {
            return BigDecimal.ONE;
        }
        return dsl.select(EXCHANGE_RATE.UNITS_PER_EURO).from(EXCHANGE_RATE)
                .where(EXCHANGE_RATE.CURRENCY.eq(currency.getCurrencyCode()), EXCHANGE_RATE.FIXING_DAY.eq(day))
                .fetchSingle(EXCHANGE_RATE.UNITS_PER_EURO);
    }
}
