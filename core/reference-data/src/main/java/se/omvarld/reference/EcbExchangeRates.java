package se.omvarld.reference;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import se.omvarld.domain.shared.InvalidValue;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;
import se.omvarld.port.EuroCrossRates;
import se.omvarld.port.ExchangeRate;
import se.omvarld.port.ExchangeRates;

/**
 * The European Central Bank's euro reference rates, read from its history file, as the core's {@link ExchangeRates}
 * port. {@link #shipped()} is the file this module ships (1999-01-04 … 2024-10-11).
 *
 * <p>The same rule as the persistence adapter's rates: a rate between two currencies goes through the euro on one
 * business day, the day asked for or the last one before it within {@value #LOOK_BACK_DAYS} days on which both were
 * fixed (a weekend or holiday takes the last fixing, and the rate names that day); nothing older is used, and a
 * missing rate is empty, never a zero. So after the file ends there is no rate from 2024-10-19 on, while
 * 2024-10-12 … 2024-10-18 still take the last fixing, 2024-10-11: {@link #lastDay()} tells a caller where the file
 * ends.
 *
 * <p>The file's layout is the ECB's: a {@code Date} column, then one column per currency in units per euro,
 * {@code N/A} where a currency had no fixing, a trailing comma on every line, newest day first. A value that is not a
 * positive number, a row whose day is not a date or appears twice, a column that is not an ISO 4217 currency: each is
 * left out and listed in {@link #rejected()} with its line and the reason.
 */
public final class EcbExchangeRates implements ExchangeRates {

    /** The shipped file, relative to this package on the classpath. */
    public static final String FILE = "exchange-rates/eurofxref-hist.csv";
    /** The source every rate names, followed by " of " and the fixing's day. */
    public static final String SOURCE = "ECB euro reference rates";
    /** How far back a day without a fixing may look: a long Easter weekend, never a stale month. */
    public static final int LOOK_BACK_DAYS = EuroCrossRates.LOOK_BACK_DAYS;


    /** One currency's fixing on one day, in units per euro. */
    public record Fixing(Currency currency, LocalDate day, BigDecimal unitsPerEuro) {

        public Fixing {
            checkNotNull(currency, "currency is required");
            checkNotNull(day, "day is required");
            checkNotNull(unitsPerEuro, "unitsPerEuro is required");
            checkArgument(unitsPerEuro.signum() > 0, "a rate must be positive, was %s", unitsPerEuro);
        }
    }

    private final String file;
    private final ImmutableMap<Currency, ImmutableSortedMap<LocalDate, BigDecimal>> perEuro;
    private final ImmutableSortedMap<LocalDate, Integer> days;
    private final ImmutableList<RejectedRow> rejected;

    private EcbExchangeRates(String file, ImmutableMap<Currency, ImmutableSortedMap<LocalDate, BigDecimal>> perEuro,
            ImmutableSortedMap<LocalDate, Integer> days, ImmutableList<RejectedRow> rejected) {
        this.file = file;
        this.perEuro = perEuro;
        this.days = days;
        this.rejected = rejected;
    }

    /**
     * Reads the file shipped in this module. Each call reads it anew (it takes a moment and some megabytes): read it
     * once and keep the result, which is immutable and safe to share.
     */
    public static EcbExchangeRates shipped() {
        return Lines.shipped(EcbExchangeRates.class, FILE, EcbExchangeRates::read);
    }

    /**
     * Reads a file of the ECB's layout; {@code file} names it in {@link #rejected()}. The reader is read to its end
     * and not closed.
     *
     * @throws IllegalArgumentException when the file is empty or its first column is not {@code Date}
     * @throws java.io.UncheckedIOException when the reader fails
     */
    public static EcbExchangeRates read(String file, Reader csv) {
        checkNotNull(file, "file is required");
        checkNotNull(csv, "csv is required");
        List<Lines.Line> lines = Lines.of(file, csv);
        ImmutableList.Builder<RejectedRow> rejected = ImmutableList.builder();
        Lines.Line header = lines.get(0);
        String[] names = header.text().split(",", -1);
        if (!names[0].strip().equals("Date")) {
            throw InvalidValue.of(WordingKey.FIELD_FILE_FIRST_COLUMN, file + ": the first column must be Date, not '"
                    + names[0] + "'", file, names[0]);
        }
        Currency[] columns = new Currency[names.length];
        for (int c = 1; c < names.length; c++) {
            String name = names[c].strip();
            if (name.isEmpty()) {
                continue;
            }
            try {
                columns[c] = Currency.getInstance(name);
            } catch (IllegalArgumentException e) {
                rejected.add(new RejectedRow(file, header.number(), header.text(), Wording.of(
                        WordingKey.FIELD_FILE_NOT_CURRENCY, "'" + name + "' is not an ISO 4217 currency code: its"
                        + " column is left out", name)));
            }
        }
        Map<Currency, TreeMap<LocalDate, BigDecimal>> rates = new HashMap<>();
        TreeMap<LocalDate, Integer> days = new TreeMap<>();
        for (Lines.Line line : lines.subList(1, lines.size())) {
            if (line.text().isBlank()) {
                continue;
            }
            String[] cells = line.text().split(",", -1);
            LocalDate day;
            try {
                day = LocalDate.parse(cells[0].strip());
            } catch (DateTimeParseException e) {
                rejected.add(new RejectedRow(file, line.number(), line.text(), Wording.of(
                        WordingKey.FIELD_FILE_NOT_DATE, "'" + cells[0] + "' is not a date", cells[0])));
                continue;
            }
            Integer first = days.putIfAbsent(day, line.number());
            if (first != null) {
                rejected.add(new RejectedRow(file, line.number(), line.text(), Wording.of(
                        WordingKey.FIELD_FILE_DAY_TWICE, day + " appears twice: first on line " + first, day, first)));
                continue;
            }
            for (int c = 1; c < Math.min(cells.length, columns.length); c++) {
                String value = cells[c].strip();
                if (columns[c] == null || value.isEmpty() || value.equals("N/A")) {
                    continue;
                }
                BigDecimal rate = number(value);
                if (rate == null) {
                    rejected.add(new RejectedRow(file, line.number(), line.text(), Wording.of(
                            WordingKey.FIELD_FILE_NOT_RATE, columns[c].getCurrencyCode() + " '" + value
                            + "' is not a rate", columns[c].getCurrencyCode(), value)));
                } else {
                    rates.computeIfAbsent(columns[c], k -> new TreeMap<>()).put(day, rate);
                }
            }
        }
        ImmutableMap.Builder<Currency, ImmutableSortedMap<LocalDate, BigDecimal>> perEuro = ImmutableMap.builder();
        rates.forEach((currency, byDay) -> perEuro.put(currency, ImmutableSortedMap.copyOfSorted(byDay)));
        return new EcbExchangeRates(file, perEuro.buildOrThrow(), ImmutableSortedMap.copyOfSorted(days),
                rejected.build());
    }

    private static BigDecimal number(String value) {
        try {
            BigDecimal rate = new BigDecimal(value);
            return rate.signum() > 0 ? rate : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public Optional<ExchangeRate> rate(Currency from, Currency to, LocalDate day) {
        return EuroCrossRates.rate(from, to, day, SOURCE, this::perEuro);
    }

    /** The fixing of {@code currency} in units per euro on exactly {@code day}; empty for {@code N/A} or no row. */
    public Optional<BigDecimal> perEuro(Currency currency, LocalDate day) {
        checkNotNull(currency, "currency is required");
        checkNotNull(day, "day is required");
        ImmutableSortedMap<LocalDate, BigDecimal> byDay = perEuro.get(currency);
        return byDay == null ? Optional.empty() : Optional.ofNullable(byDay.get(day));
    }

    /** Every fixing taken, currency by currency, oldest day first. */
    public ImmutableList<Fixing> fixings() {
        ImmutableList.Builder<Fixing> all = ImmutableList.builder();
        perEuro.forEach((currency, byDay) -> byDay.forEach((day, rate) -> all.add(new Fixing(currency, day, rate))));
        return all.build();
    }

    /** The currencies with at least one fixing. */
    public ImmutableSet<Currency> currencies() {
        return perEuro.keySet();
    }

    /** The first day the file has a row for. */
    public LocalDate firstDay() {
        checkState(!days.isEmpty(), "%s has no day", file);
        return days.firstKey();
    }

    /** The last day the file has a row for: no rate is known for a day more than a week after it. */
    public LocalDate lastDay() {
        checkState(!days.isEmpty(), "%s has no day", file);
        return days.lastKey();
    }

    /** Every row or value that was not taken, with its line and the reason, in the order of the file. */
    public ImmutableList<RejectedRow> rejected() {
        return rejected;
    }

    /** The name the file was read under. */
    public String file() {
        return file;
    }
}
