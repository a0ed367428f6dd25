package se.omvarld.application.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import se.omvarld.application.Ports;
import se.omvarld.application.ReportUseCases;
import se.omvarld.domain.funding.FundingProgramme;
import se.omvarld.domain.policy.CountryAssessment;
import se.omvarld.domain.policy.Finding;
import se.omvarld.domain.policy.PolicyProfiles;
import se.omvarld.domain.policy.RuleId;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.project.ProjectStatus;
import se.omvarld.domain.register.Register;
import se.omvarld.domain.report.AnnualCompilation;
import se.omvarld.domain.report.PartnershipLine;
import se.omvarld.domain.shared.CommitteeId;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.statistics.ReportedFigures;
import se.omvarld.port.Clock;
import se.omvarld.port.CountryAssessments;
import se.omvarld.reference.CountryRegimesCsv;
import se.omvarld.testkit.memory.InMemoryPersistence;

/**
 * Lidköping's compilation of 2025 from its demo register (its public page) and the figures it reported for 2015, as
 * of 15 April 2026, each expected figure counted here from the register itself.
 */
class LidkopingCompilationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 15);
    private static final CountryRegimesCsv REGIMES = CountryRegimesCsv.load();

    private final Register register = LidkopingRegister.register();
    private final ReportUseCases reports = new ReportUseCases(ports());

    private Ports ports() {
        InMemoryPersistence persistence = InMemoryPersistence.create();
        persistence.municipalities().save(register.municipality());
        register.partners().forEach(persistence.partners()::save);
        register.programmes().forEach(persistence.funding()::save);
        register.partnerships().forEach(persistence.partnerships()::save);
        register.projects().forEach(persistence.projects()::save);
        LidkopingRegister.reportedFigures().forEach(persistence.reportedFigures()::save);
        AtomicLong ids = new AtomicLong();
        return Ports.builder()
                .municipalities(persistence.municipalities()).partners(persistence.partners())
                .partnerships(persistence.partnerships()).projects(persistence.projects())
                .funding(persistence.funding()).grants(persistence.grants()).visits(persistence.visits())
                .visitReports(persistence.visitReports())
                .obligations(persistence.obligations()).reportedFigures(persistence.reportedFigures())
                .tokens(persistence.tokens()).audit(persistence.audit()).transactions(persistence.transactions())
                .clock(new Clock() {
                    @Override
                    public LocalDate today() {
                        return TODAY;
                    }

                    @Override
                    public Instant now() {
                        return TODAY.atStartOfDay().toInstant(ZoneOffset.UTC);
                    }
                })
                .ids(() -> new UUID(0, ids.incrementAndGet()))
                .profiles(PolicyProfiles::forMunicipality)
                .countryAssessments(new CountryAssessments() {
                    @Override
                    public Optional<CountryAssessment> latest(CountryCode country,
                            int year) {
                        return REGIMES.latest(country, year);
                    }

                    @Override
                    public ImmutableList<CountryAssessment> history(CountryCode country) {
                        return ImmutableList.copyOf(REGIMES.history(country));
                    }
                })
                .exchangeRates((from, to, day) -> Optional.empty())
                .validator(command -> ImmutableList.of())
                .build();
    }

    private AnnualCompilation of2025() {
        return reports.annualCompilation(LidkopingRegister.CODE, 2025).value();
    }

    @Test
    void the_page_s_four_partnerships_are_active_in_2025() {
        assertThat(of2025().partnerships()).extracting(PartnershipLine::id)
                .containsExactlyInAnyOrderElementsOf(register.partnerships().stream().map(p -> p.id()).toList());
        assertThat(of2025().partnerships()).allSatisfy(p -> assertThat(p.status().name()).isEqualTo("ACTIVE"));
    }

    @Test
    void the_page_s_five_projects_are_counted_by_status_unit_programme_and_country() {
        AnnualCompilation compilation = of2025();

        Map<ProjectStatus, Integer> byStatus = new EnumMap<>(ProjectStatus.class);
        Map<String, Integer> byUnit = new HashMap<>();
        Map<String, Integer> byProgramme = new HashMap<>();
        Map<CountryCode, Integer> byCountry = new HashMap<>();
        for (Project p : register.projects()) {
            byStatus.merge(p.status(), 1, Integer::sum);
            byUnit.merge(register.municipality().unitName(p.owningUnit()), 1, Integer::sum);
            byProgramme.merge(register.programme(p.programme().orElseThrow()).map(FundingProgramme::name)
                    .orElseThrow(), 1, Integer::sum);
            p.countries().forEach(c -> byCountry.merge(c, 1, Integer::sum));
        }
        assertThat(compilation.projectsByStatus()).isEqualTo(byStatus).containsOnly(entry(ProjectStatus.RUNNING, 5));
        assertThat(compilation.projectsByUnit()).isEqualTo(byUnit);
        assertThat(compilation.projectsByProgramme()).isEqualTo(byProgramme).containsEntry("Erasmus+", 2);
        assertThat(compilation.projectsByCountry()).isEqualTo(byCountry).hasSize(12);
    }

    @Test
    void nine_activities_in_each_of_the_last_five_years() {
        // Four partnerships in force since 1997–2011 and five projects running since 2019; no visit, no grant.
        int expected = register.partnerships().size() + register.projects().size();

        assertThat(of2025().activitiesPerYear()).containsOnly(entry(2021, expected), entry(2022, expected),
                entry(2023, expected), entry(2024, expected), entry(2025, expected));
        assertThat(expected).isEqualTo(9);
    }

    @Test
    void the_page_publishes_no_budgets_so_the_external_funding_is_zero_and_complete() {
        assertThat(of2025().funding().total()).isEqualTo(Money.zero(Money.SEK));
        assertThat(of2025().funding().isComplete()).isTrue();
    }

    @Test
    void the_figures_reported_for_2015_come_with_every_later_compilation() {
        assertThat(of2025().reported()).extracting(ReportedFigures::year, ReportedFigures::activities,
                ReportedFigures::externalFunding)
                .containsExactly(tuple(2015, 98, Money.sek("1800000.00")));
        assertThat(reports.annualCompilation(LidkopingRegister.CODE, 2015).value().figures().reported())
                .hasValueSatisfying(r -> assertThat(r.activities()).isEqualTo(98));
    }

    @Test
    void partner_countries_are_the_partnerships_and_projects_countries_with_their_counts() {
        Map<CountryCode, Integer> expected = new HashMap<>();
        register.partnerships().forEach(p -> expected.merge(p.country(), 1, Integer::sum));
        register.projects().forEach(p -> p.countries().forEach(c -> expected.merge(c, 1, Integer::sum)));

        assertThat(of2025().partnerCountries()).isEqualTo(expected).containsEntry(CountryCode.of("LT"), 2);
    }

    @Test
    void the_compilation_of_2024_is_overdue_and_a_finding_beside_r2_and_r4() {
        AnnualCompilation compilation = of2025();

        assertThat(compilation.overdue()).extracting(o -> o.key().value())
                .containsExactly("R5/annual-compilation/2024");
        // R2: no democracy plan for the partnerships and projects in countries V-Dem classes as autocracies;
        // R4: Samhällsbyggnad has no representative; R5: the overdue compilation itself.
        assertThat(compilation.findings()).extracting(Finding::rule).containsOnly(RuleId.R2, RuleId.R4, RuleId.R5);
    }

    @Test
    void each_committee_owning_or_taking_part_in_a_project_gets_a_section() {
        Set<CommitteeId> committees = new HashSet<>();
        for (Project p : register.projects()) {
            committees.add(p.committee());
            p.participants().forEach(unit -> register.municipality().committeeOfUnitNamed(unit)
                    .ifPresent(committees::add));
        }
        List<String> expected = committees.stream()
                .map(id -> register.municipality().committee(id).orElseThrow().name()).toList();

        assertThat(reports.committeeSections(LidkopingRegister.CODE, 2025).value())
                .extracting(s -> s.reportedBy()).containsExactlyInAnyOrderElementsOf(expected);
    }
}
