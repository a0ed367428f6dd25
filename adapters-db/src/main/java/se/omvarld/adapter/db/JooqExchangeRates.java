package se.omvarld.adapter.db;

import static com.google.common.base.Preconditions.checkNotNull;
import static se.omvarld.adapter.db.jooq.Tables.EXCHANGE_RATE;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.Record3;
import org.jooq.ResultQuery;
import org.jooq.Select;
import org.jooq.impl.DSL;
import se.omvarld.domain.shared.DateRange;
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

    /**
     * One query for every fixing of {@code from} and {@code to} from a week before {@code days} to their end (five
     * years of four currencies: about 5,000 rows), then answered from memory exactly as {@link #rate} answers: the
     * statistics of five years asked three queries per converted grant, 700 for the largest register.
     */
    @Override
    public ExchangeRates readAhead(Set<Currency> from, Currency to, DateRange days) {
        checkNotNull(from, "from is required");
        checkNotNull(to, "to is required");
        checkNotNull(days, "days are required");
        Set<String> codes = from.stream().map(Currency::getCurrencyCode).collect(Collectors.toSet());
        codes.add(to.getCurrencyCode());
        codes.remove(EUR.getCurrencyCode());
        NavigableMap<LocalDate, Map<String, BigDecimal>> fixings = new TreeMap<>();
        // One branch per currency, each a range of the primary key (currency, fixing day): with "currency in (...)"
        // H2 reads every fixing of those currencies since 1999 to keep five years of them.
        codes.stream().sorted().<Select<Record3<LocalDate, String, BigDecimal>>>map(currency -> DSL.select(EXCHANGE_RATE.FIXING_DAY, EXCHANGE_RATE.CURRENCY,
                        EXCHANGE_RATE.UNITS_PER_EURO).from(EXCHANGE_RATE)
                .where(EXCHANGE_RATE.CURRENCY.eq(currency))
                .and(EXCHANGE_RATE.FIXING_DAY.between(days.start().minusDays(LOOK_BACK_DAYS), days.end())))
                .reduce(Select::unionAll)
                .ifPresent(all -> transactions.dsl(dsl -> dsl.fetch((ResultQuery<Record3<LocalDate, String,
                        BigDecimal>>) all))
                        .forEach(r -> fixings.computeIfAbsent(r.value1(), d -> new HashMap<>())
                                .put(r.value2().strip(), r.value3())));
        return (f, t, day) -> {
            checkNotNull(f, "from is required");
            checkNotNull(t, "to is required");
            checkNotNull(day, "day is required");
            if (f.equals(t) || !t.equals(to) || !from.contains(f) || !days.contains(day)) {
                return rate(f, t, day);
            }
            for (Map.Entry<LocalDate, Map<String, BigDecimal>> fixed
                    : fixings.subMap(day.minusDays(LOOK_BACK_DAYS), true, day, true).descendingMap().entrySet()) {
                Optional<BigDecimal> fromPerEuro = perEuro(fixed.getValue(), f);
                Optional<BigDecimal> toPerEuro = perEuro(fixed.getValue(), t);
                if (fromPerEuro.isPresent() && toPerEuro.isPresent()) {
                    return Optional.of(new ExchangeRate(f, t, toPerEuro.get().divide(fromPerEuro.get(),
                            MathContext.DECIMAL64), fixed.getKey(),
                            ReferenceDataImport.ECB_SOURCE + " of " + fixed.getKey()));
                }
            }
            return Optional.empty();
        };
    }

    private static Optional<BigDecimal> perEuro(Map<String, BigDecimal> fixing, Currency currency) {
        return currency.equals(EUR) ? Optional.of(BigDecimal.ONE)
                : Optional.ofNullable(fixing.get(currency.getCurrencyCode()));
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
