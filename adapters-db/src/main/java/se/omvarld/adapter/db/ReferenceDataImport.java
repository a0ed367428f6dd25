package se.omvarld.adapter.db;

import static com.google.common.base.Preconditions.checkNotNull;
import static se.omvarld.adapter.db.jooq.Tables.COUNTRY_ASSESSMENT;
import static se.omvarld.adapter.db.jooq.Tables.EXCHANGE_RATE;

import com.google.common.collect.ImmutableList;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep4;
import org.jooq.Table;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;
import se.omvarld.adapter.db.jooq.tables.records.CountryAssessmentRecord;
import se.omvarld.adapter.db.jooq.tables.records.ExchangeRateRecord;
import se.omvarld.reference.EcbExchangeRates;
import se.omvarld.reference.RejectedRow;
import se.omvarld.reference.VdemCountryAssessments;

/**
 * Loads the reference data shipped in {@code omvarld-reference-data} into an empty database: V-Dem's regime classes
 * (country assessments, R2) and the ECB's euro reference rates. The files and their parsing live in that module
 * ({@link VdemCountryAssessments}, {@link EcbExchangeRates}); this class only stores what they read. Both files are
 * real and messy; what cannot be taken is reported row by row, never guessed.
 */
public final class ReferenceDataImport {

    public static final String VDEM_FILE = VdemCountryAssessments.FILE;
    public static final String VDEM_SOURCE = VdemCountryAssessments.SOURCE;
    public static final String ECB_FILE = EcbExchangeRates.FILE;
    public static final String ECB_SOURCE = EcbExchangeRates.SOURCE;

    private static final int BATCH = 2_000;

    private final JooqTransactions transactions;

    public ReferenceDataImport(JooqPersistence persistence) {
        this.transactions = checkNotNull(persistence, "persistence is required").transactions();
    }

    /**
     * Imports both shipped files into tables that are still empty; a table with rows is left alone. Two services
     * starting at once on one empty database may both try: the one that loses the race finds the rows there and
     * leaves them.
     */
    public ImmutableList<ImportReport> importShippedIfEmpty() {
        ImmutableList.Builder<ImportReport> reports = ImmutableList.builder();
        importShippedCountryAssessmentsIfEmpty().ifPresent(reports::add);
        importShippedExchangeRatesIfEmpty().ifPresent(reports::add);
        return reports.build();
    }

    /** The shipped V-Dem table, if the country assessments are still empty: what R2 consults. */
    public Optional<ImportReport> importShippedCountryAssessmentsIfEmpty() {
        return importIfEmpty(COUNTRY_ASSESSMENT, () -> countryRegimes(VdemCountryAssessments.shipped()));
    }

    /** The shipped ECB rates, if the exchange rates are still empty: what the statistics convert with. */
    public Optional<ImportReport> importShippedExchangeRatesIfEmpty() {
        return importIfEmpty(EXCHANGE_RATE, () -> ecbRates(EcbExchangeRates.shipped()));
    }

    private Optional<ImportReport> importIfEmpty(Table<?> table, Supplier<ImportReport> load) {
        // exists, not count: counting the 200,000 stored rates read them all at every start
        if (transactions.dsl(dsl -> dsl.fetchExists(table))) {
            return Optional.empty();
        }
        try {
            return Optional.of(load.get());
        } catch (IntegrityConstraintViolationException raced) {
            if (transactions.dsl(dsl -> dsl.fetchExists(table))) {
                return Optional.empty();
            }
            throw raced;
        }
    }

    /** Imports a file of V-Dem's layout ({@code entity,iso3,year,regime}), read by {@link VdemCountryAssessments}. */
    public ImportReport countryRegimes(String file, Reader csv) {
        return countryRegimes(VdemCountryAssessments.read(file, csv));
    }

    /** Imports every assessment {@code table} took, and reports every row it rejected. */
    public ImportReport countryRegimes(VdemCountryAssessments table) {
        List<CountryAssessmentRecord> rows = table.all().stream()
                .map(a -> new CountryAssessmentRecord(a.country().value(), a.year(), (short) a.regime().code(),
                        a.source()))
                .toList();
        int imported = transactions.inTransaction(() -> transactions.dsl(dsl -> insertAssessments(dsl, rows)));
        return new ImportReport(table.file(), imported, skipped(table.rejected()));
    }

    private static int insertAssessments(DSLContext dsl, List<CountryAssessmentRecord> rows) {
        int inserted = 0;
        for (int from = 0; from < rows.size(); from += BATCH) {
            InsertValuesStep4<CountryAssessmentRecord, String, Integer, Short, String> insert = dsl
                    .insertInto(COUNTRY_ASSESSMENT, COUNTRY_ASSESSMENT.COUNTRY, COUNTRY_ASSESSMENT.ASSESSED_YEAR,
                            COUNTRY_ASSESSMENT.REGIME, COUNTRY_ASSESSMENT.SOURCE);
            for (CountryAssessmentRecord r : rows.subList(from, Math.min(rows.size(), from + BATCH))) {
                insert = insert.values(r.getCountry(), r.getAssessedYear(), r.getRegime(), r.getSource());
            }
            inserted += insert.execute();
        }
        return inserted;
    }

    /** Imports a file of the ECB's layout, as {@link EcbExchangeRates} reads it. */
    public ImportReport ecbRates(String file, Reader csv) {
        return ecbRates(EcbExchangeRates.read(file, csv));
    }

    /** Imports every fixing {@code rates} took, and reports every row or value it rejected. */
    public ImportReport ecbRates(EcbExchangeRates rates) {
        List<ExchangeRateRecord> rows = rates.fixings().stream()
                .map(f -> new ExchangeRateRecord(f.currency().getCurrencyCode(), f.day(), f.unitsPerEuro(),
                        EcbExchangeRates.SOURCE))
                .toList();
        int imported = transactions.inTransaction(() -> transactions.dsl(dsl -> insertRates(dsl, rows)));
        return new ImportReport(rates.file(), imported, skipped(rates.rejected()));
    }

    private static ImmutableList<String> skipped(List<RejectedRow> rejected) {
        return rejected.stream().map(RejectedRow::toString).collect(ImmutableList.toImmutableList());
    }

    private static int insertRates(DSLContext dsl, List<ExchangeRateRecord> rows) {
        int inserted = 0;
        for (int from = 0; from < rows.size(); from += BATCH) {
            InsertValuesStep4<ExchangeRateRecord, String, LocalDate, BigDecimal, String> insert = dsl
                    .insertInto(EXCHANGE_RATE, EXCHANGE_RATE.CURRENCY, EXCHANGE_RATE.FIXING_DAY,
                            EXCHANGE_RATE.UNITS_PER_EURO, EXCHANGE_RATE.SOURCE);
            for (ExchangeRateRecord r : rows.subList(from, Math.min(rows.size(), from + BATCH))) {
                insert = insert.values(r.getCurrency(), r.getFixingDay(), r.getUnitsPerEuro(), r.getSource());
            }
            inserted += insert.execute();
        }
        return inserted;
    }

    /**
     * Every stored exchange rate, by {@code "<currency> <day>"}: what a newer file is checked against (a stored rate
     * must be in it unchanged).
     */
    public java.util.Map<String, BigDecimal> storedRates() {
        return transactions.dsl(dsl -> {
            java.util.Map<String, BigDecimal> rates = new java.util.HashMap<>();
            dsl.select(EXCHANGE_RATE.CURRENCY, EXCHANGE_RATE.FIXING_DAY, EXCHANGE_RATE.UNITS_PER_EURO)
                    .from(EXCHANGE_RATE).forEach(r -> rates.put(r.value1().strip() + " " + r.value2(), r.value3()));
            return rates;
        });
    }

    /** Every stored regime class, by {@code "<country> <year>"}: what a newer V-Dem table is checked against. */
    public java.util.Map<String, Integer> storedAssessments() {
        return transactions.dsl(dsl -> {
            java.util.Map<String, Integer> classes = new java.util.HashMap<>();
            dsl.select(COUNTRY_ASSESSMENT.COUNTRY, COUNTRY_ASSESSMENT.ASSESSED_YEAR, COUNTRY_ASSESSMENT.REGIME)
                    .from(COUNTRY_ASSESSMENT).forEach(r -> classes.put(r.value1().strip() + " " + r.value2(),
                            r.value3().intValue()));
            return classes;
        });
    }

    /**
     * The latest day with a stored rate of {@code currency}, if any. One currency's days are a range of the primary
     * key (currency first): the latest day of all currencies read every one of the 200,000 rates.
     */
    public Optional<LocalDate> latestRateDay(String currency) {
        return Optional.ofNullable(transactions.dsl(dsl -> dsl.select(DSL.max(EXCHANGE_RATE.FIXING_DAY))
                .from(EXCHANGE_RATE).where(EXCHANGE_RATE.CURRENCY.eq(currency)).fetchOne(0, LocalDate.class)));
    }

    /** The latest year with a stored country assessment, if any. */
    public Optional<Integer> latestAssessmentYear() {
        return Optional.ofNullable(transactions.dsl(dsl -> dsl.select(DSL.max(COUNTRY_ASSESSMENT.ASSESSED_YEAR))
                .from(COUNTRY_ASSESSMENT).fetchOne(0, Integer.class)));
    }
}
