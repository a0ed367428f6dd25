package se.omvarld.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static se.omvarld.domain.policy.RuleId.R1;
import static se.omvarld.domain.policy.RuleId.R10;
import static se.omvarld.domain.policy.RuleId.R11;
import static se.omvarld.domain.policy.RuleId.R12;
import static se.omvarld.domain.policy.RuleId.R13;
import static se.omvarld.domain.policy.RuleId.R14;
import static se.omvarld.domain.policy.RuleId.R15;
import static se.omvarld.domain.policy.RuleId.R16;
import static se.omvarld.domain.policy.RuleId.R2;
import static se.omvarld.domain.policy.RuleId.R3;
import static se.omvarld.domain.policy.RuleId.R4;
import static se.omvarld.domain.policy.RuleId.R5;
import static se.omvarld.domain.policy.RuleId.R6;
import static se.omvarld.domain.policy.RuleId.R7;
import static se.omvarld.domain.policy.RuleId.R8;
import static se.omvarld.domain.policy.RuleId.R9;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.time.Period;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.shared.BodyKind;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnershipKind;

/** The four shipped profiles have exactly the rules the domain's table gives each municipality. */
class PolicyProfilesTest {

    @Test
    void lidkoping_has_R1_R2_R3_R4_R5_R15() {
        assertThat(PolicyProfiles.lidkoping().rules()).containsExactlyInAnyOrder(R1, R2, R3, R4, R5, R15);
        assertThat(PolicyProfiles.lidkoping().municipality()).isEqualTo(MunicipalityCode.of("1494"));
    }

    @Test
    void lilla_edet_has_R4_R9_R10_R12_R15() {
        assertThat(PolicyProfiles.lillaEdet().rules()).containsExactlyInAnyOrder(R4, R9, R10, R12, R15);
        assertThat(PolicyProfiles.lillaEdet().municipality()).isEqualTo(MunicipalityCode.of("1462"));
    }

    @Test
    void tyreso_has_R6_R7_R8_R9_R12_R16() {
        assertThat(PolicyProfiles.tyreso().rules()).containsExactlyInAnyOrder(R6, R7, R8, R9, R12, R16);
        assertThat(PolicyProfiles.tyreso().municipality()).isEqualTo(MunicipalityCode.of("0138"));
    }

    @Test
    void eksjo_has_R6_R11_R12_R13_R14_R16() {
        assertThat(PolicyProfiles.eksjo().rules()).containsExactlyInAnyOrder(R6, R11, R12, R13, R14, R16);
        assertThat(PolicyProfiles.eksjo().municipality()).isEqualTo(MunicipalityCode.of("0686"));
    }

    @Test
    void every_rule_is_stated_by_at_least_one_shipped_policy() {
        Set<RuleId> stated = EnumSet.noneOf(RuleId.class);
        PolicyProfiles.all().forEach(p -> stated.addAll(p.rules()));
        assertThat(stated).containsExactlyInAnyOrder(RuleId.values());
    }

    @Test
    void the_board_acts_as_each_sentence_says_act_by_act_R16() {
        PolicyProfile tyreso = PolicyProfiles.tyreso();
        assertThat(tyreso.boardEnters()).containsExactlyInAnyOrder(PartnershipKind.TWIN_TOWN,
                PartnershipKind.COOPERATION_AGREEMENT, PartnershipKind.MUNICIPAL_PARTNERSHIP,
                PartnershipKind.NETWORK_MEMBERSHIP);
        assertThat(tyreso.boardEnds()).as("\"säga upp vänortsavtal\"").containsExactly(PartnershipKind.TWIN_TOWN);
        assertThat(tyreso.boardMembershipsOnlyCoveringWholeMunicipality()).isTrue();
        assertThat(PolicyProfiles.eksjo().boardEnters()).containsExactly(PartnershipKind.NETWORK_MEMBERSHIP);
        assertThat(PolicyProfiles.eksjo().boardEnds()).isEmpty();
        assertThat(PolicyProfiles.eksjo().boardMembershipsOnlyCoveringWholeMunicipality()).isFalse();
        assertThat(PolicyProfiles.lidkoping().boardEnters()).isEmpty();
    }

    @Test
    void preferences_are_the_sentences_that_recommend_or_prioritise() {
        assertThat(PolicyProfiles.lidkoping().preferences()).isEmpty();
        assertThat(PolicyProfiles.lillaEdet().preferences()).as("\"bör bildas\", \"ska prioriteras\"")
                .containsExactlyInAnyOrder(RuleId.R4, RuleId.R12);
        assertThat(PolicyProfiles.tyreso().preferences()).as("\"Nya vänortsavtal bör\"").containsExactly(RuleId.R9);
        assertThat(PolicyProfiles.tyreso().force(RuleId.R12)).as("\"ska alltid prövas\"").contains(Force.DUTY);
        assertThat(PolicyProfiles.eksjo().preferences()).as("\"bör ... där så är möjligt\"")
                .containsExactly(RuleId.R12);
    }

    @Test
    void tyreso_reports_per_committee_and_eksjo_once_for_the_municipality_R6() {
        assertThat(PolicyProfiles.tyreso().annualReportScope()).isEqualTo(AnnualReportScope.EACH_COMMITTEE);
        assertThat(PolicyProfiles.eksjo().annualReportScope()).isEqualTo(AnnualReportScope.MUNICIPALITY);
    }

    @Test
    void no_shipped_policy_asks_associations_for_a_follow_up() {
        assertThat(PolicyProfiles.all()).allSatisfy(p -> assertThat(p.grantFollowUpWithin()).isEmpty());
    }

    @Test
    void the_parameters_follow_the_policy_sentences() {
        assertThat(PolicyProfiles.lillaEdet().twinTownEvaluationInterval()).contains(Period.ofYears(1));
        assertThat(PolicyProfiles.lillaEdet().strategyRevisionInterval()).isEqualTo(Period.ofYears(4));
        assertThat(PolicyProfiles.tyreso().newTwinTownNeedsValuedAgreement()).isTrue();
        assertThat(PolicyProfiles.eksjo().grantDecidedBy()).isEqualTo(BodyKind.ADMINISTRATION);
        assertThat(PolicyProfiles.eksjo().minimumSelfFinancingShare()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(PolicyProfiles.lidkoping().annualCompilationDue()).isEqualTo(MonthDay.of(3, 31));
        assertThat(PolicyProfiles.lidkoping().democracyPlanRegimes())
                .containsExactlyInAnyOrder(RegimeClass.CLOSED_AUTOCRACY, RegimeClass.ELECTORAL_AUTOCRACY);
    }

    @Test
    void a_profile_is_found_by_its_municipality_code() {
        assertThat(PolicyProfiles.forMunicipality(MunicipalityCode.of("0138"))).contains(PolicyProfiles.tyreso());
        assertThat(PolicyProfiles.forMunicipality(MunicipalityCode.of("0687"))).isEmpty();
    }

    @Test
    void only_a_profile_with_R2_calls_for_democracy_plans_R2() {
        assertThat(PolicyProfiles.lidkoping().needsDemocracyPlan(RegimeClass.ELECTORAL_AUTOCRACY)).isTrue();
        assertThat(PolicyProfiles.lidkoping().needsDemocracyPlan(RegimeClass.ELECTORAL_DEMOCRACY)).isFalse();
        assertThat(PolicyProfiles.tyreso().needsDemocracyPlan(RegimeClass.CLOSED_AUTOCRACY)).isFalse();
    }
}
