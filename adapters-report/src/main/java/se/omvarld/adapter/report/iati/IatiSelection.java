package se.omvarld.adapter.report.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.Optional;
import se.omvarld.domain.funding.FundingProgramme;
import se.omvarld.domain.shared.FundingSource;
import se.omvarld.domain.shared.Text;

/**
 * Which projects an IATI file publishes: all, those of one funding source (e.g. {@link FundingSource#SIDA}, which
 * covers ICLD and Athena), or those whose programme names one funder (e.g. "Sida"), matched without regard to case.
 */
public record IatiSelection(Optional<FundingSource> source, Optional<String> funder) {

    public IatiSelection {
        checkNotNull(source, "source is required (may be empty)");
        checkNotNull(funder, "funder is required (may be empty)");
        funder = funder.map(f -> Text.name("funder", f));
    }

    public static IatiSelection all() {
        return new IatiSelection(Optional.empty(), Optional.empty());
    }

    public static IatiSelection source(FundingSource source) {
        return new IatiSelection(Optional.of(checkNotNull(source, "source is required")), Optional.empty());
    }

    public static IatiSelection funder(String funder) {
        return new IatiSelection(Optional.empty(), Optional.of(checkNotNull(funder, "funder is required")));
    }

    /** Whether a project funded from {@code programme} (empty: the municipality's own money) is selected. */
    boolean selects(Optional<FundingProgramme> programme) {
        boolean sourceMatches = source.map(s -> programme.map(p -> p.source() == s)
                .orElse(s == FundingSource.MUNICIPALITY)).orElse(true);
        boolean funderMatches = funder.map(f -> programme.map(p -> p.funder().toLowerCase(Locale.ROOT)
                .equals(f.toLowerCase(Locale.ROOT))).orElse(false)).orElse(true);
        return sourceMatches && funderMatches;
    }

    /** In words, for a refusal: "all projects", "projects funded by Sida". */
    String describe() {
        if (funder.isPresent()) {
            return "projects funded by " + funder.get();
        }
        return source.map(s -> "projects funded from " + s.name().toLowerCase(Locale.ROOT) + " sources")
                .orElse("projects");
    }
}
