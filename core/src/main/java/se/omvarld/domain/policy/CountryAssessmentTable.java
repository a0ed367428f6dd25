package se.omvarld.domain.policy;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import se.omvarld.domain.shared.CountryCode;

/**
 * The country assessments R2 consults, as the domain reads them: every assessment of a country. The application
 * adapts its country-assessment port to this ({@code countryAssessments::history}); the domain does not know ports.
 */
@FunctionalInterface
public interface CountryAssessmentTable {

    /** Every assessment of {@code country}, oldest first; empty when the table has none. */
    List<CountryAssessment> history(CountryCode country);

    /**
     * The latest assessment of {@code country} for {@code year} or an earlier year. Of several for the same year, the
     * last one in the history wins.
     */
    default Optional<CountryAssessment> latest(CountryCode country, int year) {
        checkNotNull(country, "country is required");
        CountryAssessment latest = null;
        for (CountryAssessment a : history(country)) {
            if (a.year() <= year && (latest == null || a.year() >= latest.year())) {
                latest = a;
            }
        }
        return Optional.ofNullable(latest);
    }

    /** A table without any assessment. */
    static CountryAssessmentTable none() {
        return country -> List.of();
    }
}
