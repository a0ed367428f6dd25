package se.omvarld.domain.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static se.omvarld.domain.Examples.uuid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.policy.Outcome;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.policy.PolicyProfiles;
import se.omvarld.domain.policy.RuleId;
import se.omvarld.domain.shared.Body;
import se.omvarld.domain.shared.DateRange;
import se.omvarld.domain.shared.Decision;
import se.omvarld.domain.shared.GrantId;
import se.omvarld.domain.shared.Money;

class GrantRulesTest {

    private static final PolicyProfile EKSJO = PolicyProfiles.eksjo();
    private static final PolicyProfile LIDKOPING = PolicyProfiles.lidkoping();
    private static final LocalDate APPLIED = LocalDate.of(2025, 2, 10);
    private static final Decision BY_SECTOR = Decision.of(
            Body.administration("Tillväxt- och utvecklingssektorn"), APPLIED.plusDays(14), "TUS 2025/12");
    private static final Decision BY_BOARD = Decision.of(Body.executiveBoard(), APPLIED.plusDays(14), "KS 2025/40");

    private static AssociationGrant application(PolicyProfile profile, boolean anchored, String own) {
        return AssociationGrant.apply(new GrantId(uuid("grant " + anchored + own)), profile.municipality(),
                "Eksjö Brassband", "Exchange with a brass band in Kecskemét", anchored, Money.sek("20000"),
                Money.sek(own), DateRange.of(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 7)), APPLIED);
    }

    private static Optional<RuleId> onlyRule(Outcome<?> outcome) {
        assertThat(outcome.isAccepted()).as("refused").isFalse();
        assertThat(outcome.refusals()).hasSize(1);
        return outcome.refusals().get(0).rule();
    }

    @Test
    void grant_with_anchored_purpose_and_own_financing_decided_by_the_sector_is_granted_R14() {
        Outcome<AssociationGrant> outcome = application(EKSJO, true, "5000")
                .grant(BY_SECTOR, Money.sek("15000"), EKSJO);

        assertThat(outcome.isAccepted()).isTrue();
        assertThat(outcome.value().status()).isEqualTo(GrantStatus.GRANTED);
        assertThat(outcome.value().granted()).contains(Money.sek("15000"));
    }

    @Test
    void grant_decided_by_another_body_than_the_profile_names_is_refused_R14() {
        Outcome<AssociationGrant> outcome = application(EKSJO, true, "5000").grant(BY_BOARD, Money.sek("15000"),
                EKSJO);

        assertThat(onlyRule(outcome)).contains(RuleId.R14);
        assertThat(outcome.refusals().get(0).reason()).contains("decided by the administration");
    }

    @Test
    void grant_without_anchored_purpose_is_refused_R14() {
        Outcome<AssociationGrant> outcome = application(EKSJO, false, "5000").grant(BY_SECTOR, Money.sek("15000"),
                EKSJO);

        assertThat(onlyRule(outcome)).contains(RuleId.R14);
        assertThat(outcome.refusals().get(0).reason()).contains("anchored");
    }

    @Test
    void grant_without_any_own_financing_is_refused_R14() {
        Outcome<AssociationGrant> outcome = application(EKSJO, true, "0").grant(BY_SECTOR, Money.sek("15000"),
                EKSJO);

        assertThat(onlyRule(outcome)).contains(RuleId.R14);
        assertThat(outcome.refusals().get(0).reason()).contains("self-financing");
    }

    @Test
    void grant_below_the_minimum_self_financing_share_is_refused_and_at_it_granted_R14() {
        PolicyProfile quarter = EKSJO.toBuilder().minimumSelfFinancingShare(new BigDecimal("0.25")).build();
        AssociationGrant grant = application(quarter, true, "5000");

        Outcome<AssociationGrant> tooMuch = grant.grant(BY_SECTOR, Money.sek("20000"), quarter);
        Outcome<AssociationGrant> enough = grant.grant(BY_SECTOR, Money.sek("15000"), quarter);

        assertThat(onlyRule(tooMuch)).contains(RuleId.R14);
        assertThat(tooMuch.refusals().get(0).reason()).contains("20.0 %", "25.0 %");
        assertThat(enough.isAccepted()).isTrue();
        assertThat(grant.selfFinancingShare(Money.sek("15000"))).isEqualByComparingTo("0.25");
    }

    @Test
    void without_R14_any_body_grants_without_own_financing_R14() {
        Outcome<AssociationGrant> outcome = application(LIDKOPING, false, "0").grant(BY_BOARD, Money.sek("20000"),
                LIDKOPING);

        assertThat(outcome.isAccepted()).isTrue();
    }

    @Test
    void a_grant_is_decided_once_and_followed_up_after_the_exchange() {
        AssociationGrant granted = application(EKSJO, true, "5000").grant(BY_SECTOR, Money.sek("15000"), EKSJO)
                .value();

        assertThat(onlyRule(granted.grant(BY_SECTOR, Money.sek("1000"), EKSJO))).isEmpty();
        assertThat(onlyRule(granted.reject(BY_SECTOR))).isEmpty();
        assertThat(onlyRule(granted.followUp(new AssociationGrant.FollowUp(LocalDate.of(2025, 5, 1), "Early"))))
                .isEmpty();
        assertThat(granted.followUp(new AssociationGrant.FollowUp(LocalDate.of(2025, 8, 1), "Two concerts"))
                .value().status()).isEqualTo(GrantStatus.FOLLOWED_UP);
    }

    @Test
    void a_grant_above_the_requested_amount_is_refused() {
        Outcome<AssociationGrant> outcome = application(EKSJO, true, "5000").grant(BY_SECTOR, Money.sek("20000.01"),
                EKSJO);

        assertThat(onlyRule(outcome)).isEmpty();
    }

    @Test
    void a_grant_cannot_be_decided_before_it_was_applied_for() {
        Decision early = Decision.of(Body.administration("Tillväxt- och utvecklingssektorn"), APPLIED.minusDays(1),
                "TUS 2025/11");

        assertThat(onlyRule(application(EKSJO, true, "5000").grant(early, Money.sek("15000"), EKSJO))).isEmpty();
        assertThat(onlyRule(application(EKSJO, true, "5000").reject(early))).isEmpty();
    }

    @Test
    void a_stored_grant_decided_before_its_application_cannot_be_restored() {
        Decision early = Decision.of(Body.administration("Tillväxt- och utvecklingssektorn"), APPLIED.minusDays(1),
                "TUS 2025/11");

        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> AssociationGrant
                .restore(new GrantId(uuid("grant restored")), EKSJO.municipality(), "Eksjö Brassband", "Exchange",
                        true, Money.sek("20000"), Money.sek("5000"),
                        DateRange.of(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 7)), APPLIED,
                        GrantStatus.GRANTED, Optional.of(early), Optional.of(Money.sek("15000")), Optional.empty(),
                        1)).withMessageContaining("cannot come before the application");
    }

    @Test
    void a_granted_exchange_owes_no_follow_up_under_R14_itself_R14() {
        assertThat(se.omvarld.domain.obligation.ObligationKind.GRANT_FOLLOW_UP.rule()).isEmpty();
    }
}
