package se.omvarld.domain.twintown;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;

/**
 * From a country's name as a list written by people has it to its ISO 3166-1 alpha-2 code: the JDK's English name
 * of every ISO country, then an explicit table of the variants the Wikipedia list of twin towns really uses
 * ("United States", "USA", "Czech Republic", "England", "Republic of Ireland", "Ivory Coast", a handful of
 * misspellings such as "Grece"). Names compare after {@link Folding}. A name that is a place inside a country,
 * written "Åland Islands, Finland" or "Ohio, United States", is the first part when that is a country of its own in
 * ISO 3166-1 (Åland is AX), otherwise the part after the last comma.
 *
 * <p>A name that is no ISO 3166-1 country is rejected with the reason, never guessed: Kosovo (XK is a code users
 * assign, not ISO's), Northern Cyprus, "Congo" (two countries carry the name), and any name in neither list.
 */
public final class CountryNames {

    /** The variants the file uses for ISO countries, each verified against the file's rows. */
    private static final ImmutableMap<String, String> ALIASES = ImmutableMap.<String, String>builder()
            .put("USA", "US").put("United States of America", "US")
            .put("People's Republic of China", "CN")
            .put("Czech Republic", "CZ")
            // Both: the JDK's English name is "Turkey" on Java 17 and "Türkiye" on Java 25 (CLDR 42).
            .put("Turkey", "TR").put("Türkiye", "TR")
            .put("England", "GB").put("Scotland", "GB").put("Wales", "GB").put("Northern Ireland", "GB")
            .put("Great Britain", "GB")
            .put("Republic of Ireland", "IE")
            .put("Georgia (country)", "GE")
            .put("Ivory Coast", "CI")
            .put("Myanmar", "MM").put("Burma", "MM")
            .put("Bosnia and Hercegovina", "BA")
            .put("Democratic Republic of the Congo", "CD").put("Republic of the Congo", "CG")
            .put("Palestine", "PS").put("State of Palestine", "PS").put("West Bank", "PS")
            .put("East Timor", "TL")
            .put("Federated States of Micronesia", "FM")
            .put("Saint Kitts and Nevis", "KN").put("Saint Lucia", "LC")
            .put("Saint Vincent and the Grenadines", "VC")
            .put("Moldavia", "MD").put("Surinam", "SR")
            .put("Grece", "GR").put("Kazakhstah", "KZ").put("Madagaskar", "MG").put("Japa", "JP")
            .build();

    /** Names that are no ISO 3166-1 country, with the reason a reader is given. */
    private static final ImmutableMap<String, Wording> NOT_ISO_COUNTRIES = ImmutableMap.of(
            Folding.key("Kosovo"), Wording.of(WordingKey.FIELD_FILE_KOSOVO,
                    "Kosovo has no ISO 3166-1 code (XK is a user-assigned code, not ISO's)"),
            Folding.key("Northern Cyprus"), Wording.of(WordingKey.FIELD_FILE_NORTHERN_CYPRUS,
                    "Northern Cyprus has no ISO 3166-1 code (recognised by Turkey only)"),
            Folding.key("Congo"), Wording.of(WordingKey.FIELD_FILE_CONGO,
                    "'Congo' names two ISO 3166-1 countries (CG and CD) and the list does not say which"));

    private static final ImmutableMap<String, CountryCode> BY_KEY = byKey();

    private CountryNames() {
    }

    /** The country's code, or why the name is not taken. */
    public static Resolution resolve(String name) {
        checkNotNull(name, "name is required");
        String key = Folding.key(name);
        if (key.isEmpty()) {
            return Resolution.rejected(Wording.of(WordingKey.FIELD_FILE_NO_COUNTRY, "no country given"));
        }
        Optional<CountryCode> whole = known(key);
        if (whole.isPresent()) {
            return Resolution.of(whole.get());
        }
        if (NOT_ISO_COUNTRIES.containsKey(key)) {
            return Resolution.rejected(NOT_ISO_COUNTRIES.get(key));
        }
        int comma = name.lastIndexOf(',');
        if (comma > 0) {
            Optional<CountryCode> place = known(Folding.key(name.substring(0, comma)));
            Optional<CountryCode> country = known(Folding.key(name.substring(comma + 1)));
            if (place.or(() -> country).isPresent()) {
                return Resolution.of(place.or(() -> country).get());
            }
        }
        return Resolution.rejected(Wording.of(WordingKey.FIELD_FILE_UNKNOWN_COUNTRY, "'" + name.strip()
                + "' is no ISO 3166-1 country name nor a known variant of one", name.strip()));
    }

    private static Optional<CountryCode> known(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    private static ImmutableMap<String, CountryCode> byKey() {
        Map<String, CountryCode> byKey = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2)) {
            String english = new Locale("", alpha2).getDisplayCountry(Locale.ENGLISH);
            byKey.put(Folding.key(english.replaceFirst("^St\\. ", "Saint ")), CountryCode.of(alpha2));
        }
        ALIASES.forEach((alias, alpha2) -> byKey.put(Folding.key(alias), CountryCode.of(alpha2)));
        return ImmutableMap.copyOf(byKey);
    }

    /** A country name's code, or the reason it has none. */
    public record Resolution(Optional<CountryCode> code, Optional<Wording> rejection) {

        public Resolution {
            checkNotNull(code, "code is required (may be empty)");
            checkNotNull(rejection, "rejection is required (may be empty)");
            checkArgument(code.isPresent() != rejection.isPresent(),
                    "a resolution is either a code or a rejection");
        }

        static Resolution of(CountryCode code) {
            return new Resolution(Optional.of(code), Optional.empty());
        }

        static Resolution rejected(Wording reason) {
            return new Resolution(Optional.empty(), Optional.of(reason));
        }
    }
}
