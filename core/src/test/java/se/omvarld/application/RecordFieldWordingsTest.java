package se.omvarld.application;

import static org.assertj.core.api.Assertions.assertThat;
import static se.omvarld.application.Scenarios.COORDINATOR;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.omvarld.application.ProjectCommands.Amount;
import se.omvarld.domain.funding.FundingProgramme;
import se.omvarld.domain.municipality.UnitKind;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.FundingSource;
import se.omvarld.domain.shared.WordingKey;
import se.omvarld.domain.visit.Direction;
import se.omvarld.port.Violation;

/**
 * A record's own check that a command's values can break — a call's dates, a grant's sums, a year's figures, a
 * municipality's organisation, a committee named — is a field error with a stable key and its arguments as values,
 * beside the English the API has always answered.
 */
class RecordFieldWordingsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private final Ports ports = TestPorts.on(TODAY);

    @Test
    void a_call_whose_deadline_is_before_it_opens_is_keyed_with_both_days() {
        Scenarios.registerEksjo(ports);
        FundingProgramme erasmus = programme(Set.of(Area.YOUTH));

        Violation violation = violation(new FundingUseCases(ports).publishCall(new FundingCommands.PublishCall(
                COORDINATOR, "0686", erasmus.id().toString(), "Backwards", Set.of(Area.YOUTH), TODAY,
                TODAY.minusDays(1))));

        assertThat(violation.field()).isEqualTo("call");
        assertThat(violation.wording().key()).isEqualTo(WordingKey.FIELD_CALL_DEADLINE_BEFORE_OPENS);
        assertThat(violation.wording().arguments()).containsExactly(TODAY.minusDays(1), TODAY);
        assertThat(violation.reason()).isEqualTo("deadline 2026-11-23 is before the call opens on 2026-11-24");
    }

    @Test
    void a_call_beyond_its_programmes_areas_is_keyed_with_the_areas_as_values() {
        Scenarios.registerEksjo(ports);
        FundingProgramme erasmus = programme(Set.of(Area.YOUTH));

        Violation violation = violation(new FundingUseCases(ports).publishCall(new FundingCommands.PublishCall(
                COORDINATOR, "0686", erasmus.id().toString(), "Culture", Set.of(Area.CULTURE), TODAY,
                TODAY.plusDays(30))));

        assertThat(violation.wording().key()).isEqualTo(WordingKey.FIELD_CALL_AREAS_NOT_ELIGIBLE);
        assertThat(violation.wording().arguments()).containsExactly(Set.of(Area.CULTURE), "Erasmus+",
                Set.of(Area.YOUTH));
        assertThat(violation.reason()).isEqualTo("the call's areas [CULTURE] lie outside Erasmus+'s eligible areas"
                + " [YOUTH]");
    }

    @Test
    void a_grant_requested_in_euro_is_keyed() {
        Scenarios.registerEksjo(ports);

        Violation violation = violation(apply(new Amount(new BigDecimal("1500.00"), "EUR"), sek("0.00")));

        assertThat(violation.field()).isEqualTo("grant");
        assertThat(violation.wording().key()).isEqualTo(WordingKey.FIELD_GRANT_REQUESTED_NOT_SEK);
        assertThat(violation.reason()).isEqualTo("requested must be in SEK");
    }

    @Test
    void a_grants_own_financing_in_euro_is_keyed() {
        Scenarios.registerEksjo(ports);

        Violation violation = violation(apply(sek("15000.00"), new Amount(new BigDecimal("100.00"), "EUR")));

        assertThat(violation.wording().key()).isEqualTo(WordingKey.FIELD_GRANT_OWN_FINANCING_NOT_SEK);
        assertThat(violation.reason()).isEqualTo("ownFinancing must be in SEK");
    }

    @Test
    void a_grant_requesting_nothing_is_keyed() {
        Scenarios.registerEksjo(ports);

        Violation violation = violation(apply(sek("0.00"), sek("0.00")));

        assertThat(violation.wording().key()).isEqualTo(WordingKey.FIELD_GRANT_REQUESTED_NOT_POSITIVE);
        assertThat(violation.reason()).isEqualTo("requested must be positive");
    }

    @Test
    void figures_for_a_year_still_to_come_are_keyed_with_the_year_and_the_latest_year() {
        Scenarios.registerEksjo(ports);

        Violation violation = violation(new ReportedFiguresUseCases(ports).record(new ReportedFiguresCommands.Record(
                COORDINATOR, "0686", 2027, 3, new BigDecimal("0.00"), "Årsredovisning", 0L)));

        assertThat(violation.field()).isEqualTo("year");
        assertThat(violation.wording().key()).isEqualTo(WordingKey.FIELD_FIGURES_YEAR_IN_FUTURE);
        assertThat(violation.wording().arguments()).containsExactly(2027, 2026);
        assertThat(violation.reason()).isEqualTo("year 2027 is in the future: figures can be reported for 2026 at"
                + " the latest");
    }

    @Test
    void a_committee_the_municipality_lacks_is_keyed_with_the_id_the_municipality_and_its_committees() {
        Scenarios.registerEksjo(ports);

        Violation violation = violation(new VisitUseCases(ports).record(new VisitCommands.Record(COORDINATOR, "0686",
                null, Direction.INCOMING, TODAY, TODAY, "Studiebesök", 3, true, Set.of("miljonamnden"))));

        assertThat(violation.field()).isEqualTo("committeeIds");
        assertThat(violation.wording().key()).isEqualTo(WordingKey.FIELD_COMMITTEE_NOT_OF_MUNICIPALITY);
        assertThat(violation.wording().arguments()).containsExactly("miljonamnden", "Eksjö kommun",
                "kommunstyrelsen, barn-och-skolnamnden, kultur-och-fritidsnamnden");
        assertThat(violation.reason()).isEqualTo("'miljonamnden' is not one of Eksjö kommun's committees"
                + " ([kommunstyrelsen, barn-och-skolnamnden, kultur-och-fritidsnamnden])");
    }

    @Test
    void an_administration_serving_a_committee_not_named_is_keyed_with_the_committees_name() {
        Violation violation = violation(register(List.of(administration("Miljöförvaltningen", "Miljönämnden")),
                List.of()));

        assertThat(violation.field()).isEqualTo("administrations");
        assertThat(violation.wording().key()).isEqualTo(WordingKey.FIELD_ADMINISTRATION_COMMITTEE_UNKNOWN);
        assertThat(violation.wording().arguments()).containsExactly("Miljönämnden");
    }

    @Test
    void an_administration_named_twice_is_keyed_with_its_name() {
        Violation violation = violation(register(List.of(administration("Kommunledningskontoret",
                "Kommunstyrelsen"), administration("Kommunledningskontoret", "Kommunstyrelsen")), List.of()));

        assertThat(violation.field()).isEqualTo("municipality");
        assertThat(violation.wording().key()).isEqualTo(WordingKey.FIELD_ADMINISTRATION_TWICE);
        assertThat(violation.wording().arguments()).containsExactly("Kommunledningskontoret");
        assertThat(violation.reason()).isEqualTo("administration 'Kommunledningskontoret' appears twice");
    }

    @Test
    void a_unit_named_twice_is_keyed_with_the_id_both_names_give() {
        Violation violation = violation(register(List.of(administration("Kommunledningskontoret",
                "Kommunstyrelsen")), List.of(unit("Biblioteket", "Kommunledningskontoret"),
                unit("Biblioteket", "Kommunledningskontoret"))));

        assertThat(violation.wording().key()).isEqualTo(WordingKey.FIELD_UNIT_ID_TWICE);
        assertThat(violation.wording().arguments()).singleElement().asString().startsWith("biblioteket-");
    }

    @Test
    void a_unit_of_an_administration_not_named_is_keyed_with_the_unit_and_the_administration() {
        Violation violation = violation(register(List.of(administration("Kommunledningskontoret",
                "Kommunstyrelsen")), List.of(unit("Biblioteket", "Kulturförvaltningen"))));

        assertThat(violation.wording().key()).isEqualTo(WordingKey.FIELD_UNIT_ADMINISTRATION_UNKNOWN);
        assertThat(violation.wording().arguments()).containsExactly("Biblioteket", "Kulturförvaltningen");
        assertThat(violation.reason()).isEqualTo("unit 'Biblioteket' belongs to administration 'Kulturförvaltningen',"
                + " which is not one of this municipality's");
    }

    @Test
    void an_obligation_key_of_other_characters_is_keyed_with_the_key_given() {
        Scenarios.registerEksjo(ports);

        Violation violation = violation(new RegisterUseCases(ports).settle(new ObligationCommands.Settle(
                COORDINATOR, "0686", "R5 annual compilation", false, TODAY, "Inlämnad")));

        assertThat(violation.field()).isEqualTo("key");
        assertThat(violation.wording().key()).isEqualTo(WordingKey.FIELD_OBLIGATION_KEY);
        assertThat(violation.wording().arguments()).containsExactly("R5 annual compilation");
    }

    private FundingProgramme programme(Set<Area> areas) {
        return new FundingUseCases(ports).registerProgramme(new FundingCommands.RegisterProgramme(COORDINATOR,
                "0686", "Erasmus+", "European Commission", FundingSource.EU, "EUR", new BigDecimal("0.8"), areas))
                .value();
    }

    private Result<?> apply(Amount requested, Amount ownFinancing) {
        return new GrantUseCases(ports).apply(new GrantCommands.Apply(COORDINATOR, "0686", "Eksjö Kammarkör",
                "Körutbyte", true, requested, ownFinancing, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 5),
                LocalDate.of(2026, 2, 1)));
    }

    private Result<?> register(List<MunicipalityCommands.AdministrationInput> administrations,
            List<MunicipalityCommands.UnitInput> units) {
        return new MunicipalityUseCases(ports).register(new MunicipalityCommands.Register(COORDINATOR, "0686",
                "Eksjö kommun", List.of("Kommunstyrelsen"), administrations, units));
    }

    private static MunicipalityCommands.AdministrationInput administration(String name, String committee) {
        return new MunicipalityCommands.AdministrationInput(name, committee, null, null);
    }

    private static MunicipalityCommands.UnitInput unit(String name, String administration) {
        return new MunicipalityCommands.UnitInput(name, UnitKind.UNIT, administration);
    }

    private static Amount sek(String amount) {
        return new Amount(new BigDecimal(amount), "SEK");
    }

    private static Violation violation(Result<?> result) {
        assertThat(result).as(String.valueOf(result)).isInstanceOf(Result.Invalid.class);
        ImmutableList<Violation> violations = ((Result.Invalid<?>) result).violations();
        assertThat(violations).hasSize(1);
        return violations.get(0);
    }
}
