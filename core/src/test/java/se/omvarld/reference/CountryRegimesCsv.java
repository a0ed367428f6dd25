package se.omvarld.reference;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import se.omvarld.domain.policy.CountryAssessment;
import se.omvarld.domain.policy.CountryAssessmentTable;
import se.omvarld.domain.policy.RegimeClass;
import se.omvarld.domain.shared.CountryCode;

/**
 * Test helper: V-Dem's Regimes of the World classes per country and year (as processed by Our World in Data), read
 * from {@code reference/country-regimes/political-regime-2000-2024.csv} into a {@link CountryAssessmentTable}.
 * The file's codes are ISO alpha-3; rows whose code is not one ({@code OWID_*}, blank) are reported, not guessed.
 */
public final class CountryRegimesCsv implements CountryAssessmentTable {

    public static final String RESOURCE = "/reference/country-regimes/political-regime-2000-2024.csv";
    public static final String SOURCE = "V-Dem (2025) Regimes of the World, via Our World in Data";

    /** A row the importer could not map to a country, and why. */
    public record Unmapped(int line, String entity, String code, String reason) {
    }

    private final ImmutableListMultimap<CountryCode, CountryAssessment> byCountry;
    private final ImmutableList<Unmapped> unmapped;

    private CountryRegimesCsv(ImmutableListMultimap<CountryCode, CountryAssessment> byCountry,
            ImmutableList<Unmapped> unmapped) {
        this.byCountry = byCountry;
        this.unmapped = unmapped;
    }

    /** The copy kept with the tests. */
    public static CountryRegimesCsv load() {
        InputStream in = CountryRegimesCsv.class.getResourceAsStream(RESOURCE);
        checkNotNull(in, "%s is not on the test classpath", RESOURCE);
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code entity,iso3,year,regime} with a header line. */
    public static CountryRegimesCsv read(Reader source) {
        ImmutableListMultimap.Builder<CountryCode, CountryAssessment> map = ImmutableListMultimap.builder();
        ImmutableList.Builder<Unmapped> unmapped = ImmutableList.builder();
        try (BufferedReader lines = new BufferedReader(source)) {
            String header = lines.readLine();
            checkNotNull(header, "the file is empty");
            if (!header.strip().equals("entity,iso3,year,regime")) {
                throw new IllegalArgumentException("unexpected header: " + header);
            }
            String line;
            int number = 1;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                if (f.length != 4) {
                    unmapped.add(new Unmapped(number, line, "", "expected 4 fields, found " + f.length));
                    continue;
                }
                String code = f[1].strip();
                if (code.isEmpty()) {
                    unmapped.add(new Unmapped(number, f[0], code, "no country code"));
                } else if (!CountryCode.isAlpha3(code)) {
                    unmapped.add(new Unmapped(number, f[0], code, "not an ISO 3166-1 alpha-3 code"));
                } else {
                    try {
                        map.put(CountryCode.fromAlpha3(code), new CountryAssessment(CountryCode.fromAlpha3(code),
                                Integer.parseInt(f[2].strip()), RegimeClass.ofCode(Integer.parseInt(f[3].strip())),
                                SOURCE));
                    } catch (IllegalArgumentException e) {
                        unmapped.add(new Unmapped(number, f[0], code, e.getMessage()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        map.orderValuesBy(Comparator.comparingInt(CountryAssessment::year));
        return new CountryRegimesCsv(map.build(), unmapped.build());
    }

    @Override
    public List<CountryAssessment> history(CountryCode country) {
        return byCountry.get(country);
    }

    public ImmutableList<Unmapped> unmapped() {
        return unmapped;
    }

    public int countries() {
        return byCountry.keySet().size();
    }

    public int assessments() {
        return byCountry.size();
    }
}
