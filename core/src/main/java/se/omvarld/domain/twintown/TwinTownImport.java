package se.omvarld.domain.twintown;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.Text;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;

/**
 * Sweden's part of a list of twin towns, read row by row: every row with a Swedish side becomes a
 * {@link TwinTownPair}, is merged into an earlier row's pair (the same pair written from the other town's side,
 * written twice, or spelled once with accents and once without), or is rejected with its line and reason — a
 * country that is no ISO 3166-1 country ({@link CountryNames}), a Swedish town that is none of Sweden's
 * municipalities, a missing town. Rows between two foreign towns are not Sweden's and are only counted.
 *
 * <p>Of two spellings of one town the one with letters beyond ASCII is kept ("Kecskemét" over "Kecskemet"): a
 * list that drops accents loses them, none adds them.
 */
public final class TwinTownImport {

    private static final CountryCode SWEDEN = CountryCode.of("SE");

    private final ImmutableList<TwinTownPair> pairs;
    private final ImmutableList<Rejected> rejected;
    private final ImmutableList<Merged> merged;
    private final int rows;
    private final int outsideSweden;

    private TwinTownImport(List<TwinTownPair> pairs, List<Rejected> rejected, List<Merged> merged, int rows,
            int outsideSweden) {
        this.pairs = TwinTownPair.sorted(pairs);
        this.rejected = ImmutableList.copyOf(rejected);
        this.merged = ImmutableList.copyOf(merged);
        this.rows = rows;
        this.outsideSweden = outsideSweden;
    }

    /** A row that was not taken: its line in the file, the row as written, and why, in words any language says. */
    public record Rejected(int line, String row, Wording wording) {
        public Rejected {
            checkArgument(line >= 1, "line must be at least 1");
            checkNotNull(row, "row is required");
            checkNotNull(wording, "wording is required");
        }

        /** Why, in English. */
        public String reason() {
            return wording.english();
        }

        @Override
        public String toString() {
            return "line " + line + " (" + row + "): " + reason();
        }
    }

    /** A row that names a pair an earlier row already gave: its line, that earlier line, and how they differ. */
    public record Merged(int line, int into, String reason) {
        public Merged {
            checkArgument(into >= 1 && line != into, "a row merges into another row");
            checkNotNull(reason, "reason is required");
        }
    }

    /** Reads {@code rows} against Sweden's {@code municipalities}. */
    public static TwinTownImport of(List<TwinTownRow> rows, SwedishMunicipalities municipalities) {
        checkNotNull(rows, "rows are required");
        checkNotNull(municipalities, "municipalities are required");
        Map<TwinTownPair.Key, Taken> taken = new LinkedHashMap<>();
        ImmutableList.Builder<Rejected> rejected = ImmutableList.builder();
        ImmutableList.Builder<Merged> merged = ImmutableList.builder();
        int outsideSweden = 0;
        // A list of 26,000 rows names some 250 countries: resolving each name once took the import from ~200 ms.
        Map<String, CountryNames.Resolution> countries = new HashMap<>();
        for (TwinTownRow row : rows) {
            CountryNames.Resolution first = countries.computeIfAbsent(row.country1(), CountryNames::resolve);
            CountryNames.Resolution second = countries.computeIfAbsent(row.country2(), CountryNames::resolve);
            boolean firstSwedish = first.code().filter(SWEDEN::equals).isPresent();
            boolean secondSwedish = second.code().filter(SWEDEN::equals).isPresent();
            if (!firstSwedish && !secondSwedish) {
                outsideSweden++;
                continue;
            }
            Outcome outcome = firstSwedish
                    ? pair(row.town1(), row.town2(), second, municipalities)
                    : pair(row.town2(), row.town1(), first, municipalities);
            if (outcome.rejection().isPresent()) {
                rejected.add(new Rejected(row.line(), row.text(), outcome.rejection().get()));
                continue;
            }
            TwinTownPair pair = outcome.pair().get();
            Taken earlier = taken.get(pair.key());
            if (earlier == null) {
                taken.put(pair.key(), new Taken(row, pair));
                continue;
            }
            merged.add(new Merged(row.line(), earlier.row().line(), difference(earlier, row, pair)));
            if (!ascii(pair.town()) && ascii(earlier.pair().town())) {
                taken.put(pair.key(), new Taken(earlier.row(), pair));
            }
        }
        return new TwinTownImport(taken.values().stream().map(Taken::pair).toList(), rejected.build(),
                merged.build(), rows.size(), outsideSweden);
    }

    private record Taken(TwinTownRow row, TwinTownPair pair) {
    }

    private record Outcome(Optional<TwinTownPair> pair, Optional<Wording> rejection) {
        static Outcome rejected(Wording reason) {
            return new Outcome(Optional.empty(), Optional.of(reason));
        }
    }

    private static Outcome pair(String swedishTown, String otherTown, CountryNames.Resolution otherCountry,
            SwedishMunicipalities municipalities) {
        if (swedishTown.isBlank()) {
            return Outcome.rejected(Wording.of(WordingKey.FIELD_FILE_NO_SWEDISH_TOWN, "no Swedish town given"));
        }
        Optional<MunicipalityCode> municipality = municipalities.find(swedishTown);
        if (municipality.isEmpty()) {
            return Outcome.rejected(noMunicipality(swedishTown, municipalities));
        }
        if (otherCountry.rejection().isPresent()) {
            return Outcome.rejected(otherCountry.rejection().get());
        }
        if (Folding.key(otherTown).isEmpty()) {
            String name = municipalities.name(municipality.get()).orElseThrow();
            return Outcome.rejected(Wording.of(WordingKey.FIELD_FILE_NO_TOWN, "no town given for " + name, name));
        }
        if (otherTown.strip().length() > Text.MAX_NAME_LENGTH) {
            return Outcome.rejected(Wording.of(WordingKey.FIELD_FILE_TOWN_TOO_LONG, "the town's name is longer than "
                    + Text.MAX_NAME_LENGTH + " characters", Text.MAX_NAME_LENGTH));
        }
        CountryCode country = otherCountry.code().orElseThrow();
        if (!country.equals(SWEDEN)) {
            return new Outcome(Optional.of(TwinTownPair.abroad(municipality.get(),
                    municipalities.name(municipality.get()).orElseThrow(), otherTown, country)), Optional.empty());
        }
        Optional<MunicipalityCode> other = municipalities.find(otherTown);
        if (other.isEmpty()) {
            return Outcome.rejected(noMunicipality(otherTown, municipalities));
        }
        if (other.equals(municipality)) {
            return Outcome.rejected(Wording.of(WordingKey.FIELD_FILE_OWN_TWIN,
                    "a municipality is not its own twin town"));
        }
        MunicipalityCode lower = municipality.get().compareTo(other.get()) < 0 ? municipality.get() : other.get();
        MunicipalityCode higher = lower.equals(municipality.get()) ? other.get() : municipality.get();
        return new Outcome(Optional.of(new TwinTownPair(lower, municipalities.name(lower).orElseThrow(),
                municipalities.name(higher).orElseThrow(), SWEDEN, Optional.of(higher))), Optional.empty());
    }

    private static Wording noMunicipality(String town, SwedishMunicipalities municipalities) {
        return Wording.of(WordingKey.FIELD_FILE_NOT_A_MUNICIPALITY, "'" + town.strip() + "' is none of Sweden's "
                + municipalities.size() + " municipalities", town.strip(), municipalities.size());
    }

    private static String difference(Taken earlier, TwinTownRow row, TwinTownPair pair) {
        TwinTownRow first = earlier.row();
        boolean same = first.town1().equals(row.town1()) && first.country1().equals(row.country1())
                && first.town2().equals(row.town2()) && first.country2().equals(row.country2());
        boolean reversed = first.town1().equals(row.town2()) && first.country1().equals(row.country2())
                && first.town2().equals(row.town1()) && first.country2().equals(row.country1());
        if (same) {
            return "the same row as line " + first.line();
        }
        if (reversed) {
            return "the other direction of line " + first.line();
        }
        return (swedishFirst(first, pair) == swedishFirst(row, pair) ? "the same pair as line "
                : "the other direction of line ") + first.line() + ", written differently: '" + other(first, pair)
                + "' and '" + other(row, pair) + "'";
    }

    /** Whether the row names the pair's municipality first. */
    private static boolean swedishFirst(TwinTownRow row, TwinTownPair pair) {
        return CountryNames.resolve(row.country1()).code().filter(SWEDEN::equals).isPresent()
                && (pair.townMunicipality().isEmpty()
                        || Folding.key(row.town1()).equals(Folding.key(pair.municipalityName())));
    }

    /** The row's other town, as written. */
    private static String other(TwinTownRow row, TwinTownPair pair) {
        return swedishFirst(row, pair) ? row.town2() + ", " + row.country2() : row.town1() + ", " + row.country1();
    }

    private static boolean ascii(String text) {
        return text.chars().allMatch(c -> c < 128);
    }

    /** The pairs taken, by municipality, then town. */
    public ImmutableList<TwinTownPair> pairs() {
        return pairs;
    }

    /** The pairs with {@code municipality} on either side, by municipality, then town. */
    public ImmutableList<TwinTownPair> pairsOf(MunicipalityCode municipality) {
        return pairs.stream().filter(p -> p.involves(municipality)).collect(ImmutableList.toImmutableList());
    }

    /** Every Swedish row not taken, with its line and reason, in file order. */
    public ImmutableList<Rejected> rejected() {
        return rejected;
    }

    /** Every Swedish row that named a pair already taken, in file order. */
    public ImmutableList<Merged> merged() {
        return merged;
    }

    /** How many rows were read. */
    public int rows() {
        return rows;
    }

    /** How many rows have no Swedish side: another country's twin towns. */
    public int outsideSweden() {
        return outsideSweden;
    }
}
