package se.omvarld.domain;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import se.omvarld.domain.funding.FundingProgramme;
import se.omvarld.domain.municipality.Administration;
import se.omvarld.domain.municipality.Committee;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.municipality.Representative;
import se.omvarld.domain.municipality.Unit;
import se.omvarld.domain.municipality.UnitKind;
import se.omvarld.domain.partner.Partner;
import se.omvarld.domain.partner.PartnerKind;
import se.omvarld.domain.partnership.BenefitRiskAnalysis;
import se.omvarld.domain.policy.DemocracyPlan;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.partnership.PartnershipStatus;
import se.omvarld.domain.partnership.StatusChange;
import se.omvarld.domain.project.Budget;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.project.ProjectKind;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.Body;
import se.omvarld.domain.shared.CommitteeId;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.Decision;
import se.omvarld.domain.shared.FundingSource;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnerId;
import se.omvarld.domain.shared.PartnershipId;
import se.omvarld.domain.shared.PartnershipKind;
import se.omvarld.domain.shared.ProgrammeId;
import se.omvarld.domain.shared.ProjectId;
import se.omvarld.domain.shared.UnitId;

/**
 * Readable test data for the rule, compliance and statistics tests: a municipality with two administrations,
 * partners, partnerships and projects with sensible defaults. Ids derive from names: the same name, the same id.
 */
public final class Examples {

    public static final Body BOARD = Body.executiveBoard();
    public static final Body CULTURE_COMMITTEE = Body.committee("Kultur- och fritidsnämnden");

    private Examples() {
    }

    public static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    public static Decision byBoard(LocalDate day) {
        return Decision.of(BOARD, day, "KS " + day.getYear() + "/" + day.getDayOfYear());
    }

    public static Decision byCommittee(LocalDate day) {
        return Decision.unreferenced(CULTURE_COMMITTEE, day);
    }

    /** The id of "Barn- och skolnämnden". */
    public static final CommitteeId SCHOOL_COMMITTEE = CommitteeId.of("barn-och-skolnamnden");
    /** The id of "Kultur- och fritidsnämnden". */
    public static final CommitteeId CULTURE_COMMITTEE_ID = CommitteeId.of("kultur-och-fritidsnamnden");
    /** The day the example municipalities were registered in Omvärld. */
    public static final LocalDate REGISTERED_ON = LocalDate.of(2020, 1, 1);

    /**
     * A municipality with "Barn och skola" (its representative appointed) and "Kultur och fritid" (none yet), and
     * the {@link #UNITS} under them.
     */
    public static Municipality municipality(MunicipalityCode code) {
        return Municipality.of(code, "Exempelkommun " + code, Committee.named(List.of("Barn- och skolnämnden",
                "Kultur- och fritidsnämnden")), List.of(
                new Administration("Barn och skola", SCHOOL_COMMITTEE,
                        Optional.of(new Representative("Anna Berg", "utvecklingsledare"))),
                new Administration("Kultur och fritid", CULTURE_COMMITTEE_ID, Optional.empty())),
                UNITS, REGISTERED_ON);
    }

    /** The units of {@link #municipality}, each with the id made from its name. */
    public static final List<Unit> UNITS = Unit.named(
            new Unit.Draft("Barn & Skola", UnitKind.UNIT, "Barn och skola"),
            new Unit.Draft("De la Gardiegymnasiet", UnitKind.SCHOOL, "Barn och skola"),
            new Unit.Draft("Särskolan VUX", UnitKind.SCHOOL, "Barn och skola"),
            new Unit.Draft("Intern Service", UnitKind.UNIT, "Barn och skola"),
            new Unit.Draft("Biblioteket", UnitKind.UNIT, "Kultur och fritid"));

    /** The id of the unit of {@link #municipality} called {@code name}: "Barn &amp; Skola" → {@code barn-skola}. */
    public static UnitId unit(String name) {
        return UNITS.stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("no example unit is called '" + name + "'")).id();
    }

    public static Partner partner(MunicipalityCode municipality, String name, String country) {
        return Partner.register(new PartnerId(uuid("partner " + name)), municipality, PartnerKind.MUNICIPALITY, name,
                CountryCode.of(country), name);
    }

    public static Partnership proposal(MunicipalityCode municipality, String name, String country,
            PartnershipKind kind, LocalDate proposedOn, boolean counterpartValuesAgreement) {
        return Partnership.propose(new PartnershipId(uuid("partnership " + name)),
                partner(municipality, name, country), kind, name, EnumSet.of(Area.CULTURE, Area.EDUCATION),
                EnumSet.of(FundingSource.MUNICIPALITY), Set.of(), proposedOn, counterpartValuesAgreement);
    }

    public static BenefitRiskAnalysis analysis(LocalDate on) {
        return BenefitRiskAnalysis.of("Exchange between schools", List.of("Two exchanges a year"),
                "A long relation and a matching upper-secondary school", "Language and culture",
                "Travel emissions", on);
    }

    public static DemocracyPlan democracyPlan(LocalDate on) {
        return new DemocracyPlan("Every exchange includes a session on local democracy and human rights", on);
    }

    /**
     * A partnership taken over from a paper archive as it stood: active since {@code activation} (by whoever
     * decided it), terminated by {@code termination} if given.
     */
    public static Partnership imported(MunicipalityCode municipality, String name, String country,
            PartnershipKind kind, Decision activation, Optional<Decision> termination,
            Optional<DemocracyPlan> plan) {
        List<StatusChange> history = new ArrayList<>();
        history.add(new StatusChange(PartnershipStatus.PROPOSED, PartnershipStatus.ACTIVE, activation));
        termination.ifPresent(t -> history.add(new StatusChange(PartnershipStatus.ACTIVE,
                PartnershipStatus.TERMINATED, t)));
        Partner partner = partner(municipality, name, country);
        return Partnership.restore(new PartnershipId(uuid("partnership " + name)), municipality, partner.id(),
                partner.country(), kind, name, EnumSet.of(Area.CULTURE), EnumSet.of(FundingSource.MUNICIPALITY),
                Set.of(), activation.date(),
                termination.isPresent() ? PartnershipStatus.TERMINATED : PartnershipStatus.ACTIVE, history,
                List.of(), plan.stream().toList(), true, 0);
    }

    public static FundingProgramme programme(MunicipalityCode municipality, String name, String currency,
            FundingSource source) {
        return FundingProgramme.register(new ProgrammeId(uuid("programme " + name)), municipality, name, name,
                source, Currency.getInstance(currency), new BigDecimal("0.8"), EnumSet.noneOf(Area.class));
    }

    public static ProjectDraft project(MunicipalityCode municipality, String title) {
        return new ProjectDraft(municipality, title);
    }

    /** A project idea with readable defaults, changed one field at a time. */
    public static final class ProjectDraft {
        private final MunicipalityCode municipality;
        private final String title;
        private Optional<ProjectId> parent = Optional.empty();
        private ProjectKind kind = ProjectKind.PROJECT;
        private UnitId unit = Examples.unit("Barn & Skola");
        private CommitteeId committee = SCHOOL_COMMITTEE;
        private List<String> participants = List.of("Barn & Skola", "Szent-Györgyi Gimnázium");
        private Set<CountryCode> countries = Set.of(CountryCode.of("DE"));
        private Optional<ProgrammeId> programme = Optional.empty();
        private Set<Area> areas = EnumSet.of(Area.EDUCATION);
        private List<String> goals = List.of("Teachers learn from colleagues abroad");
        private Budget budget = new Budget(Money.of("100000", "EUR"), Money.of("80000", "EUR"),
                Money.of("20000", "EUR"));
        private boolean explored = true;
        private boolean budgeted = true;
        private LocalDate registeredOn = LocalDate.of(2024, 1, 10);

        private ProjectDraft(MunicipalityCode municipality, String title) {
            this.municipality = municipality;
            this.title = title;
        }

        public ProjectDraft parent(Project p) {
            parent = Optional.of(p.id());
            return this;
        }

        public ProjectDraft kind(ProjectKind k) {
            kind = k;
            return this;
        }

        /** Owned by the culture committee's library rather than the school committee's unit. */
        public ProjectDraft ownedByLibrary() {
            unit = Examples.unit("Biblioteket");
            committee = CULTURE_COMMITTEE_ID;
            participants = ImmutableList.of("Biblioteket", "a partner library");
            return this;
        }

        /** Owned by the example unit called {@code u}, which takes part with a partner school. */
        public ProjectDraft unit(String u) {
            unit = Examples.unit(u);
            participants = ImmutableList.of(u, "a partner school");
            return this;
        }

        public ProjectDraft participants(String... names) {
            participants = List.of(names);
            return this;
        }

        public ProjectDraft countries(String... codes) {
            countries = Arrays.stream(codes).map(CountryCode::of).collect(Collectors.toSet());
            return this;
        }

        public ProjectDraft programme(FundingProgramme p) {
            programme = Optional.of(p.id());
            return this;
        }

        public ProjectDraft areas(Area first, Area... rest) {
            areas = EnumSet.of(first, rest);
            return this;
        }

        public ProjectDraft goals(String... g) {
            goals = List.of(g);
            return this;
        }

        public ProjectDraft budget(Budget b) {
            budget = b;
            return this;
        }

        public ProjectDraft externalFundingExplored(boolean e) {
            explored = e;
            return this;
        }

        public ProjectDraft budgetedInUnitPlan(boolean b) {
            budgeted = b;
            return this;
        }

        public ProjectDraft registeredOn(LocalDate d) {
            registeredOn = d;
            return this;
        }

        public Project idea() {
            return Project.builder().id(new ProjectId(uuid("project " + title))).municipality(municipality)
                    .parent(parent).title(title).kind(kind).owner(unit, committee).participants(participants)
                    .countries(countries).programme(programme).areas(areas).goals(goals).budget(budget)
                    .externalFundingExplored(explored).budgetedInUnitPlan(budgeted).registeredOn(registeredOn)
                    .build();
        }
    }
}
