package se.omvarld.domain.register;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import se.omvarld.domain.funding.FundingProgramme;
import se.omvarld.domain.partner.Partner;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.project.ProjectKind;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.FundingSource;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnershipId;
import se.omvarld.domain.shared.PartnershipKind;
import se.omvarld.domain.shared.ProjectId;
import se.omvarld.domain.shared.Text;

/**
 * What a municipality shows the public about its international work on a day (Lidköping's page "Internationellt
 * arbete"): its twin towns and partnerships in force that day, oldest first, and its current projects (not closed:
 * not rejected, withdrawn or finally reported), by title. Nothing internal: no analyses, democracy plans, findings,
 * decisions or budgets. The ids are kept for the publisher to find each record's history; a publication need not
 * show them.
 */
public record PublicView(MunicipalityCode code, String name, LocalDate on,
        ImmutableList<PublicPartnership> partnerships, ImmutableList<PublicProject> projects) {

    public PublicView {
        checkNotNull(code, "code is required");
        name = Text.name("name", name);
        checkNotNull(on, "on is required");
        partnerships = ImmutableList.copyOf(checkNotNull(partnerships, "partnerships are required"));
        projects = ImmutableList.copyOf(checkNotNull(projects, "projects are required"));
    }

    /** A partnership in force: its title, partner, where, and the day it came into force. */
    public record PublicPartnership(PartnershipId id, String title, PartnershipKind kind, String partner,
            CountryCode country, String locality, ImmutableSet<Area> areas, ImmutableSet<FundingSource> funding,
            LocalDate since) {

        public PublicPartnership {
            checkNotNull(id, "id is required");
            title = Text.name("title", title);
            checkNotNull(kind, "kind is required");
            partner = Text.name("partner", partner);
            checkNotNull(country, "country is required");
            locality = Text.name("locality", locality);
            areas = ImmutableSet.copyOf(checkNotNull(areas, "areas are required"));
            funding = ImmutableSet.copyOf(checkNotNull(funding, "funding is required"));
            checkNotNull(since, "since is required");
        }
    }

    /** A current project: its title, owning unit (by its name today), the units taking part, countries, programme. */
    public record PublicProject(ProjectId id, String title, ProjectKind kind, String unit,
            ImmutableList<String> participants, ImmutableList<CountryCode> countries, Optional<String> programme) {

        public PublicProject {
            checkNotNull(id, "id is required");
            title = Text.name("title", title);
            checkNotNull(kind, "kind is required");
            unit = Text.name("unit", unit);
            participants = ImmutableList.copyOf(checkNotNull(participants, "participants are required"));
            countries = ImmutableList.copyOf(checkNotNull(countries, "countries are required"));
            checkNotNull(programme, "programme is required (may be empty)");
        }
    }

    /** The public view of {@code register} on {@code day}. */
    public static PublicView of(Register register, LocalDate day) {
        checkNotNull(register, "register is required");
        checkNotNull(day, "day is required");
        ImmutableList<PublicPartnership> partnerships = register.partnerships().stream()
                .filter(p -> p.inForceOn(day))
                .sorted(Comparator.comparing((Partnership p) -> p.activatedOn().orElseThrow())
                        .thenComparing(Partnership::title))
                .map(p -> partnership(register, p))
                .collect(ImmutableList.toImmutableList());
        ImmutableList<PublicProject> projects = register.projects().stream()
                .filter(p -> !p.status().isClosed())
                .sorted(Comparator.comparing(Project::title)
                        .thenComparing(p -> register.municipality().unitName(p.owningUnit())))
                .map(p -> project(register, p))
                .collect(ImmutableList.toImmutableList());
        return new PublicView(register.municipality().code(), register.municipality().name(), day, partnerships,
                projects);
    }

    private static PublicPartnership partnership(Register register, Partnership p) {
        Partner partner = register.partner(p.partner()).orElseThrow(() -> new IllegalStateException(
                "partnership " + p.id() + " refers to partner " + p.partner() + ", not in the register"));
        return new PublicPartnership(p.id(), p.title(), p.kind(), partner.name(), partner.country(),
                partner.locality(), p.areas(), p.fundingSources(), p.activatedOn().orElseThrow());
    }

    private static PublicProject project(Register register, Project p) {
        return new PublicProject(p.id(), p.title(), p.kind(), register.municipality().unitName(p.owningUnit()),
                p.participants(), ImmutableList.sortedCopyOf(p.countries()),
                p.programme().flatMap(register::programme).map(FundingProgramme::name));
    }
}
