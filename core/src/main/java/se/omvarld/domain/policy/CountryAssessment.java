package se.omvarld.domain.policy;

import static com.google.common.base.Preconditions.checkNotNull;

import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.InvalidValue;
import se.omvarld.domain.shared.Text;
import se.omvarld.domain.shared.WordingKey;

/**
 * A country's regime class in a year, and where that came from (e.g. "V-Dem v15 via Our World in Data"). The
 * assessment R2 consults in place of the foreign ministry's country reports.
 */
public record CountryAssessment(CountryCode country, int year, RegimeClass regime, String source) {

    public CountryAssessment {
        checkNotNull(country, "country is required");
        if (year < 1900 || year > 2200) {
            throw InvalidValue.of(WordingKey.FIELD_ASSESSMENT_YEAR, "year must be a calendar year, was " + year, year);
        }
        checkNotNull(regime, "regime is required");
        source = Text.required("assessment source", source);
    }
}
