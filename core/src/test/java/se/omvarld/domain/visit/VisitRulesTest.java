package se.omvarld.domain.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static se.omvarld.domain.Examples.uuid;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.policy.Outcome;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.policy.PolicyProfiles;
import se.omvarld.domain.policy.RuleId;
import se.omvarld.domain.shared.DateRange;
import se.omvarld.domain.shared.PartnershipId;
import se.omvarld.domain.shared.VisitId;

class VisitRulesTest {

    private static final PolicyProfile LIDKOPING = PolicyProfiles.lidkoping();
    private static final PolicyProfile TYRESO = PolicyProfiles.tyreso();
    private static final DateRange DAYS = DateRange.of(LocalDate.of(2025, 5, 12), LocalDate.of(2025, 5, 15));

    private static Outcome<Visit> visit(PolicyProfile profile, Direction direction, boolean digitalConsidered) {
        return Visit.record(new VisitId(uuid("visit " + direction + digitalConsidered)), profile.municipality(),
                Optional.of(new PartnershipId(uuid("partnership Kecskemét"))), direction, DAYS,
                "Twin-town anniversary", 6, digitalConsidered, java.util.Set.of(), profile);
    }

    @Test
    void outgoing_trip_without_considering_a_digital_meeting_is_refused_R3() {
        Outcome<Visit> outcome = visit(LIDKOPING, Direction.OUTGOING, false);

        assertThat(outcome.isAccepted()).isFalse();
        assertThat(outcome.refusals()).singleElement().satisfies(r -> {
            assertThat(r.rule()).contains(RuleId.R3);
            assertThat(r.reason()).contains("digital meeting");
        });
    }

    @Test
    void outgoing_trip_after_considering_a_digital_meeting_is_recorded_R3() {
        Outcome<Visit> outcome = visit(LIDKOPING, Direction.OUTGOING, true);

        assertThat(outcome.isAccepted()).isTrue();
        assertThat(outcome.value().dates()).isEqualTo(DAYS);
    }

    @Test
    void incoming_visit_needs_no_digital_consideration_R3() {
        assertThat(visit(LIDKOPING, Direction.INCOMING, false).isAccepted()).isTrue();
    }

    @Test
    void without_R3_an_outgoing_trip_is_recorded_as_it_is_R3() {
        assertThat(visit(TYRESO, Direction.OUTGOING, false).isAccepted()).isTrue();
    }
}
