package se.omvarld.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.omvarld.contract.SameAggregate.assertSameMunicipality;
import static se.omvarld.contract.SameAggregate.assertSamePartnership;
import static se.omvarld.contract.SameAggregate.assertSameProject;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import se.omvarld.adapter.db.Database;
import se.omvarld.adapter.db.DbSettings;
import se.omvarld.adapter.db.ReferenceDataImport;
import se.omvarld.application.Ports;
import se.omvarld.application.demo.LidkopingRegister;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.register.Register;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.funding.FundingProgramme;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.partner.Partner;
import se.omvarld.domain.policy.PolicyProfiles;
import se.omvarld.port.AuditEntry;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.statistics.ReportedFigures;
import se.omvarld.port.Clock;

/** The demo data the service loads into an empty database (four municipalities, Lidköping with its register), and the profiles it reads, on a fresh embedded database with the clock at 24 November 2026. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoRunTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private Database database;
    private BeanValidationCommandValidator validator;
    private Ports ports;

    @BeforeAll
    void startTheDatabase() {
        database = Database.start(DbSettings.inMemory("demo_" + UUID.randomUUID().toString().replace("-", "")));
        new ReferenceDataImport(database.persistence()).importShippedIfEmpty();
        validator = new BeanValidationCommandValidator();
        ports = Wiring.ports(database, ConfiguredProfiles.shippedOnly(), fixedClock(), validator);
        loadTheDemoData();
    }

    @AfterAll
    void close() {
        validator.close();
        database.close();
    }

    void loadTheDemoData() {
        assertThat(DemoData.loadIfAbsent(ports)).containsExactly(LidkopingRegister.CODE, PolicyProfiles.TYRESO_CODE,
                PolicyProfiles.EKSJO_CODE, PolicyProfiles.LILLA_EDET_CODE);
    }

    @Test
    void the_demo_register_reads_back_from_the_database_as_it_was_loaded() {
        Register register = LidkopingRegister.register();
        MunicipalityCode code = LidkopingRegister.CODE;

        assertSameMunicipality(ports.municipalities().find(code).orElseThrow(), register.municipality().withVersion(1));
        for (Partner p : register.partners()) {
            assertThat(ports.partners().find(code, p.id())).contains(p.withVersion(1));
        }
        for (FundingProgramme p : register.programmes()) {
            assertThat(ports.funding().findProgramme(code, p.id())).contains(p.withVersion(1));
        }
        for (Partnership p : register.partnerships()) {
            assertSamePartnership(ports.partnerships().find(code, p.id()).orElseThrow(), p.withVersion(1));
        }
        for (Project p : register.projects()) {
            // registered as an idea (version 1), then started (version 2)
            assertSameProject(ports.projects().find(code, p.id()).orElseThrow(), p.withVersion(2));
        }
    }

    @Test
    void partners_programmes_and_projects_go_through_the_use_cases_as_the_demo_data_actor() {
        MunicipalityCode code = LidkopingRegister.CODE;

        assertThat(ports.audit().of(code, "partner", LidkopingRegister.KECSKEMET.toString()))
                .extracting(AuditEntry::actor, AuditEntry::action).containsExactly(tuple(DemoData.ACTOR, "register"));
        assertThat(ports.audit().of(code, "programme", LidkopingRegister.NORDPLUS.toString()))
                .extracting(AuditEntry::action).containsExactly("register");
        assertThat(ports.audit().of(code, "project", LidkopingRegister.FEEL_BETTER_WITH_A_BOOK.toString()))
                .extracting(AuditEntry::action).containsExactly("register-idea", "start");
        // Turkey calls for a democracy plan (R2) that the page does not show: started directly, as the register has it
        assertThat(ports.audit().of(code, "project", LidkopingRegister.JOB_SHADOWING.toString()))
                .extracting(AuditEntry::action).containsExactly("register-idea", "import");
        assertThat(ports.audit().of(code, "partnership", LidkopingRegister.UTENA_TWIN_TOWN.toString()))
                .extracting(AuditEntry::action).containsExactly("import");
    }

    @Test
    void the_three_other_municipalities_are_registered_with_their_organisations() {
        Municipality tyreso = ports.municipalities().find(PolicyProfiles.TYRESO_CODE).orElseThrow();
        Municipality eksjo = ports.municipalities().find(PolicyProfiles.EKSJO_CODE).orElseThrow();
        Municipality lillaEdet = ports.municipalities().find(PolicyProfiles.LILLA_EDET_CODE).orElseThrow();

        assertThat(tyreso.name()).isEqualTo("Tyresö");
        assertThat(tyreso.registeredOn()).isEqualTo(TODAY);
        assertThat(tyreso.unitNamed("Tyresö gymnasium")).isPresent();
        assertThat(eksjo.administration("Tillväxt- och utvecklingssektorn")).isPresent();
        assertThat(lillaEdet.administrations()).allSatisfy(a -> assertThat(a.representative()).isPresent());
        assertThat(ports.audit().of(PolicyProfiles.EKSJO_CODE, "municipality", "0686"))
                .extracting(AuditEntry::actor, AuditEntry::action).containsExactly(tuple(DemoData.ACTOR, "register"));
        assertThat(ports.partnerships().all(PolicyProfiles.TYRESO_CODE)).isEmpty();
    }

    @Test
    void the_demo_data_is_loaded_once() {
        assertThat(DemoData.loadIfAbsent(ports)).isEmpty();
        assertThat(ports.municipalities().all()).hasSize(4);
        assertThat(ports.partnerships().all(LidkopingRegister.CODE)).hasSize(4);
        assertThat(ports.projects().all(LidkopingRegister.CODE)).hasSize(5);
    }

    @Test
    void lidkopings_figures_for_2015_are_loaded_with_the_register() {
        assertThat(ports.reportedFigures().all(LidkopingRegister.CODE)).containsExactly(new ReportedFigures(
                LidkopingRegister.CODE, 2015, 98, Money.sek("1800000.00"), LidkopingRegister.REPORTED_2015_SOURCE, 1));
        assertThat(ports.audit().of(LidkopingRegister.CODE, "reported-figures", "2015")).hasSize(1);
    }

    @Test
    void a_fifth_municipality_brings_its_own_profile_without_recompiling(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("vanersborg.properties"), String.join("\n",
                "municipality.code=1487", "policy.name=Vänersborgs kommun: Internationell policy",
                "rules=R5,R6", "r6.annual-report-section-due=--02-28"), StandardCharsets.UTF_8);

        ConfiguredProfiles profiles = ConfiguredProfiles.withFolder(folder);

        assertThat(profiles.of(MunicipalityCode.of("1487")).orElseThrow().annualReportSectionDue())
                .isEqualTo(java.time.MonthDay.of(2, 28));
        assertThat(profiles.of(LidkopingRegister.CODE)).isPresent();
    }

    @Test
    void a_bad_profile_file_is_named_with_the_reason(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("broken.properties"), "municipality.code=14\npolicy.name=X\n",
                StandardCharsets.UTF_8);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ConfiguredProfiles.withFolder(folder))
                .hasMessageContaining("broken.properties").hasMessageContaining("municipality.code");
    }

    private static Clock fixedClock() {
        return new Clock() {
            @Override
            public LocalDate today() {
                return TODAY;
            }

            @Override
            public Instant now() {
                return TODAY.atTime(8, 0).toInstant(ZoneOffset.UTC);
            }
        };
    }
}
