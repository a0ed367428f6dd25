package se.omvarld.adapter.db;

import static com.google.common.base.Preconditions.checkNotNull;
import static se.omvarld.adapter.db.jooq.Tables.EXCHANGE_RATE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jooq.Record3;
import org.jooq.ResultQuery;
import org.jooq.Select;
import org.jooq.impl.DSL;
import se.omvarld.domain.shared.DateRange;
import se.omvarld.port.EuroCrossRates;
import se.omvarld.port.ExchangeRate;
import se.omvarld.port.ExchangeRates;

/**
 * The ECB's euro reference rates stored by {@link ReferenceDataImport}. A rate between two currencies goes through the
 * euro on one business day: the requested day, or the last one before it within a week (weekends and holidays take
 * the last fixing). Nothing older is used, and no rate is ever made up.
 */
public final class JooqExchangeRates implements ExchangeRates {

    /** How far back a day without a fixing may look: a long Easter weekend, never a stale month. */
    static final int LOOK_BACK_DAYS = EuroCrossRates.LOOK_BACK_DAYS;

    private static final Currency EUR = Currency.getInstance("EUR");

    private final JooqTransactions transactions;

    public JooqExchangeRates(JooqPersistence persistence) {
        this.transactions = checkNotNull(persistence, "persistence is required").transactions();
    }

    /** One query for the two currencies' fixings of the week up to {@code day}, then the ECB's rule. */
    @Override
    public Optional<ExchangeRate> rate(Currency from, Currency to, LocalDate day) {
        checkNotNull(day, "day is required");
        if (from == null || to == null || from.equals(to)) {
            return EuroCrossRates.rate(from, to, day, ReferenceDataImport.ECB_SOURCE, (c, d) -> Optional.empty());
        }
        Map<LocalDate, Map<String, BigDecimal>> fixings = new HashMap<>();
        transactions.dsl(dsl -> dsl.select(EXCHANGE_RATE.FIXING_DAY, EXCHANGE_RATE.CURRENCY,
                EXCHANGE_RATE.UNITS_PER_EURO).from(EXCHANGE_RATE)
                .where(EXCHANGE_RATE.CURRENCY.in(from.getCurrencyCode(), to.getCurrencyCode()))
                .and(EXCHANGE_RATE.FIXING_DAY.between(day.minusDays(LOOK_BACK_DAYS), day))
                .fetch())
                .forEach(r -> fixings.computeIfAbsent(r.value1(), d -> new HashMap<>())
                        .put(r.value2().strip(), r.value3()));
        return EuroCrossRates.rate(from, to, day, ReferenceDataImport.ECB_SOURCE, (c, d) -> perEuro(fixings, c, d));
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
            return EuroCrossRates.rate(f, t, day, ReferenceDataImport.ECB_SOURCE, (c, d) -> perEuro(fixings, c, d));
        };
    }

    private static Optional<BigDecimal> perEuro(Map<LocalDate, Map<String, BigDecimal>> fixings, Currency currency,
            LocalDate day) {
        return Optional.ofNullable(fixings.getOrDefault(day, Map.of()).get(currency.getCurrencyCode()));
    }
}
