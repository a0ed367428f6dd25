package se.omvarld.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.omvarld.application.Scenarios.COORDINATOR;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.partner.Partner;
import se.omvarld.domain.partner.PartnerKind;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.partnership.PartnershipStatus;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnershipKind;
import se.omvarld.domain.twintown.SwedishMunicipalities;
import se.omvarld.domain.twintown.TwinTownRow;
import se.omvarld.port.TwinTownDirectory.Replacement;
import se.omvarld.port.Violation;
import se.omvarld.testkit.memory.InMemoryTwinTownDirectory;

class TwinTownUseCasesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final MunicipalityCode TYRESO = MunicipalityCode.of("0138");
    private static final SwedishMunicipalities MUNICIPALITIES = SwedishMunicipalities.of(Map.of(
            TYRESO, "Tyresö", MunicipalityCode.of("0686"), "Eksjö", MunicipalityCode.of("1494"), "Lidköping"));
    /** Tyresö's rows as the real list has them (lines 9545 and 16498), and one of Lidköping's. */
    private static final List<TwinTownRow> ROWS = List.of(
            new TwinTownRow(9545, "Savigny-le-Temple", "France", "Tyresö", "Sweden"),
            new TwinTownRow(16498, "Cēsis", "Latvia", "Tyresö", "Sweden"),
            new TwinTownRow(16800, "Utena", "Lithuania", "Lidköping", "Sweden"),
            new TwinTownRow(16900, "Peja", "Kosovo", "Tyresö", "Sweden"));

    private final Ports ports = TestPorts.on(TODAY);
    private final InMemoryTwinTownDirectory directory = new InMemoryTwinTownDirectory();
    private final TwinTownUseCases twinTowns = new TwinTownUseCases(ports, directory, MUNICIPALITIES);

    private Result<TwinTownUseCases.MunicipalImport> importTyreso() {
        return twinTowns.importForMunicipality(new TwinTownCommands.ImportForMunicipality(COORDINATOR, "0138", ROWS));
    }

    @Test
    void each_twin_town_becomes_a_municipality_partner_and_a_proposed_twin_town_partnership() {
        Scenarios.registerTyreso(ports);

        TwinTownUseCases.MunicipalImport report = importTyreso().value();

        assertThat(report.recorded()).hasSize(2);
        assertThat(ports.partners().all(TYRESO)).extracting(Partner::name, Partner::country, Partner::kind)
                .containsExactlyInAnyOrder(
                        tuple("Cēsis", CountryCode.of("LV"), PartnerKind.MUNICIPALITY),
                        tuple("Savigny-le-Temple", CountryCode.of("FR"),
                                PartnerKind.MUNICIPALITY));
        assertThat(ports.partnerships().all(TYRESO)).extracting(Partnership::title, Partnership::kind,
                Partnership::status, Partnership::proposedOn).containsExactly(
                        tuple("Cēsis, Lettland: vänort", PartnershipKind.TWIN_TOWN,
                                PartnershipStatus.PROPOSED, TODAY),
                        tuple("Savigny-le-Temple, Frankrike: vänort",
                                PartnershipKind.TWIN_TOWN, PartnershipStatus.PROPOSED, TODAY));
    }

    @Test
    void the_report_names_the_municipality_s_rejected_rows_and_why() {
        Scenarios.registerTyreso(ports);

        TwinTownUseCases.MunicipalImport report = importTyreso().value();

        assertThat(report.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(16900);
            assertThat(r.reason()).contains("Kosovo has no ISO 3166-1 code");
        });
    }

    @Test
    void a_second_import_changes_nothing_and_reports_every_twin_town_as_present() {
        Scenarios.registerTyreso(ports);
        importTyreso();
        List<Partnership> before = ports.partnerships().all(TYRESO);

        TwinTownUseCases.MunicipalImport again = importTyreso().value();

        assertThat(again.recorded()).isEmpty();
        assertThat(again.alreadyPresent()).hasSize(2);
        assertThat(ports.partnerships().all(TYRESO)).isEqualTo(before);
        assertThat(ports.partners().all(TYRESO)).hasSize(2);
    }

    @Test
    void a_twin_town_registered_without_accents_is_not_recorded_again() {
        Scenarios.registerTyreso(ports);
        PartnershipUseCases partnerships = new PartnershipUseCases(ports);
        Partner cesis = partnerships.registerPartner(new PartnershipCommands.RegisterPartner(COORDINATOR, "0138",
                PartnerKind.MUNICIPALITY, "Cesis", "LV", "Cesis, Vidzeme")).value();
        partnerships.propose(new PartnershipCommands.Propose(COORDINATOR, "0138", cesis.id().toString(),
                PartnershipKind.TWIN_TOWN, "Cesis, Lettland: vänortsavtal", Set.of(), Set.of(),
                LocalDate.of(2020, 1, 1), true, Set.of())).value();

        TwinTownUseCases.MunicipalImport report = importTyreso().value();

        assertThat(report.alreadyPresent()).extracting(p -> p.town()).containsExactly("Cēsis");
        assertThat(report.recorded()).extracting(r -> r.pair().town()).containsExactly("Savigny-le-Temple");
        assertThat(ports.partnerships().all(TYRESO)).hasSize(2);
    }

    @Test
    void an_import_refused_halfway_records_nothing() {
        Scenarios.registerTyreso(ports);
        String overlong = "Saint-" + "x".repeat(250);
        List<TwinTownRow> rows = List.of(new TwinTownRow(2, "Cēsis", "Latvia", "Tyresö", "Sweden"),
                new TwinTownRow(3, overlong, "France", "Tyresö", "Sweden"));

        Result<TwinTownUseCases.MunicipalImport> result = twinTowns.importForMunicipality(
                new TwinTownCommands.ImportForMunicipality(COORDINATOR, "0138", rows));

        assertThat(result).isInstanceOf(Result.Invalid.class);
        assertThat(ports.partners().all(TYRESO)).isEmpty();
        assertThat(ports.partnerships().all(TYRESO)).isEmpty();
    }

    @Test
    void an_unregistered_municipality_is_not_found_and_nothing_is_recorded() {
        Result<TwinTownUseCases.MunicipalImport> result = importTyreso();

        assertThat(result).isEqualTo(new Result.NotFound<>("municipality", "0138"));
        assertThat(ports.partners().all(TYRESO)).isEmpty();
    }

    @Test
    void an_invalid_command_names_its_fields() {
        Result<TwinTownUseCases.MunicipalImport> result = twinTowns.importForMunicipality(
                new TwinTownCommands.ImportForMunicipality(" ", "13x8", null));

        assertThat(((Result.Invalid<?>) result).violations()).extracting(Violation::field)
                .containsExactlyInAnyOrder("actor", "municipality", "rows");
    }

    @Test
    void the_national_import_keeps_sweden_s_pairs_and_a_second_import_changes_nothing() {
        TwinTownUseCases.NationalImport first = twinTowns.importNational(
                new TwinTownCommands.ImportNational(COORDINATOR, ROWS)).value();
        TwinTownUseCases.NationalImport second = twinTowns.importNational(
                new TwinTownCommands.ImportNational(COORDINATOR, ROWS)).value();

        assertThat(first.replacement()).isEqualTo(new Replacement(3, 0, 0));
        assertThat(first.read().rejected()).hasSize(1);
        assertThat(second.replacement()).isEqualTo(new Replacement(0, 0, 3));
        assertThat(twinTowns.national()).extracting(p -> p.town()).containsExactly("Cēsis", "Savigny-le-Temple",
                "Utena");
    }
}
