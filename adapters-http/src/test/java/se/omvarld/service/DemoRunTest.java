package se.omvarld.service;

import static org.assertj.core.api.Assertions.assertThat;
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
import se.omvarld.domain.grant.AssociationGrant;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.register.Register;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.visit.Visit;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.statistics.ReportedFigures;
import se.omvarld.port.Clock;

/** The demo data the service loads into an empty database, and the profiles it reads, on a fresh embedded database with the clock at 24 November 2026. */
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
    }

    @AfterAll
    void close() {
        validator.close();
        database.close();
    }

    @Test
    void the_demo_register_reads_back_from_the_database_as_it_was_loaded() {
        Register register = LidkopingRegister.register();
        DemoData.loadIfAbsent(ports, register, LidkopingRegister.reportedFigures());
        MunicipalityCode code = LidkopingRegister.CODE;

        assertSameMunicipality(ports.municipalities().find(code).orElseThrow(), register.municipality().withVersion(1));
        for (Partnership p : register.partnerships()) {
            assertSamePartnership(ports.partnerships().find(code, p.id()).orElseThrow(), p.withVersion(1));
        }
        for (Project p : register.projects()) {
            assertSameProject(ports.projects().find(code, p.id()).orElseThrow(), p.withVersion(1));
        }
        for (Visit v : register.visits()) {
            assertThat(ports.visits().find(code, v.id())).contains(v.withVersion(1));
        }
        for (AssociationGrant g : register.grants()) {
            assertThat(ports.grants().find(code, g.id())).contains(g.withVersion(1));
        }
    }

    @Test
    void the_demo_register_is_loaded_once() {
        DemoData.loadIfAbsent(ports, LidkopingRegister.register(), LidkopingRegister.reportedFigures());

        assertThat(DemoData.loadIfAbsent(ports, LidkopingRegister.register(), LidkopingRegister.reportedFigures())).isFalse();
        assertThat(ports.partnerships().all(LidkopingRegister.CODE)).hasSize(4);
        assertThat(ports.projects().all(LidkopingRegister.CODE)).hasSize(5);
    }

    @Test
    void lidkopings_figures_for_2015_are_loaded_with_the_register() {
        DemoData.loadIfAbsent(ports, LidkopingRegister.register(), LidkopingRegister.reportedFigures());

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
