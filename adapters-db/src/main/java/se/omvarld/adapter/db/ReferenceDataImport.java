package se.omvarld.adapter.db;

import static com.google.common.base.Preconditions.checkNotNull;
import static se.omvarld.adapter.db.jooq.Tables.COUNTRY_ASSESSMENT;
import static se.omvarld.adapter.db.jooq.Tables.EXCHANGE_RATE;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep4;
import org.jooq.Table;
import org.jooq.exception.IntegrityConstraintViolationException;
import se.omvarld.adapter.db.jooq.tables.records.CountryAssessmentRecord;
import se.omvarld.adapter.db.jooq.tables.records.ExchangeRateRecord;
import se.omvarld.domain.shared.CountryCode;

/**
 * Loads the shipped reference data into an empty database: V-Dem's regime classes (country assessments, R2) and the
 * ECB's euro reference rates. Both files are real and messy; what cannot be taken is reported row by row, never
 * guessed.
 */
public final class ReferenceDataImport {

    public static final String VDEM_FILE = "/reference/political-regime-2000-2024.csv";
    public static final String VDEM_SOURCE = "V-Dem v15 (2025) via Our World in Data";
    public static final String ECB_FILE = "/reference/eurofxref-hist.csv";
    public static final String ECB_SOURCE = "ECB euro reference rates";

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
        importIfEmpty(COUNTRY_ASSESSMENT, () -> countryRegimes(VDEM_FILE, resource(VDEM_FILE))).ifPresent(reports::add);
        importIfEmpty(EXCHANGE_RATE, () -> ecbRates(ECB_FILE, resource(ECB_FILE))).ifPresent(reports::add);
        return reports.build();
    }

    private Optional<ImportReport> importIfEmpty(Table<?> table, Supplier<ImportReport> load) {
        if (transactions.dsl(dsl -> dsl.fetchCount(table)) > 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(load.get());
        } catch (IntegrityConstraintViolationException raced) {
            if (transactions.dsl(dsl -> dsl.fetchCount(table)) > 0) {
                return Optional.empty();
            }
            throw raced;
        }
    }

    /** Imports V-Dem's {@code entity,iso3,year,regime} rows, mapping ISO alpha-3 codes to alpha-2. */
    public ImportReport countryRegimes(String file, Reader csv) {
        List<String> skipped = new ArrayList<>();
        List<CountryAssessmentRecord> rows = new ArrayList<>();
        List<String> lines = lines(csv);
        for (int n = 1; n < lines.size(); n++) {
            String[] cells = lines.get(n).split(",", -1);
            String where = file + " line " + (n + 1) + ": ";
            if (cells.length != 4) {
                skipped.add(where + "expected 4 columns, found " + cells.length);
            } else if (!CountryCode.isAlpha3(cells[1])) {
                skipped.add(where + "'" + cells[0] + "' has no ISO 3166-1 code ('" + cells[1] + "')");
            } else {
                try {
                    int regime = Integer.parseInt(cells[3]);
                    if (regime < 0 || regime > 3) {
                        skipped.add(where + "regime class " + regime + " is not 0 to 3");
                        continue;
                    }
                    rows.add(new CountryAssessmentRecord(CountryCode.fromAlpha3(cells[1]).value(),
                            Integer.parseInt(cells[2]), (short) regime, VDEM_SOURCE));
                } catch (NumberFormatException e) {
                    skipped.add(where + "year or regime is not a number");
                }
            }
        }
        int imported = transactions.inTransaction(() -> transactions.dsl(dsl -> insertAssessments(dsl, rows)));
        return new ImportReport(file, imported, ImmutableList.copyOf(skipped));
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

    /**
     * Imports the ECB's history file: a {@code Date} column, then one column per currency with units per euro,
     * {@code N/A} where there was no fixing, and a trailing comma on every line.
     */
    public ImportReport ecbRates(String file, Reader csv) {
        List<String> skipped = new ArrayList<>();
        List<ExchangeRateRecord> rows = new ArrayList<>();
        List<String> lines = lines(csv);
        String[] currencies = lines.isEmpty() ? new String[0] : lines.get(0).split(",", -1);
        for (int n = 1; n < lines.size(); n++) {
            String[] cells = lines.get(n).split(",", -1);
            String where = file + " line " + (n + 1) + ": ";
            LocalDate day;
            try {
                day = LocalDate.parse(cells[0]);
            } catch (DateTimeParseException e) {
                skipped.add(where + "'" + cells[0] + "' is not a date");
                continue;
            }
            for (int c = 1; c < Math.min(cells.length, currencies.length); c++) {
                String value = cells[c].strip();
                if (currencies[c].isBlank() || value.isEmpty() || value.equals("N/A")) {
                    continue;
                }
                try {
                    rows.add(new ExchangeRateRecord(currencies[c], day, new BigDecimal(value), ECB_SOURCE));
                } catch (NumberFormatException e) {
                    skipped.add(where + currencies[c] + " '" + value + "' is not a rate");
                }
            }
        }
        int imported = transactions.inTransaction(() -> transactions.dsl(dsl -> insertRates(dsl, rows)));
        return new ImportReport(file, imported, ImmutableList.copyOf(skipped));
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

    private static Reader resource(String name) {
        InputStream in = ReferenceDataImport.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("the shipped reference file " + name + " is missing from the classpath");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static List<String> lines(Reader csv) {
        try (BufferedReader reader = new BufferedReader(csv)) {
            return reader.lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference data", e);
        }
    }
}
