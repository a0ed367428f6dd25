package se.omvarld.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.omvarld.application.Scenarios.COORDINATOR;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.omvarld.application.ProjectCommands.Amount;
import se.omvarld.domain.grant.AssociationGrant;
import se.omvarld.domain.grant.GrantStatus;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.policy.Refusal;
import se.omvarld.domain.policy.RuleId;
import se.omvarld.domain.shared.BodyKind;
import se.omvarld.domain.visit.Direction;
import se.omvarld.domain.visit.Visit;
import se.omvarld.port.Violation;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.port.GrantQuery;
import se.omvarld.port.GrantSummary;
import se.omvarld.port.Page;
import se.omvarld.port.PageRequest;
import se.omvarld.port.VisitQuery;
import se.omvarld.port.VisitSummary;

class GrantAndVisitUseCasesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private final Ports ports = TestPorts.on(TODAY);
    private final GrantUseCases grants = new GrantUseCases(ports);
    private final VisitUseCases visits = new VisitUseCases(ports);

    @Test
    void eksjo_sector_grants_an_exchange_with_own_financing_and_receives_its_follow_up_R14() {
        Scenarios.registerEksjo(ports);
        AssociationGrant applied = applyForChoirExchange(true, "6000.00");

        AssociationGrant granted = grants.decide(new GrantCommands.Decide(COORDINATOR, "0686",
                applied.id().toString(), applied.version(), true, sek("15000.00"), BodyKind.ADMINISTRATION,
                "Tillväxt- och utvecklingssektorn", LocalDate.of(2026, 3, 10), "TUS 2026/12")).value();
        AssociationGrant followedUp = grants.followUp(new GrantCommands.FollowUp(COORDINATOR, "0686",
                granted.id().toString(), granted.version(), LocalDate.of(2026, 7, 1),
                "Kören sjöng i Cēsis och tog emot 20 sångare i augusti.")).value();

        assertThat(followedUp.status()).isEqualTo(GrantStatus.FOLLOWED_UP);
        assertThat(followedUp.version()).isEqualTo(3);
    }

    @Test
    void eksjo_refuses_a_grant_without_self_financing_R14() {
        Scenarios.registerEksjo(ports);
        AssociationGrant applied = applyForChoirExchange(true, "0.00");

        Result<AssociationGrant> result = grants.decide(new GrantCommands.Decide(COORDINATOR, "0686",
                applied.id().toString(), applied.version(), true, sek("15000.00"), BodyKind.ADMINISTRATION,
                "Tillväxt- och utvecklingssektorn", LocalDate.of(2026, 3, 10), null));

        assertThat(result).isInstanceOf(Result.Refused.class);
        assertThat(((Result.Refused<AssociationGrant>) result).refusals()).extracting(Refusal::rule)
                .containsExactly(Optional.of(RuleId.R14));
        assertThat(ports.grants().find(applied.municipality(), applied.id()).orElseThrow().status())
                .isEqualTo(GrantStatus.APPLIED);
    }

    @Test
    void a_grant_with_more_than_two_decimals_is_invalid_and_names_the_field() {
        Scenarios.registerEksjo(ports);

        Result<AssociationGrant> result = grants.apply(new GrantCommands.Apply(COORDINATOR, "0686",
                "Eksjö Kammarkör", "Körutbyte", true, new Amount(new BigDecimal("15000.001"), "SEK"),
                sek("100.00"), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 4), LocalDate.of(2026, 2, 1)));

        assertThat(result).isInstanceOf(Result.Invalid.class);
        assertThat(((Result.Invalid<AssociationGrant>) result).violations()).extracting(Violation::field)
                .containsExactly("requested.amount");
    }

    @Test
    void an_exchange_ending_before_it_starts_is_invalid_and_names_the_field() {
        Scenarios.registerEksjo(ports);

        Result<AssociationGrant> result = grants.apply(new GrantCommands.Apply(COORDINATOR, "0686",
                "Eksjö Kammarkör", "Körutbyte", true, sek("15000.00"), sek("100.00"), LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 2, 1)));

        assertThat(result).isInstanceOf(Result.Invalid.class);
        assertThat(((Result.Invalid<AssociationGrant>) result).violations()).extracting(Violation::field)
                .containsExactly("exchangeEnd");
        assertThat(ports.grants().all(se.omvarld.domain.shared.MunicipalityCode.of("0686"))).isEmpty();
    }

    @Test
    void lidkoping_records_an_outgoing_visit_only_after_a_digital_meeting_was_considered_R3() {
        Scenarios.registerLidkoping(ports);

        Result<Visit> without = recordOutgoingVisit(false);
        Result<Visit> with = recordOutgoingVisit(true);

        assertThat(without).isInstanceOf(Result.Refused.class);
        assertThat(((Result.Refused<Visit>) without).refusals()).extracting(Refusal::rule)
                .containsExactly(Optional.of(RuleId.R3));
        assertThat(with.value().version()).isEqualTo(1);
        assertThat(ports.visits().all(with.value().municipality())).hasSize(1);
    }

    @Test
    void an_administration_appoints_its_representative_in_the_international_group_R4() {
        Municipality lidkoping = Scenarios.registerLidkoping(ports);
        assertThat(lidkoping.administrationsWithoutRepresentative()).extracting(a -> a.name())
                .containsExactly("Kultur- och fritidsförvaltningen");

        Municipality appointed = new MunicipalityUseCases(ports).appointRepresentative(
                new MunicipalityCommands.AppointRepresentative(COORDINATOR, "1494", lidkoping.version(),
                        "Kultur- och fritidsförvaltningen", "Sara Nyström", "Bibliotekschef")).value();

        assertThat(appointed.administrationsWithoutRepresentative()).isEmpty();
        assertThat(appointed.version()).isEqualTo(lidkoping.version() + 1);
    }

    private Result<Visit> recordOutgoingVisit(boolean digitalMeetingConsidered) {
        return visits.record(new VisitCommands.Record(COORDINATOR, "1494", null, Direction.OUTGOING,
                LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 7), "Studiebesök om äldreomsorg i Utena", 3,
                digitalMeetingConsidered, Set.of()));
    }

    private AssociationGrant applyForChoirExchange(boolean anchored, String ownFinancing) {
        return grants.apply(new GrantCommands.Apply(COORDINATOR, "0686", "Eksjö Kammarkör",
                "Körutbyte med Cēsis: gemensam konsert och workshops", anchored, sek("15000.00"), sek(ownFinancing),
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 5), LocalDate.of(2026, 2, 1))).value();
    }

    private static Amount sek(String amount) {
        return new Amount(new BigDecimal(amount), "SEK");
    }

    @Test
    void grants_are_listed_as_the_query_asks() {
        Scenarios.registerEksjo(ports);
        AssociationGrant applied = applyForChoirExchange(true, "6000.00");
        MunicipalityCode eksjo = MunicipalityCode.of("0686");

        Page<GrantSummary> all = grants.list(eksjo, GrantQuery.all(), PageRequest.first(10)).value();
        Page<GrantSummary> granted = grants.list(eksjo, new GrantQuery(Optional.of(GrantStatus.GRANTED),
                Optional.empty(), GrantQuery.Sort.APPLIED_ON), PageRequest.first(10)).value();
        Page<GrantSummary> in2026 = grants.list(eksjo, new GrantQuery(Optional.empty(), Optional.of(2026),
                GrantQuery.Sort.ASSOCIATION_DESCENDING), PageRequest.first(10)).value();

        assertThat(all.items()).extracting(GrantSummary::id, GrantSummary::association, GrantSummary::status)
                .containsExactly(tuple(applied.id(), "Eksjö Kammarkör",
                        GrantStatus.APPLIED));
        assertThat(all.total()).isEqualTo(1);
        assertThat(granted.items()).isEmpty();
        assertThat(in2026.items()).extracting(GrantSummary::id).containsExactly(applied.id());
    }

    @Test
    void the_list_of_grants_of_an_unknown_municipality_is_not_found() {
        assertThat(grants.list(MunicipalityCode.of("0999"), GrantQuery.all(), PageRequest.first(10)))
                .isEqualTo(new Result.NotFound<>("municipality", "0999"));
    }

    @Test
    void visits_are_listed_as_the_query_asks() {
        Scenarios.registerLidkoping(ports);
        Visit visit = recordOutgoingVisit(true).value();
        MunicipalityCode lidkoping = MunicipalityCode.of("1494");

        Page<VisitSummary> outgoing = visits.list(lidkoping, new VisitQuery(Optional.of(Direction.OUTGOING),
                Optional.empty(), Optional.of(2026), VisitQuery.Sort.FIRST_DAY_DESCENDING), PageRequest.first(10))
                .value();
        Page<VisitSummary> incoming = visits.list(lidkoping, new VisitQuery(Optional.of(Direction.INCOMING),
                Optional.empty(), Optional.empty(), VisitQuery.Sort.FIRST_DAY), PageRequest.first(10)).value();
        Page<VisitSummary> beyond = visits.list(lidkoping, VisitQuery.all(), new PageRequest(5, 10)).value();

        assertThat(outgoing.items()).extracting(VisitSummary::id, VisitSummary::participants)
                .containsExactly(tuple(visit.id(), 3));
        assertThat(incoming.total()).isZero();
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(1);
    }

    @Test
    void the_list_of_visits_of_an_unknown_municipality_is_not_found() {
        assertThat(visits.list(MunicipalityCode.of("0999"), VisitQuery.all(), PageRequest.first(10)))
                .isEqualTo(new Result.NotFound<>("municipality", "0999"));
    }
}
