package se.omvarld.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.shared.BodyKind;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnershipKind;

class PolicyProfileSettingsTest {

    private static final MunicipalityCode TRANAS = MunicipalityCode.of("0687");

    @Test
    void every_shipped_profile_survives_format_then_parse() {
        for (PolicyProfile shipped : PolicyProfiles.all()) {
            Map<String, String> settings = PolicyProfileSettings.format(shipped);
            assertThat(PolicyProfileSettings.parse(settings)).as(shipped.policyName()).isEqualTo(shipped);
            assertThat(settings.keySet()).isSubsetOf(PolicyProfileSettings.KEYS);
        }
    }

    @Test
    void a_fifth_municipality_defines_its_profile_in_settings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("municipality.code", "0687");
        settings.put("policy.name", "Tranås kommun: Internationell policy");
        settings.put("rules", "R2, R4,R9,R10,R14,R16");
        settings.put("r2.democracy-plan-regimes", "0,1,2");
        settings.put("preferences", "R9");
        settings.put("r16.board-enters", "TWIN_TOWN,network_membership");
        settings.put("r16.board-ends", "TWIN_TOWN");
        settings.put("r16.memberships-covering-whole-municipality-only", "true");
        settings.put("r6.annual-report-scope", "municipality");
        settings.put("r9.twin-town-evaluation-interval", "P2Y");
        settings.put("r9.new-twin-town-needs-valued-agreement", "true");
        settings.put("r10.strategy-adopted-on", "2023-05-30");
        settings.put("r10.strategy-revision-interval", "P4Y");
        settings.put("r5.annual-compilation-due", "--04-30");
        settings.put("r6.annual-report-section-due", "--02-01");
        settings.put("r8.visit-report-within", "P30D");
        settings.put("r14.grant-decided-by", "COMMITTEE");
        settings.put("r14.minimum-self-financing-share", "0.10");
        settings.put("grant.follow-up-within", "P6M");
        settings.put("project.final-report-within", "P3M");

        PolicyProfile p = PolicyProfileSettings.parse(settings);

        assertThat(p.municipality()).isEqualTo(TRANAS);
        assertThat(p.rules()).containsExactlyInAnyOrder(RuleId.R2, RuleId.R4, RuleId.R9, RuleId.R10, RuleId.R14,
                RuleId.R16);
        assertThat(p.democracyPlanRegimes()).containsExactlyInAnyOrder(RegimeClass.CLOSED_AUTOCRACY,
                RegimeClass.ELECTORAL_AUTOCRACY, RegimeClass.ELECTORAL_DEMOCRACY);
        assertThat(p.preferences()).containsExactly(RuleId.R9);
        assertThat(p.force(RuleId.R9)).contains(Force.PREFERENCE);
        assertThat(p.force(RuleId.R16)).contains(Force.DUTY);
        assertThat(p.boardEnters()).containsExactlyInAnyOrder(PartnershipKind.TWIN_TOWN,
                PartnershipKind.NETWORK_MEMBERSHIP);
        assertThat(p.boardEnds()).containsExactly(PartnershipKind.TWIN_TOWN);
        assertThat(p.boardMembershipsOnlyCoveringWholeMunicipality()).isTrue();
        assertThat(p.annualReportScope()).isEqualTo(AnnualReportScope.MUNICIPALITY);
        assertThat(p.twinTownEvaluationInterval()).contains(Period.ofYears(2));
        assertThat(p.newTwinTownNeedsValuedAgreement()).isTrue();
        assertThat(p.strategyAdoptedOn()).contains(LocalDate.of(2023, 5, 30));
        assertThat(p.annualCompilationDue()).isEqualTo(MonthDay.of(4, 30));
        assertThat(p.annualReportSectionDue()).isEqualTo(MonthDay.of(2, 1));
        assertThat(p.visitReportWithin()).isEqualTo(Period.ofDays(30));
        assertThat(p.grantDecidedBy()).isEqualTo(BodyKind.COMMITTEE);
        assertThat(p.minimumSelfFinancingShare()).isEqualByComparingTo("0.10");
        assertThat(p.grantFollowUpWithin()).contains(Period.ofMonths(6));
        assertThat(p.projectFinalReportWithin()).isEqualTo(Period.ofMonths(3));
        assertThat(PolicyProfileSettings.parse(PolicyProfileSettings.format(p))).isEqualTo(p);
    }

    @Test
    void absent_keys_take_the_builder_defaults() {
        PolicyProfile p = PolicyProfileSettings.parse(Map.of("municipality.code", "0687", "policy.name", "Tranås"));

        assertThat(p).isEqualTo(PolicyProfile.builder(TRANAS, "Tranås").build());
        assertThat(p.rules()).isEmpty();
    }

    @Test
    void an_empty_list_is_an_empty_set() {
        PolicyProfile p = PolicyProfileSettings.parse(Map.of("municipality.code", "0687", "policy.name", "Tranås",
                "rules", "R2", "r2.democracy-plan-regimes", ""));

        assertThat(p.democracyPlanRegimes()).isEmpty();
        assertThat(p.needsDemocracyPlan(RegimeClass.CLOSED_AUTOCRACY)).isFalse();
        assertThat(PolicyProfileSettings.parse(PolicyProfileSettings.format(p))).isEqualTo(p);
    }

    @Test
    void an_unknown_key_is_an_error_naming_it() {
        assertThatThrownBy(() -> PolicyProfileSettings.parse(Map.of("municipality.code", "0687", "policy.name",
                "Tranås", "r9.twin-town-evaluation-intervall", "P1Y")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("r9.twin-town-evaluation-intervall is not a policy setting");
    }

    @Test
    void every_problem_is_reported_at_once_with_its_key_and_reason() {
        Map<String, String> settings = new HashMap<>();
        settings.put("municipality.code", "687");
        settings.put("rules", "R1,R17,r3,X");
        settings.put("r2.democracy-plan-regimes", "0,4");
        settings.put("r16.board-enters", "TWIN_TOWNS");
        settings.put("r9.twin-town-evaluation-interval", "one year");
        settings.put("r9.new-twin-town-needs-valued-agreement", "yes");
        settings.put("r10.strategy-adopted-on", "2023-02-30");
        settings.put("r10.strategy-revision-interval", "P-4Y");
        settings.put("r5.annual-compilation-due", "31 March");
        settings.put("r8.visit-report-within", "P0D");
        settings.put("r14.grant-decided-by", "MAYOR");
        settings.put("r14.minimum-self-financing-share", "1.5");
        settings.put("grant.follow-up-within", " ");
        settings.put("colour", "blue");

        assertThatThrownBy(() -> PolicyProfileSettings.parse(settings))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll(
                        "colour is not a policy setting",
                        "municipality.code '687' is not a four-digit municipality code",
                        "policy.name is required",
                        "rules has 'R17', 'X'",
                        "r2.democracy-plan-regimes has '4'",
                        "r16.board-enters has 'TWIN_TOWNS'",
                        "r9.twin-town-evaluation-interval 'one year' is not a positive ISO-8601 period",
                        "r9.new-twin-town-needs-valued-agreement 'yes' is not true or false",
                        "r10.strategy-adopted-on '2023-02-30' is not an ISO-8601 date",
                        "r10.strategy-revision-interval 'P-4Y' is not a positive ISO-8601 period",
                        "r5.annual-compilation-due '31 March' is not a day of the year",
                        "r8.visit-report-within 'P0D' is not a positive ISO-8601 period",
                        "r14.grant-decided-by 'MAYOR' is not a body kind",
                        "r14.minimum-self-financing-share '1.5' is not a decimal from 0",
                        "grant.follow-up-within is blank");
    }

    @Test
    void any_profile_survives_format_then_parse() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            PolicyProfile p = randomProfile(new Random(seed));
            assertThat(PolicyProfileSettings.parse(PolicyProfileSettings.format(p))).isEqualTo(p);
        });
    }

    private static PolicyProfile randomProfile(Random r) {
        PolicyProfile.Builder b = PolicyProfile.builder(MunicipalityCode.of(String.format("%04d", 1 + r.nextInt(9998))),
                "Policy " + r.nextInt(1000) + (r.nextBoolean() ? ", Ärende å/ä/ö" : ""));
        for (RuleId id : RuleId.values()) {
            if (r.nextBoolean()) {
                b.rules(id);
            }
        }
        Set<RegimeClass> regimes = EnumSet.noneOf(RegimeClass.class);
        for (RegimeClass c : RegimeClass.values()) {
            if (r.nextBoolean()) {
                regimes.add(c);
            }
        }
        b.democracyPlanRegimes(regimes);
        for (PartnershipKind k : PartnershipKind.values()) {
            if (r.nextBoolean()) {
                b.boardEnters(k);
            }
            if (r.nextBoolean()) {
                b.boardEnds(k);
            }
        }
        b.boardMembershipsOnlyCoveringWholeMunicipality(r.nextBoolean());
        b.annualReportScope(AnnualReportScope.values()[r.nextInt(AnnualReportScope.values().length)]);
        for (RuleId rule : RuleId.values()) {
            if (r.nextInt(4) == 0) {
                b.prefers(rule);
            }
        }
        if (r.nextBoolean()) {
            b.twinTownEvaluationInterval(Period.of(r.nextInt(3), 1 + r.nextInt(11), r.nextInt(30)));
        }
        b.newTwinTownNeedsValuedAgreement(r.nextBoolean());
        if (r.nextBoolean()) {
            b.strategyAdoptedOn(LocalDate.of(1990, 1, 1).plusDays(r.nextInt(15000)));
        }
        b.strategyRevisionInterval(Period.ofYears(1 + r.nextInt(8)));
        b.annualCompilationDue(MonthDay.from(LocalDate.of(2024, 1, 1).plusDays(r.nextInt(366))));
        b.annualReportSectionDue(MonthDay.from(LocalDate.of(2023, 1, 1).plusDays(r.nextInt(365))));
        b.visitReportWithin(Period.ofDays(1 + r.nextInt(120)));
        List<BodyKind> municipal = Arrays.stream(BodyKind.values()).filter(BodyKind::isMunicipal).toList();
        b.grantDecidedBy(municipal.get(r.nextInt(municipal.size())));
        b.minimumSelfFinancingShare(BigDecimal.valueOf(r.nextInt(1000), r.nextInt(4) + 3));
        if (r.nextBoolean()) {
            b.grantFollowUpWithin(Period.ofMonths(1 + r.nextInt(12)));
        }
        if (r.nextBoolean()) {
            b.obligationsTrackedFrom(LocalDate.of(2020, 1, 1).plusDays(r.nextInt(3000)));
        }
        b.projectFinalReportWithin(Period.ofWeeks(1 + r.nextInt(20)));
        return b.build();
    }
}
