package se.omvarld.application.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.omvarld.application.Ports;
import se.omvarld.application.TwinTownCommands;
import se.omvarld.application.TwinTownUseCases;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.policy.CountryAssessment;
import se.omvarld.domain.policy.PolicyProfiles;
import se.omvarld.domain.register.Register;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.twintown.TwinTownPair;
import se.omvarld.domain.twintown.TwinTownRow;
import se.omvarld.port.Clock;
import se.omvarld.port.CountryAssessments;
import se.omvarld.port.TwinTownDirectory.Replacement;
import se.omvarld.reference.SwedishMunicipalityCodes;
import se.omvarld.reference.TwinTownsCsv;
import se.omvarld.testkit.memory.InMemoryPersistence;
import se.omvarld.testkit.memory.InMemoryTwinTownDirectory;

/**
 * The real list on Lidköping's demo register: the list names two of Lidköping's twin towns, Kecskemét and Utena,
 * which the register has already (with Rockford, an industrial partnership, and Xindu District, a cooperation
 * agreement, which the list does not name), so the import records nothing. And the national import of the whole
 * list, twice, and of bad files.
 */
class LidkopingTwinTownImportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final ImmutableList<TwinTownRow> ROWS = TwinTownsCsv.shipped();
    private static final String ACTOR = "utvecklingsledare@lidkoping.se";

    private final InMemoryPersistence memory = InMemoryPersistence.create();
    private final InMemoryTwinTownDirectory directory = new InMemoryTwinTownDirectory();
    private final TwinTownUseCases twinTowns = new TwinTownUseCases(ports(memory), directory,
            SwedishMunicipalityCodes.shipped());

    private void loadLidkoping() {
        Register register = LidkopingRegister.register();
        memory.municipalities().save(register.municipality());
        register.partners().forEach(memory.partners()::save);
        register.partnerships().forEach(memory.partnerships()::save);
    }

    @Test
    void lidkoping_s_twin_towns_in_the_list_are_already_in_its_register_and_nothing_is_duplicated() {
        loadLidkoping();
        List<Partnership> before = memory.partnerships().all(LidkopingRegister.CODE);

        TwinTownUseCases.MunicipalImport report = twinTowns.importForMunicipality(
                new TwinTownCommands.ImportForMunicipality(ACTOR, "1494", ROWS)).value();

        assertThat(report.alreadyPresent()).extracting(TwinTownPair::town).containsExactly("Kecskemét", "Utena");
        assertThat(report.recorded()).isEmpty();
        assertThat(report.rejected()).isEmpty();
        assertThat(memory.partnerships().all(LidkopingRegister.CODE)).isEqualTo(before).hasSize(4);
        assertThat(memory.partners().all(LidkopingRegister.CODE)).hasSize(4);
    }

    @Test
    void importing_the_whole_list_twice_changes_nothing_the_second_time() {
        Replacement first = twinTowns.importNational(new TwinTownCommands.ImportNational(ACTOR, ROWS)).value()
                .replacement();
        ImmutableList<TwinTownPair> after = twinTowns.national();

        Replacement second = twinTowns.importNational(new TwinTownCommands.ImportNational(ACTOR, ROWS)).value()
                .replacement();

        assertThat(first).isEqualTo(new Replacement(722, 0, 0));
        assertThat(second).isEqualTo(new Replacement(0, 0, 722));
        assertThat(twinTowns.national()).isEqualTo(after);
    }

    @Test
    void bad_files_are_refused_with_a_clear_error_and_the_national_list_is_unchanged() {
        twinTowns.importNational(new TwinTownCommands.ImportNational(ACTOR, ROWS)).value();
        ImmutableList<TwinTownPair> before = twinTowns.national();
        byte[] wrongHeader = "stad,land,vänort,land\nLidköping,Sweden,Utena,Lithuania\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "city1,country1,city2,country2\nKecskemét,Hungary,Lidköping,Sweden\n"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> importNational("wrong-header.csv", wrongHeader))
                .hasMessageContaining("does not start with the header city1,country1,city2,country2 but with "
                        + "'stad,land,vänort,land'");
        assertThatThrownBy(() -> importNational("latin1.csv", latin1)).hasMessageContaining("line 2 is not UTF-8");
        assertThatThrownBy(() -> importNational("empty.csv", new byte[0])).hasMessageContaining("empty.csv is empty");
        assertThat(twinTowns.national()).isEqualTo(before).hasSize(722);
    }

    /** As an upload would: read the file, then import what it read. */
    private void importNational(String file, byte[] bytes) {
        twinTowns.importNational(new TwinTownCommands.ImportNational(ACTOR, TwinTownsCsv.read(file, bytes)));
    }

    private static Ports ports(InMemoryPersistence memory) {
        Clock clock = new Clock() {
            @Override
            public LocalDate today() {
                return TODAY;
            }

            @Override
            public Instant now() {
                return TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC);
            }
        };
        CountryAssessments none = new CountryAssessments() {
            @Override
            public Optional<CountryAssessment> latest(
                    CountryCode country, int year) {
                return Optional.empty();
            }

            @Override
            public ImmutableList<CountryAssessment> history(
                    CountryCode country) {
                return ImmutableList.of();
            }
        };
        return Ports.builder().municipalities(memory.municipalities()).partners(memory.partners())
                .partnerships(memory.partnerships()).projects(memory.projects()).funding(memory.funding())
                .grants(memory.grants()).visits(memory.visits())
                .visitReports(memory.visitReports()).obligations(memory.obligations())
                .reportedFigures(memory.reportedFigures()).tokens(memory.tokens()).audit(memory.audit())
                .transactions(memory.transactions()).clock(clock).ids(UUID::randomUUID)
                .profiles(code -> Optional.of(PolicyProfiles.lidkoping()))
                // The use cases build every command themselves; Hibernate Validator is not on this module's path.
                .validator(command -> ImmutableList.of())
                .countryAssessments(none).exchangeRates((from, to, day) -> Optional.empty()).build();
    }
}
