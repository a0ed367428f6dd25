package se.omvarld.reference;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.statistics.Rate;
import se.omvarld.domain.statistics.RateLookup;

/**
 * Test helper: the ECB's euro reference rates from {@code reference/exchange-rates/}, as a {@link RateLookup} to
 * SEK. Reads the ECB's layout as it is: a {@code Date} column then one column per currency (units per 1 EUR), a
 * trailing comma on every line, {@code N/A} where a currency had no fixing, no weekend rows. A day without a fixing
 * takes the last one up to {@value #DAYS_BACK} days before it; later than that there is no rate, never a zero.
 * A rate between two other currencies goes through the euro: SEK per NOK = SEK/NOK of the same day.
 */
public final class EcbRatesCsv implements RateLookup {

    public static final String RESOURCE = "/reference/exchange-rates/eurofxref-hist-sek-nok-usd-dkk-gbp.csv";
    public static final String SOURCE = "ECB euro foreign exchange reference rates";
    public static final int DAYS_BACK = 7;

    private final ImmutableMap<LocalDate, ImmutableMap<Currency, BigDecimal>> perEuro;
    private final ImmutableList<Currency> currencies;
    private final String source;

    private EcbRatesCsv(ImmutableMap<LocalDate, ImmutableMap<Currency, BigDecimal>> perEuro,
            ImmutableList<Currency> currencies, String source) {
        this.perEuro = perEuro;
        this.currencies = currencies;
        this.source = source;
    }

    public static EcbRatesCsv load() {
        InputStream in = EcbRatesCsv.class.getResourceAsStream(RESOURCE);
        checkNotNull(in, "%s is not on the test classpath", RESOURCE);
        try (Reader reader = new InputStreamReader(in, StandardCharsets.US_ASCII)) {
            return read(reader, SOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static EcbRatesCsv read(Reader csv, String source) {
        Map<LocalDate, ImmutableMap<Currency, BigDecimal>> days = new HashMap<>();
        ImmutableList.Builder<Currency> columns = ImmutableList.builder();
        try (BufferedReader lines = new BufferedReader(csv)) {
            String header = lines.readLine();
            checkNotNull(header, "the file is empty");
            String[] names = header.split(",", -1);
            checkArgument(names[0].strip().equals("Date"), "the first column must be Date: %s", header);
            Currency[] currency = new Currency[names.length];
            for (int i = 1; i < names.length; i++) {
                if (!names[i].isBlank()) {
                    currency[i] = Currency.getInstance(names[i].strip());
                    columns.add(currency[i]);
                }
            }
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                LocalDate day = LocalDate.parse(f[0].strip());
                ImmutableMap.Builder<Currency, BigDecimal> rates = ImmutableMap.builder();
                for (int i = 1; i < f.length && i < currency.length; i++) {
                    String value = f[i].strip();
                    if (currency[i] != null && !value.isEmpty() && !value.equals("N/A")) {
                        rates.put(currency[i], new BigDecimal(value));
                    }
                }
                checkArgument(days.put(day, rates.buildOrThrow()) == null, "%s appears twice", day);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EcbRatesCsv(ImmutableMap.copyOf(days), columns.build(), source);
    }

    /** The fixing of {@code currency} per euro on exactly {@code day}; empty for N/A or no row. */
    public Optional<BigDecimal> perEuro(Currency currency, LocalDate day) {
        if (currency.equals(Money.EUR)) {
            return perEuro.containsKey(day) ? Optional.of(BigDecimal.ONE) : Optional.empty();
        }
        return Optional.ofNullable(perEuro.getOrDefault(day, ImmutableMap.of()).get(currency));
    }

    @Override
    public Optional<Rate> rate(Currency from, LocalDate day) {
        checkNotNull(from, "from is required");
        checkNotNull(day, "day is required");
        if (from.equals(Money.SEK)) {
            return Optional.of(Rate.sek(day));
        }
        for (int back = 0; back <= DAYS_BACK; back++) {
            LocalDate d = day.minusDays(back);
            Optional<BigDecimal> sek = perEuro(Money.SEK, d);
            Optional<BigDecimal> other = perEuro(from, d);
            if (sek.isPresent() && other.isPresent()) {
                BigDecimal rate = from.equals(Money.EUR) ? sek.get()
                        : sek.get().divide(other.get(), MathContext.DECIMAL64);
                return Optional.of(new Rate(from, rate, d, source));
            }
        }
        return Optional.empty();
    }

    public ImmutableList<Currency> currencies() {
        return currencies;
    }

    public int days() {
        return perEuro.size();
    }
}
