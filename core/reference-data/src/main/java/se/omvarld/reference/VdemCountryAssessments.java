package se.omvarld.reference;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import java.io.Reader;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.omvarld.domain.policy.CountryAssessment;
import se.omvarld.domain.policy.CountryAssessmentTable;
import se.omvarld.domain.policy.RegimeClass;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.InvalidValue;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;
import se.omvarld.port.CountryAssessments;

/**
 * V-Dem's Regimes of the World class per country and year (via Our World in Data), read from a CSV file: the
 * country assessments rule R2 consults, as the core's {@link CountryAssessments} port and as the domain's
 * {@link CountryAssessmentTable}. {@link #shipped()} is the file this module ships (2000–2024).
 *
 * <p>The file's layout is V-Dem's as Our World in Data publishes it: a header {@value #HEADER}, then one row per
 * country and year; codes are ISO 3166-1 alpha-3 and are mapped to the domain's alpha-2. A row that cannot be taken
 * is kept out and listed in {@link #rejected()} with its line and the reason: the {@code OWID_*} codes (Kosovo,
 * Somaliland, Zanzibar), rows without a code (Palestine/Gaza, Palestine/West Bank), a class outside 0 to 3, a second
 * row for the same country and year. Nothing is guessed.
 */
public final class VdemCountryAssessments implements CountryAssessments, CountryAssessmentTable {

    /** The shipped file, relative to this package on the classpath. */
    public static final String FILE = "country-regimes/political-regime-2000-2024.csv";
    /** The source every assessment names. */
    public static final String SOURCE = "V-Dem v15 (2025) via Our World in Data";
    /** The header line the file must start with. */
    public static final String HEADER = "entity,iso3,year,regime";

    private final String file;
    private final ImmutableList<CountryAssessment> all;
    private final ImmutableListMultimap<CountryCode, CountryAssessment> byCountry;
    private final ImmutableList<RejectedRow> rejected;

    private VdemCountryAssessments(String file, ImmutableList<CountryAssessment> all,
            ImmutableList<RejectedRow> rejected) {
        this.file = file;
        this.all = all;
        this.byCountry = all.stream().sorted(Comparator.comparingInt(CountryAssessment::year))
                .collect(ImmutableListMultimap.toImmutableListMultimap(CountryAssessment::country, a -> a));
        this.rejected = rejected;
    }

    /**
     * Reads the file shipped in this module. Each call reads it anew (it takes a moment and some megabytes): read it
     * once and keep the result, which is immutable and safe to share.
     */
    public static VdemCountryAssessments shipped() {
        return Lines.shipped(VdemCountryAssessments.class, FILE, VdemCountryAssessments::read);
    }

    /**
     * Reads a file of V-Dem's layout; {@code file} names it in {@link #rejected()}. The reader is read to its end and
     * not closed.
     *
     * @throws IllegalArgumentException when the file is empty or does not start with {@value #HEADER}
     * @throws java.io.UncheckedIOException when the reader fails
     */
    public static VdemCountryAssessments read(String file, Reader csv) {
        checkNotNull(file, "file is required");
        checkNotNull(csv, "csv is required");
        List<Lines.Line> lines = Lines.of(file, csv);
        if (!lines.get(0).text().strip().equals(HEADER)) {
            throw InvalidValue.of(WordingKey.FIELD_FILE_HEADER, file + " does not start with " + HEADER
                    + " but with '" + lines.get(0).text() + "'", file, HEADER, lines.get(0).text());
        }
        ImmutableList.Builder<CountryAssessment> all = ImmutableList.builder();
        ImmutableList.Builder<RejectedRow> rejected = ImmutableList.builder();
        Map<String, Integer> seen = new HashMap<>();
        for (Lines.Line line : lines.subList(1, lines.size())) {
            if (line.text().isBlank()) {
                continue;
            }
            String[] cells = line.text().split(",", -1);
            Wording reason = null;
            if (cells.length != 4) {
                reason = Wording.of(WordingKey.FIELD_FILE_COLUMN_COUNT, "expected 4 columns, found " + cells.length,
                        cells.length);
            } else if (!CountryCode.isAlpha3(cells[1].strip())) {
                reason = Wording.of(WordingKey.FIELD_FILE_NO_COUNTRY_CODE, "'" + cells[0] + "' has no ISO 3166-1 code"
                        + " ('" + cells[1] + "')", cells[0], cells[1]);
            } else {
                try {
                    int year = Integer.parseInt(cells[2].strip());
                    int regime = Integer.parseInt(cells[3].strip());
                    if (regime < 0 || regime > 3) {
                        reason = Wording.of(WordingKey.FIELD_FILE_REGIME_CLASS, "regime class " + regime
                                + " is not 0 to 3", regime);
                    } else if (seen.putIfAbsent(cells[1].strip() + " " + year, line.number()) != null) {
                        int first = seen.get(cells[1].strip() + " " + year);
                        reason = Wording.of(WordingKey.FIELD_FILE_ASSESSMENT_TWICE, "'" + cells[0] + "' " + year
                                + " appears twice: first on line " + first, cells[0], year, first);
                    } else {
                        all.add(new CountryAssessment(CountryCode.fromAlpha3(cells[1].strip()), year,
                                RegimeClass.ofCode(regime), SOURCE));
                    }
                } catch (NumberFormatException e) {
                    reason = Wording.of(WordingKey.FIELD_FILE_NOT_NUMBER, "year or regime is not a number");
                } catch (InvalidValue e) {
                    reason = e.wording();
                }
            }
            if (reason != null) {
                rejected.add(new RejectedRow(file, line.number(), line.text(), reason));
            }
        }
        return new VdemCountryAssessments(file, all.build(), rejected.build());
    }

    @Override
    public Optional<CountryAssessment> latest(CountryCode country, int year) {
        return CountryAssessmentTable.super.latest(country, year);
    }

    /** Every assessment of {@code country}, oldest first; empty for a country the file does not have. */
    @Override
    public ImmutableList<CountryAssessment> history(CountryCode country) {
        checkNotNull(country, "country is required");
        return byCountry.get(country);
    }

    /** Every assessment taken, in the order of the file. */
    public ImmutableList<CountryAssessment> all() {
        return all;
    }

    /** The countries the file assesses. */
    public ImmutableSet<CountryCode> countries() {
        return byCountry.keySet();
    }

    /** Every row that was not taken, with its line and the reason, in the order of the file. */
    public ImmutableList<RejectedRow> rejected() {
        return rejected;
    }

    /** The name the file was read under. */
    public String file() {
        return file;
    }
}
