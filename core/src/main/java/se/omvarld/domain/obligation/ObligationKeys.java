package se.omvarld.domain.obligation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import se.omvarld.domain.shared.CommitteeId;
import se.omvarld.domain.shared.GrantId;
import se.omvarld.domain.shared.PartnershipId;
import se.omvarld.domain.shared.ProjectId;
import se.omvarld.domain.shared.VisitId;

/**
 * The stable keys of the obligations the planner derives. A key names the rule, the kind of report and the record
 * or period it is about, never anything that changes between runs (list positions, clock readings), so a submission
 * recorded against a key stays attached to its obligation.
 */
public final class ObligationKeys {

    private static final int MAX_SLUG_LENGTH = 120;
    private static final int HASH_LENGTH = 8;

    private ObligationKeys() {
    }

    /** R5: {@code R5/annual-compilation/2025}, the compilation of the year 2025. */
    public static ObligationKey annualCompilation(int year) {
        return ObligationKey.of("R5", "annual-compilation", Integer.toString(year));
    }

    /**
     * R6 per committee: {@code R6/annual-report-section/2025/barn-och-skolnamnden}, a committee's section for 2025,
     * under the committee's stable id (which a rename keeps).
     */
    public static ObligationKey annualReportSection(int year, CommitteeId committee) {
        return ObligationKey.of("R6", "annual-report-section", Integer.toString(year), committee.value());
    }

    /** R6 for the municipality as a whole: {@code R6/annual-report/2025}, the follow-up of 2025. */
    public static ObligationKey annualReport(int year) {
        return ObligationKey.of("R6", "annual-report", Integer.toString(year));
    }

    /** R8: {@code R8/visit-report/<visit id>}. */
    public static ObligationKey visitReport(VisitId visit) {
        return ObligationKey.of("R8", "visit-report", visit.toString());
    }

    /** R9: {@code R9/twin-town-evaluation/<partnership id>/<due date>}. */
    public static ObligationKey twinTownEvaluation(PartnershipId partnership, LocalDate due) {
        return ObligationKey.of("R9", "twin-town-evaluation", partnership.toString(), due.toString());
    }

    /** R10: {@code R10/strategy-revision/<due date>}. */
    public static ObligationKey strategyRevision(LocalDate due) {
        return ObligationKey.of("R10", "strategy-revision", due.toString());
    }

    /**
     * R10 where the profile does not know when the strategy was adopted: {@code R10/strategy-revision/adoption-unknown},
     * the revision owed now.
     */
    public static ObligationKey strategyRevisionOfUnknownAdoption() {
        return ObligationKey.of("R10", "strategy-revision", "adoption-unknown");
    }

    /** R11: {@code R11/policy-evaluation/2022-2026}. */
    public static ObligationKey policyEvaluation(MandatePeriod period) {
        return ObligationKey.of("R11", "policy-evaluation", period.label());
    }

    /** The association's follow-up, where the municipality asks for one: {@code grant-follow-up/<grant id>}. */
    public static ObligationKey grantFollowUp(GrantId grant) {
        return ObligationKey.of("grant-follow-up", grant.toString());
    }

    /** The funder's final report: {@code project-final-report/<project id>}. */
    public static ObligationKey projectFinalReport(ProjectId project) {
        return ObligationKey.of("project-final-report", project.toString());
    }

    /**
     * A name as a key segment: lower-case ASCII, diacritics dropped (å, ä → a, ö → o, é → e), every run of other
     * characters (spaces, '&amp;', '-') one '-'. "Barn- och skolnämnden" → "barn-och-skolnamnden". A name with
     * nothing left, or too long for a key, gets a short hash of the exact name instead of the lost part.
     */
    public static String slug(String name) {
        // Also the form of a new committee's id (see Committee#named), so keys recorded before ids existed still match.
        checkNotNull(name, "name is required");
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT)
                .replace("ø", "o").replace("æ", "ae").replace("ß", "ss").replace("đ", "d").replace("ł", "l")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) {
            return "x-" + hash(name);
        }
        if (slug.length() > MAX_SLUG_LENGTH) {
            return slug.substring(0, MAX_SLUG_LENGTH - HASH_LENGTH - 1).replaceAll("-+$", "") + "-" + hash(name);
        }
        return slug;
    }

    private static String hash(String name) {
        return Hashing.sha256().hashString(name, StandardCharsets.UTF_8).toString().substring(0, HASH_LENGTH);
    }
}
