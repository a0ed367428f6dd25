package se.omvarld.port;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.omvarld.domain.policy.CountryAssessment;
import se.omvarld.domain.policy.CountryAssessmentTable;
import se.omvarld.domain.shared.CountryCode;

/** The country assessments R2 consults (V-Dem's regime classes per country and year). */
public interface CountryAssessments {

    /** The latest assessment of {@code country} for {@code year} or an earlier year; empty if there is none. */
    Optional<CountryAssessment> latest(CountryCode country, int year);

    /** Every assessment of {@code country}, oldest first. */
    ImmutableList<CountryAssessment> history(CountryCode country);

    /**
     * The table R2 consults during one use case, with the histories of {@code countries} read at once: a compliance
     * check asks for each partnership's country once per year it was in force, and reading each time made one query
     * per partnership-year. A country outside {@code countries} is still answered, read once when first asked. The
     * table is for the caller's transaction only (not thread-safe, not refreshed). The default reads each country's
     * history once, when first asked.
     */
    default CountryAssessmentTable tableFor(Set<CountryCode> countries) {
        Map<CountryCode, List<CountryAssessment>> read = new HashMap<>();
        return country -> read.computeIfAbsent(country, this::history);
    }
}
