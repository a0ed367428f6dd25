package se.omvarld.application;

import se.omvarld.port.PageRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.omvarld.application.Scenarios.COORDINATOR;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.partner.Partner;
import se.omvarld.domain.partner.PartnerKind;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.partnership.PartnershipStatus;
import se.omvarld.domain.policy.Refusal;
import se.omvarld.domain.policy.RuleId;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.BodyKind;
import se.omvarld.domain.shared.FundingSource;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnershipKind;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.port.Page;
import se.omvarld.port.PartnershipQuery;
import se.omvarld.port.PartnershipSummary;
import se.omvarld.port.Violation;
import se.omvarld.port.PartnerQuery;
import se.omvarld.port.PartnerSummary;

class PartnershipUseCasesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private final Ports ports = TestPorts.on(TODAY);
    private final PartnershipUseCases partnerships = new PartnershipUseCases(ports);

    @Test
    void invalid_command_names_every_bad_field() {
        Result<Partnership> result = partnerships.propose(new PartnershipCommands.Propose(COORDINATOR, "14x4",
                "not-a-uuid", PartnershipKind.TWIN_TOWN, " ", Set.of(), Set.of(), null, false, Set.of()));

        assertThat(result).isInstanceOf(Result.Invalid.class);
        assertThat(((Result.Invalid<Partnership>) result).violations()).extracting(Violation::field)
                .containsExactlyInAnyOrder("municipality", "partnerId", "title", "proposedOn");
    }

    @Test
    void a_country_code_that_is_not_iso_3166_is_an_invalid_country_field() {
        Scenarios.registerTyreso(ports);

        Result<Partner> result = partnerships.registerPartner(new PartnershipCommands.RegisterPartner(COORDINATOR,
                "0138", PartnerKind.MUNICIPALITY, "Atlantis", "XX", "Atlantis"));

        assertThat(result).isInstanceOf(Result.Invalid.class);
        assertThat(((Result.Invalid<Partner>) result).violations()).extracting(Violation::field)
                .containsExactly("country");
    }

    @Test
    void a_partnership_is_not_found_through_another_municipality() {
        Scenarios.registerTyreso(ports);
        Scenarios.registerEksjo(ports);
        Partnership cesis = proposeCesis();

        Result<Partnership> result = partnerships.find("0686", cesis.id().toString());

        assertThat(result).isInstanceOf(Result.NotFound.class);
    }

    @Test
    void a_decision_on_a_stale_version_is_a_conflict_and_changes_nothing() {
        Scenarios.registerTyreso(ports);
        Partnership cesis = proposeCesis();

        Result<Partnership> result = partnerships.decide(new PartnershipCommands.Decide(COORDINATOR, "0138",
                cesis.id().toString(), 7L, PartnershipCommands.Step.ACTIVATE, BodyKind.EXECUTIVE_BOARD,
                "Kommunstyrelsen", LocalDate.of(2026, 11, 2), "KS 2026/77"));

        assertThat(result).isInstanceOf(Result.Conflict.class);
        assertThat(ports.partnerships().find(cesis.municipality(), cesis.id()).orElseThrow().status())
                .isEqualTo(PartnershipStatus.PROPOSED);
    }

    @Test
    void a_committee_cannot_enter_a_twin_town_agreement_in_tyreso_and_nothing_is_audited_R16() {
        Scenarios.registerTyreso(ports);
        Partnership cesis = proposeCesis();

        Result<Partnership> result = partnerships.decide(new PartnershipCommands.Decide(COORDINATOR, "0138",
                cesis.id().toString(), cesis.version(), PartnershipCommands.Step.ACTIVATE, BodyKind.COMMITTEE,
                "Barn- och skolnämnden", LocalDate.of(2026, 11, 2), null));

        assertThat(result).isInstanceOf(Result.Refused.class);
        assertThat(((Result.Refused<Partnership>) result).refusals()).extracting(Refusal::rule)
                .containsExactly(java.util.Optional.of(RuleId.R16));
        assertThat(ports.audit().of(MunicipalityCode.of("0138"), "partnership", cesis.id().toString()))
                .hasSize(1);
    }

    @Test
    void the_executive_board_enters_a_twin_town_agreement_in_tyreso_R16() {
        Scenarios.registerTyreso(ports);
        Partnership cesis = proposeCesis();

        Result<Partnership> result = partnerships.decide(new PartnershipCommands.Decide(COORDINATOR, "0138",
                cesis.id().toString(), cesis.version(), PartnershipCommands.Step.ACTIVATE, BodyKind.EXECUTIVE_BOARD,
                "Kommunstyrelsen", LocalDate.of(2026, 11, 2), "KS 2026/77"));

        assertThat(result.value().status()).isEqualTo(PartnershipStatus.ACTIVE);
        assertThat(result.value().version()).isEqualTo(2);
    }

    @Test
    void a_decision_dated_before_the_proposal_is_refused_and_changes_nothing() {
        Scenarios.registerTyreso(ports);
        Partnership cesis = proposeCesis();

        Result<Partnership> result = partnerships.decide(new PartnershipCommands.Decide(COORDINATOR, "0138",
                cesis.id().toString(), cesis.version(), PartnershipCommands.Step.ACTIVATE, BodyKind.EXECUTIVE_BOARD,
                "Kommunstyrelsen", LocalDate.of(2026, 1, 2), "KS 2026/1"));

        assertThat(result).isInstanceOf(Result.Refused.class);
        assertThat(((Result.Refused<Partnership>) result).refusals()).extracting(Refusal::reason)
                .containsExactly("a decision of 2026-01-02 cannot come before the partnership's last step on"
                        + " 2026-10-20");
        assertThat(ports.partnerships().find(cesis.municipality(), cesis.id()).orElseThrow().version())
                .isEqualTo(cesis.version());
    }

    @Test
    void a_decision_without_the_version_it_was_made_on_is_invalid() {
        Scenarios.registerTyreso(ports);
        Partnership cesis = proposeCesis();

        Result<Partnership> result = partnerships.decide(new PartnershipCommands.Decide(COORDINATOR, "0138",
                cesis.id().toString(), null, PartnershipCommands.Step.ACTIVATE, BodyKind.EXECUTIVE_BOARD,
                "Kommunstyrelsen", LocalDate.of(2026, 11, 2), "KS 2026/77"));

        assertThat(result).isInstanceOf(Result.Invalid.class);
        assertThat(((Result.Invalid<Partnership>) result).violations()).extracting(Violation::field)
                .containsExactly("expectedVersion");
    }

    private Partnership proposeCesis() {
        Partner cesis = partnerships.registerPartner(new PartnershipCommands.RegisterPartner(COORDINATOR, "0138",
                PartnerKind.MUNICIPALITY, "Cēsis", "LV", "Cēsis")).value();
        return partnerships.propose(new PartnershipCommands.Propose(COORDINATOR, "0138", cesis.id().toString(),
                PartnershipKind.TWIN_TOWN, "Vänort Cēsis", Set.of(Area.EDUCATION, Area.CULTURE),
                Set.of(FundingSource.MUNICIPALITY, FundingSource.EU), LocalDate.of(2026, 10, 20), true, Set.of()))
                .value();
    }

    @Test
    void partnerships_are_listed_a_page_at_a_time_and_by_status() {
        Scenarios.registerTyreso(ports);
        Partnership cesis = proposeCesis();
        MunicipalityCode tyreso = MunicipalityCode.of("0138");

        assertThat(partnerships.page(tyreso, PageRequest.first(10)).value().items()).containsExactly(cesis);
        assertThat(partnerships.withStatus(tyreso, PartnershipStatus.PROPOSED).value()).containsExactly(cesis);
        assertThat(partnerships.withStatus(tyreso, PartnershipStatus.ACTIVE).value()).isEmpty();
        assertThat(partnerships.page(MunicipalityCode.of("0999"), PageRequest.first(10)))
                .isEqualTo(new Result.NotFound<>("municipality", "0999"));
    }

    @Test
    void partnerships_are_listed_as_the_query_asks_with_their_partner_s_name_and_locality() {
        Scenarios.registerTyreso(ports);
        Partnership cesis = proposeCesis();
        MunicipalityCode tyreso = MunicipalityCode.of("0138");

        Page<PartnershipSummary> all = partnerships.list(tyreso, PartnershipQuery.all(), PageRequest.first(10))
                .value();
        Page<PartnershipSummary> active = partnerships.list(tyreso, new PartnershipQuery(
                Optional.of(PartnershipStatus.ACTIVE), Optional.empty(), Optional.empty(),
                PartnershipQuery.Sort.TITLE), PageRequest.first(10)).value();
        Page<PartnershipSummary> latvian = partnerships.list(tyreso, new PartnershipQuery(Optional.empty(),
                Optional.of(PartnershipKind.TWIN_TOWN), Optional.of(CountryCode.of("LV")),
                PartnershipQuery.Sort.PROPOSED_ON_DESCENDING), PageRequest.first(10)).value();

        assertThat(all.items()).extracting(PartnershipSummary::id, PartnershipSummary::partnerName,
                PartnershipSummary::locality, PartnershipSummary::status, PartnershipSummary::activatedOn)
                .containsExactly(tuple(cesis.id(), "Cēsis", "Cēsis", PartnershipStatus.PROPOSED, Optional.empty()));
        assertThat(all.total()).isEqualTo(1);
        assertThat(active.items()).isEmpty();
        assertThat(active.total()).isZero();
        assertThat(latvian.items()).extracting(PartnershipSummary::id).containsExactly(cesis.id());
    }

    @Test
    void a_page_of_the_list_beyond_the_end_is_empty_and_tells_the_total() {
        Scenarios.registerTyreso(ports);
        proposeCesis();

        Page<PartnershipSummary> beyond = partnerships.list(MunicipalityCode.of("0138"), PartnershipQuery.all(),
                new PageRequest(5, 10)).value();

        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(1);
    }

    @Test
    void the_list_of_an_unknown_municipality_is_not_found() {
        assertThat(partnerships.list(MunicipalityCode.of("0999"), PartnershipQuery.all(), PageRequest.first(10)))
                .isEqualTo(new Result.NotFound<>("municipality", "0999"));
    }

    @Test
    void partners_are_listed_as_the_query_asks() {
        Scenarios.registerTyreso(ports);
        Partnership cesis = proposeCesis();
        MunicipalityCode tyreso = MunicipalityCode.of("0138");

        Page<PartnerSummary> latvian = partnerships.partners(tyreso, new PartnerQuery(
                Optional.of(PartnerKind.MUNICIPALITY), Optional.of(CountryCode.of("LV")), PartnerQuery.Sort.NAME),
                PageRequest.first(10)).value();
        Page<PartnerSummary> schools = partnerships.partners(tyreso, new PartnerQuery(
                Optional.of(PartnerKind.SCHOOL), Optional.empty(), PartnerQuery.Sort.NAME_DESCENDING),
                PageRequest.first(10)).value();

        assertThat(latvian.items()).extracting(PartnerSummary::id, PartnerSummary::name, PartnerSummary::locality)
                .containsExactly(tuple(cesis.partner(), "Cēsis", "Cēsis"));
        assertThat(latvian.total()).isEqualTo(1);
        assertThat(schools.items()).isEmpty();
        assertThat(schools.total()).isZero();
    }

    @Test
    void the_list_of_partners_of_an_unknown_municipality_is_not_found() {
        assertThat(partnerships.partners(MunicipalityCode.of("0999"), PartnerQuery.all(), PageRequest.first(10)))
                .isEqualTo(new Result.NotFound<>("municipality", "0999"));
    }
}
