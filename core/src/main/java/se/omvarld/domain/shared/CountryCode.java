package se.omvarld.domain.shared;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country code, e.g. {@code HU} for Hungary. */
public record CountryCode(String value) implements Comparable<CountryCode> {

    private static final Set<String> ISO_COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
    private static final ImmutableMap<String, String> ALPHA3_TO_ALPHA2 = alpha3ToAlpha2();

    public CountryCode {
        checkNotNull(value, "country code is required");
        if (!ISO_COUNTRIES.contains(value)) {
            throw InvalidValue.of(WordingKey.FIELD_COUNTRY_CODE, "'" + value + "' is not an ISO 3166-1 alpha-2"
                    + " country code", value);
        }
    }

    public static CountryCode of(String value) {
        return new CountryCode(value);
    }

    /** The country for an ISO 3166-1 alpha-3 code (as used by V-Dem's tables), or an error naming the code. */
    public static CountryCode fromAlpha3(String alpha3) {
        checkNotNull(alpha3, "alpha-3 country code is required");
        String alpha2 = ALPHA3_TO_ALPHA2.get(alpha3);
        if (alpha2 == null) {
            throw InvalidValue.of(WordingKey.FIELD_COUNTRY_CODE_ALPHA3, "'" + alpha3 + "' is not an ISO 3166-1"
                    + " alpha-3 country code", alpha3);
        }
        return new CountryCode(alpha2);
    }

    public static boolean isAlpha3(String alpha3) {
        return alpha3 != null && ALPHA3_TO_ALPHA2.containsKey(alpha3);
    }

    public String alpha3() {
        return new Locale("", value).getISO3Country();
    }

    private static ImmutableMap<String, String> alpha3ToAlpha2() {
        ImmutableMap.Builder<String, String> map = ImmutableMap.builder();
        for (String alpha2 : Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2)) {
            map.put(new Locale("", alpha2).getISO3Country(), alpha2);
        }
        return map.buildKeepingLast();
    }

    @Override
    public int compareTo(CountryCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
