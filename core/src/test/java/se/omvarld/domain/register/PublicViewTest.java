package se.omvarld.domain.register;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.Examples;
import se.omvarld.domain.funding.FundingProgramme;
import se.omvarld.domain.partner.Partner;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.project.ProjectStatus;
import se.omvarld.domain.project.ProjectStep;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.FundingSource;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnershipKind;

class PublicViewTest {

    private static final MunicipalityCode CODE = MunicipalityCode.of("1494");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static Project along(Project idea, ProjectStatus... path) {
        List<ProjectStep> steps = new ArrayList<>();
        ProjectStatus from = ProjectStatus.IDEA;
        LocalDate day = LocalDate.of(2024, 2, 1);
        for (ProjectStatus to : path) {
            steps.add(new ProjectStep(from, to, day, Optional.empty()));
            from = to;
            day = day.plusMonths(1);
        }
        return idea.toBuilder().status(from, steps).build();
    }

    private static Register register(List<Partnership> partnerships, List<Project> projects,
            List<FundingProgramme> programmes) {
        List<Partner> partners = partnerships.stream().map(p -> Examples.partner(CODE, p.title(),
                p.country().value())).toList();
        return new Register(Examples.municipality(CODE), ImmutableList.copyOf(partners),
                ImmutableList.copyOf(partnerships), ImmutableList.copyOf(projects), ImmutableList.copyOf(programmes),
                ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), ImmutableList.of());
    }

    @Test
    void only_partnerships_in_force_on_the_day_are_shown_oldest_first() {
        Partnership utena = Examples.imported(CODE, "Utena", "LT", PartnershipKind.TWIN_TOWN,
                Examples.byBoard(LocalDate.of(1997, 1, 1)), Optional.empty(), Optional.empty());
        Partnership kecskemet = Examples.imported(CODE, "Kecskemét", "HU", PartnershipKind.TWIN_TOWN,
                Examples.byBoard(LocalDate.of(2004, 1, 1)), Optional.empty(), Optional.empty());
        Partnership ended = Examples.imported(CODE, "Tartu", "EE", PartnershipKind.TWIN_TOWN,
                Examples.byBoard(LocalDate.of(1995, 1, 1)), Optional.of(Examples.byBoard(LocalDate.of(2020, 1, 1))),
                Optional.empty());
        Partnership proposed = Examples.proposal(CODE, "Rockford", "US", PartnershipKind.INDUSTRIAL_PARTNERSHIP,
                LocalDate.of(2026, 1, 1), true);

        PublicView view = PublicView.of(register(List.of(kecskemet, ended, proposed, utena), List.of(), List.of()),
                TODAY);

        assertThat(view.partnerships()).extracting(PublicView.PublicPartnership::title)
                .containsExactly("Utena", "Kecskemét");
        assertThat(view.partnerships().get(0).country()).isEqualTo(CountryCode.of("LT"));
        assertThat(view.partnerships().get(0).since()).isEqualTo(LocalDate.of(1997, 1, 1));
    }

    @Test
    void only_projects_that_are_not_closed_are_shown_by_title_with_unit_and_programme() {
        FundingProgramme erasmus = Examples.programme(CODE, "Erasmus+", "EUR", FundingSource.EU);
        Project running = along(Examples.project(CODE, "Bokcirkel").ownedByLibrary().countries("LT", "EE")
                .programme(erasmus).idea(), ProjectStatus.RUNNING);
        Project idea = Examples.project(CODE, "Antikt utbyte").idea();
        Project withdrawn = along(Examples.project(CODE, "Återkallat").idea(), ProjectStatus.WITHDRAWN);
        Project reported = along(Examples.project(CODE, "Slutrapporterat").idea(), ProjectStatus.RUNNING,
                ProjectStatus.COMPLETED, ProjectStatus.FINAL_REPORT_SUBMITTED);

        PublicView view = PublicView.of(register(List.of(), List.of(running, idea, withdrawn, reported),
                List.of(erasmus)), TODAY);

        assertThat(view.projects()).extracting(PublicView.PublicProject::title)
                .containsExactly("Antikt utbyte", "Bokcirkel");
        PublicView.PublicProject book = view.projects().get(1);
        assertThat(book.unit()).isEqualTo("Biblioteket");
        assertThat(book.countries()).extracting(CountryCode::value).containsExactly("EE", "LT");
        assertThat(book.programme()).contains("Erasmus+");
        assertThat(view.projects().get(0).programme()).isEmpty();
    }
}
