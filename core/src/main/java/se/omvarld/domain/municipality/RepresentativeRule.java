package se.omvarld.domain.municipality;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import se.omvarld.domain.policy.Finding;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.policy.PolicyRule;
import se.omvarld.domain.policy.RuleId;
import se.omvarld.domain.policy.Severity;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;

/**
 * R4: every administration appoints a representative to the international group (Lidköping: "Alla förvaltningar ska
 * utse en person som representerar förvaltningen i kommunens internationella grupp.", a duty; Lilla Edet: "Ett
 * nätverk med kontaktpersoner från varje förvaltning bör bildas", a preference). Appointing is
 * {@link Municipality#appointRepresentative}; an administration without one is a finding, a warning under a duty and
 * a note under a preference, since the register cannot say since when.
 */
@PolicyRule(RuleId.R4)
public final class RepresentativeRule {

    private RepresentativeRule() {
    }

    public static ImmutableList<Finding> over(PolicyProfile profile, Municipality municipality, LocalDate today) {
        if (!profile.has(RuleId.R4)) {
            return ImmutableList.of();
        }
        Severity severity = profile.requires(RuleId.R4) ? Severity.WARNING : Severity.INFO;
        return municipality.administrationsWithoutRepresentative().stream()
                .map(a -> new Finding(RuleId.R4, Wording.of(WordingKey.RECORD_ADMINISTRATION, "administration \""
                        + a.name() + "\" [" + municipality.code() + "]", a.name(), municipality.code().value()),
                        today, severity, Wording.of(WordingKey.FINDING_R4_NO_REPRESENTATIVE, a.name()
                                + " has not appointed a representative to the international group", a.name())))
                .collect(ImmutableList.toImmutableList());
    }
}
