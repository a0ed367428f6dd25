package se.omvarld.port;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import se.omvarld.domain.policy.CountryAssessment;
import se.omvarld.domain.shared.CountryCode;

/** The country assessments R2 consults (V-Dem's regime classes per country and year). */
public interface CountryAssessments {

    /** The latest assessment of {@code country} for {@code year} or an earlier year; empty if there is none. */
    Optional<CountryAssessment> latest(CountryCode country, int year);

    /** Every assessment of {@code country}, oldest first. */
    ImmutableList<CountryAssessment> history(CountryCode country);
}
