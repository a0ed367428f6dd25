package se.omvarld.domain.compliance;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import se.omvarld.domain.municipality.RepresentativeRule;
import se.omvarld.domain.obligation.ReportingObligation;
import se.omvarld.domain.partnership.BoardDecisionRule;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.policy.CountryAssessmentTable;
import se.omvarld.domain.policy.DemocracyRule;
import se.omvarld.domain.policy.Finding;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.policy.Severity;
import se.omvarld.domain.project.ExternalFundingRule;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.project.ProjectCooperationRule;
import se.omvarld.domain.project.ProjectStatus;
import se.omvarld.domain.project.UnitBudgetRule;
import se.omvarld.domain.register.Register;
import se.omvarld.domain.register.StrategyRevisionRule;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;

/**
 * The compliance check (uppföljning av efterlevnad): every finding over a municipality's whole register under its
 * policy profile, on a given day. A pure function: the caller supplies the country assessments and the obligations
 * the planner derived, and the day. It holds no rule of its own: each finding comes from the rule's one policy
 * class, the same one the action enforcing the rule asks.
 *
 * <ul>
 *   <li>R2 ({@link DemocracyRule}) over every partnership and running project in force today;</li>
 *   <li>R4 ({@link RepresentativeRule}) over the administrations;</li>
 *   <li>R10 ({@link StrategyRevisionRule}) when the profile does not know the strategy's adoption;</li>
 *   <li>R12, R13, R15 ({@link ExternalFundingRule}, {@link ProjectCooperationRule}, {@link UnitBudgetRule}) over
 *       running projects;</li>
 *   <li>R16 ({@link BoardDecisionRule}) over every partnership's decisions;</li>
 *   <li>every overdue obligation that a rule of the profile imposes (R5, R6, R8, R9, R10, R11): a breach of that rule
 *       since the day after it fell due. Reports a funder or the municipality's own choice asks for are work, not
 *       findings.</li>
 * </ul>
 * A rule the profile states as a preference gives notes ({@link Severity#INFO}), never breaches. Findings come
 * breaches first, then by the day they began, then by record.
 */
public final class Compliance {

    /** Breaches first, then the oldest, then by record. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::severity, Comparator.reverseOrder())
            .thenComparing(Finding::since)
            .thenComparing(Finding::record)
            .thenComparing(Finding::rule)
            .thenComparing(Finding::explanation);

    private Compliance() {
    }

    /**
     * @param assessments the country assessments R2 consults
     * @param obligations the obligations the planner derived for this register, settled ones included
     * @param today       the day of the check, from the caller's clock
     */
    public static ImmutableList<Finding> check(PolicyProfile profile, Register register,
            CountryAssessmentTable assessments, List<ReportingObligation> obligations, LocalDate today) {
        checkNotNull(profile, "profile is required");
        checkNotNull(register, "register is required");
        checkNotNull(assessments, "assessments are required");
        checkNotNull(obligations, "obligations are required");
        checkNotNull(today, "today is required");
        checkArgument(profile.municipality().equals(register.municipality().code()),
                "the profile is %s's, the register %s's", profile.municipality(), register.municipality().code());
        List<Finding> findings = new ArrayList<>();
        for (Partnership p : register.partnerships()) {
            Wording record = Wording.of(WordingKey.RECORD_PARTNERSHIP, "partnership \"" + p.title() + "\" ["
                    + p.id() + "]", p.title(), p.id().toString());
            if (p.inForceOn(today)) {
                DemocracyRule.over(profile, record, java.util.Set.of(p.country()), p.democracyPlans(), assessments,
                        p.activatedOn().orElseThrow(), today).ifPresent(findings::add);
            }
            findings.addAll(BoardDecisionRule.findings(profile, p, record));
        }
        findings.addAll(RepresentativeRule.over(profile, register.municipality(), today));
        StrategyRevisionRule.over(profile, today).ifPresent(findings::add);
        for (Project project : register.projects()) {
            Wording record = Wording.of(WordingKey.RECORD_PROJECT, "project \"" + project.title() + "\" ["
                    + project.id() + "]", project.title(), project.id().toString());
            ExternalFundingRule.over(profile, project, record).ifPresent(findings::add);
            findings.addAll(ProjectCooperationRule.over(profile, project, record));
            UnitBudgetRule.over(profile, register.municipality(), project, record).ifPresent(findings::add);
            if (project.status() == ProjectStatus.RUNNING) {
                DemocracyRule.over(profile, record, project.countries(), project.democracyPlans(), assessments,
                        project.reached(ProjectStatus.RUNNING).orElseThrow(), today).ifPresent(findings::add);
            }
        }
        for (ReportingObligation o : obligations) {
            checkArgument(o.municipality().equals(profile.municipality()), "obligation %s belongs to %s", o.key(),
                    o.municipality());
            o.kind().rule().filter(profile::has).filter(rule -> o.isOverdue(today)).ifPresent(rule ->
                    findings.add(new Finding(rule, Wording.of(WordingKey.RECORD_OBLIGATION, "obligation "
                            + describe(o.kind().name()) + " \"" + o.subject() + "\" [" + o.key() + "]", o.kind(),
                            o, o.key().value()), o.due().plusDays(1),
                            profile.requires(rule) ? Severity.BREACH : Severity.INFO, Wording.of(
                                    WordingKey.FINDING_OBLIGATION_OVERDUE, "due " + o.due() + " from "
                                    + o.responsible() + " to " + o.recipient() + "; neither submitted nor waived",
                                    o.due(), o.responsible().name(), o.recipient().name()))));
        }
        return findings.stream().sorted(ORDER).collect(ImmutableList.toImmutableList());
    }

    private static String describe(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
