package se.omvarld.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.statistics.ReportedFigures;
import se.omvarld.port.ReportedFiguresRepository;
import se.omvarld.port.StaleVersionException;

/**
 * What every {@link ReportedFiguresRepository} must do. A set of figures is identified by its municipality and year;
 * the same year in two municipalities names two different sets.
 */
public abstract class ReportedFiguresRepositoryContract extends PersistenceContract {

    private static final String SOURCE = "Lidköpings kommun, webbsida: Statistik 2015";

    private ReportedFiguresRepository reportedFigures() {
        return persistence().reportedFigures();
    }

    /** Figures as Lidköping's page reports them for 2015, for {@code year}. */
    private static ReportedFigures figures(MunicipalityCode municipality, int year) {
        return new ReportedFigures(municipality, year, 98, Money.sek("1800000.00"), SOURCE, 0);
    }

    private static ReportedFigures corrected(ReportedFigures f, int activities, String kronor, String source) {
        return new ReportedFigures(f.municipality(), f.year(), activities, Money.sek(kronor), source, f.version());
    }

    @Test
    void stored_figures_are_found_with_every_field() {
        MunicipalityCode municipality = newMunicipality();
        ReportedFigures figures = figures(municipality, 2015);

        reportedFigures().save(figures);

        assertThat(reportedFigures().find(municipality, 2015)).contains(figures.withVersion(1));
    }

    @Test
    void amounts_keep_every_ore_from_zero_to_the_largest_a_command_accepts() {
        MunicipalityCode municipality = newMunicipality();
        ReportedFigures none = new ReportedFigures(municipality, 1990, 0, Money.sek("0.00"), "Årsredovisning 1990",
                0);
        ReportedFigures largest = new ReportedFigures(municipality, 1991, Integer.MAX_VALUE,
                Money.sek("99999999999999999.99"), "Årsredovisning 1991", 0);
        ReportedFigures ore = new ReportedFigures(municipality, 1992, 1, Money.sek("0.01"), "Årsredovisning 1992", 0);

        store(none);
        store(largest);
        store(ore);

        assertThat(reportedFigures().find(municipality, 1990)).contains(none.withVersion(1));
        assertThat(reportedFigures().find(municipality, 1991)).contains(largest.withVersion(1));
        assertThat(reportedFigures().find(municipality, 1992)).contains(ore.withVersion(1));
    }

    @Test
    void saving_new_figures_stores_version_1() {
        MunicipalityCode municipality = newMunicipality();
        ReportedFigures figures = figures(municipality, 2015);

        ReportedFigures saved = reportedFigures().save(figures);

        assertThat(saved).isEqualTo(figures.withVersion(1));
    }

    @Test
    void a_correction_replaces_the_stored_figures_at_the_next_version() {
        MunicipalityCode municipality = newMunicipality();
        ReportedFigures first = store(figures(municipality, 2015));

        ReportedFigures second = reportedFigures().save(corrected(first, 97, "1750000.00", "Rättad: KS 2016/12"));
        ReportedFigures third = reportedFigures().save(corrected(second, 98, "1800000.00", SOURCE));

        assertThat(second.version()).isEqualTo(2);
        assertThat(third.version()).isEqualTo(3);
        assertThat(reportedFigures().find(municipality, 2015)).contains(third);
        assertThat(reportedFigures().all(municipality)).containsExactly(third);
    }

    @Test
    void saving_a_stale_version_is_rejected_and_changes_nothing() {
        MunicipalityCode municipality = newMunicipality();
        ReportedFigures readByBoth = store(figures(municipality, 2015));
        ReportedFigures winner = reportedFigures().save(corrected(readByBoth, 97, "1800000.00", SOURCE));

        assertThatThrownBy(() -> reportedFigures().save(corrected(readByBoth, 99, "1900000.00", SOURCE)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(reportedFigures().find(municipality, 2015)).contains(winner);
    }

    @Test
    void saving_new_figures_for_a_year_already_recorded_is_rejected() {
        MunicipalityCode municipality = newMunicipality();
        ReportedFigures stored = store(figures(municipality, 2015));
        ReportedFigures newcomer = new ReportedFigures(municipality, 2015, 12, Money.sek("1.00"), "Annan källa", 0);

        assertThatThrownBy(() -> reportedFigures().save(newcomer)).isInstanceOf(StaleVersionException.class);
        assertThat(reportedFigures().find(municipality, 2015)).contains(stored);
    }

    @Test
    void saving_a_correction_of_figures_never_stored_is_rejected() {
        MunicipalityCode municipality = newMunicipality();
        ReportedFigures neverStored = figures(municipality, 2015).withVersion(2);

        assertThatThrownBy(() -> reportedFigures().save(neverStored)).isInstanceOf(StaleVersionException.class);
        assertThat(reportedFigures().find(municipality, 2015)).isEmpty();
    }

    @Test
    void a_year_without_figures_is_not_found() {
        MunicipalityCode municipality = newMunicipality();
        store(figures(municipality, 2015));

        assertThat(reportedFigures().find(municipality, 2016)).isEmpty();
    }

    @Test
    void all_lists_the_municipality_s_figures_by_year_earliest_first() {
        MunicipalityCode municipality = newMunicipality();
        ReportedFigures of2015 = store(figures(municipality, 2015));
        ReportedFigures of2009 = store(figures(municipality, 2009));
        ReportedFigures of2012 = store(figures(municipality, 2012));
        ReportedFigures of1999 = store(figures(municipality, 1999));

        assertThat(reportedFigures().all(municipality)).containsExactly(of1999, of2009, of2012, of2015);
    }

    @Test
    void figures_saved_in_work_that_throws_are_not_stored() {
        MunicipalityCode municipality = newMunicipality();

        catchThrowable(() -> persistence().transactions().inTransaction(() -> {
            reportedFigures().save(figures(municipality, 2015));
            throw new IllegalStateException("the work failed halfway");
        }));

        assertThat(reportedFigures().find(municipality, 2015)).isEmpty();
        assertThat(reportedFigures().all(municipality)).isEmpty();
    }

    @Test
    void figures_are_not_found_through_another_municipality() {
        MunicipalityCode a = newMunicipality();
        MunicipalityCode b = newMunicipality();
        store(figures(a, 2015));

        assertThat(reportedFigures().find(b, 2015)).isEmpty();
        assertThat(reportedFigures().all(b)).isEmpty();
    }

    @Test
    void another_municipality_s_listing_excludes_the_figures() {
        MunicipalityCode a = newMunicipality();
        MunicipalityCode b = newMunicipality();
        store(figures(a, 2015));
        ReportedFigures ofB = store(figures(b, 2014));

        assertThat(reportedFigures().all(b)).containsExactly(ofB);
    }

    @Test
    void saving_figures_for_the_same_year_in_another_municipality_leaves_the_first_unchanged() {
        MunicipalityCode a = newMunicipality();
        MunicipalityCode b = newMunicipality();
        ReportedFigures ofA = store(figures(a, 2015));

        ReportedFigures savedInB = reportedFigures().save(new ReportedFigures(b, 2015, 7, Money.sek("25000.00"),
                "Årsredovisning 2015", 0));

        assertThat(savedInB.version()).isEqualTo(1);
        assertThat(reportedFigures().find(b, 2015)).contains(savedInB);
        assertThat(reportedFigures().find(a, 2015)).contains(ofA);
    }
}
