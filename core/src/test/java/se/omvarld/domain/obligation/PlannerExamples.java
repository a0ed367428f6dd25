package se.omvarld.domain.obligation;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import se.omvarld.domain.funding.FundingProgramme;
import se.omvarld.domain.grant.AssociationGrant;
import se.omvarld.domain.grant.GrantStatus;
import se.omvarld.domain.municipality.Committee;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.partnership.PartnershipStatus;
import se.omvarld.domain.partnership.StatusChange;
import se.omvarld.domain.project.Budget;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.project.ProjectKind;
import se.omvarld.domain.project.ProjectStatus;
import se.omvarld.domain.project.ProjectStep;
import se.omvarld.domain.register.Register;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.Body;
import se.omvarld.domain.shared.CommitteeId;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.DateRange;
import se.omvarld.domain.shared.Decision;
import se.omvarld.domain.shared.FundingSource;
import se.omvarld.domain.shared.GrantId;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnerId;
import se.omvarld.domain.shared.PartnershipId;
import se.omvarld.domain.shared.PartnershipKind;
import se.omvarld.domain.shared.ProgrammeId;
import se.omvarld.domain.shared.ProjectId;
import se.omvarld.domain.shared.UnitId;
import se.omvarld.domain.shared.VisitId;
import se.omvarld.domain.visit.Direction;
import se.omvarld.domain.visit.Visit;

/**
 * Small, readable building blocks for the planner's tests: a register is assembled from a municipality and the few
 * records a test is about. Ids are name-based, so the same name gives the same id on every run.
 */
final class PlannerExamples {

    private PlannerExamples() {
    }

    static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /** The day the example municipalities were registered in Omvärld. */
    static final LocalDate REGISTERED_ON = LocalDate.of(2020, 1, 1);

    static Municipality municipality(MunicipalityCode code, String... committees) {
        return Municipality.of(code, "Kommun " + code, Committee.named(List.of(committees)), List.of(), List.of(),
                REGISTERED_ON);
    }

    /** The id a committee of this name gets. */
    static CommitteeId committee(String name) {
        return CommitteeId.of(ObligationKeys.slug(name));
    }

    /** A partnership activated by the executive board on {@code activated}, terminated on {@code terminated}. */
    static Partnership partnership(MunicipalityCode code, String name, PartnershipKind kind, LocalDate activated,
            Optional<LocalDate> terminated) {
        List<StatusChange> history = new ArrayList<>();
        history.add(new StatusChange(PartnershipStatus.PROPOSED, PartnershipStatus.ACTIVE,
                Decision.unreferenced(Body.executiveBoard(), activated)));
        terminated.ifPresent(t -> history.add(new StatusChange(PartnershipStatus.ACTIVE, PartnershipStatus.TERMINATED,
                Decision.unreferenced(Body.executiveBoard(), t))));
        return Partnership.restore(new PartnershipId(uuid("partnership/" + name)), code,
                new PartnerId(uuid("partner/" + name)), CountryCode.of("LV"), kind, name, Set.of(Area.CULTURE),
                Set.of(FundingSource.MUNICIPALITY), Set.of(), activated,
                terminated.isPresent() ? PartnershipStatus.TERMINATED : PartnershipStatus.ACTIVE, history,
                List.of(), List.of(), true, 0);
    }

    static Partnership twinTown(MunicipalityCode code, String name, LocalDate activated) {
        return partnership(code, name, PartnershipKind.TWIN_TOWN, activated, Optional.empty());
    }

    static Visit visit(MunicipalityCode code, String purpose, Optional<PartnershipId> within, LocalDate first,
            LocalDate last) {
        return Visit.restore(new VisitId(uuid("visit/" + purpose)), code, within, Direction.OUTGOING,
                DateRange.of(first, last), purpose, 3, true, Set.of(), 0);
    }

    /** A visit by people of {@code committee}, outside any partnership. */
    static Visit visitBy(MunicipalityCode code, String committee, String purpose, LocalDate first, LocalDate last) {
        return Visit.restore(new VisitId(uuid("visit/" + purpose)), code, Optional.empty(), Direction.INCOMING,
                DateRange.of(first, last), purpose, 3, true, Set.of(committee(committee)), 0);
    }

    /** A grant decided by {@code decidedBy} for an exchange from {@code first} to {@code last}. */
    static AssociationGrant grant(MunicipalityCode code, String association, GrantStatus status, Body decidedBy,
            LocalDate first, LocalDate last, Optional<LocalDate> followedUpOn) {
        LocalDate appliedOn = first.minusMonths(3);
        boolean decided = status != GrantStatus.APPLIED;
        boolean granted = status == GrantStatus.GRANTED || status == GrantStatus.FOLLOWED_UP;
        return AssociationGrant.restore(new GrantId(uuid("grant/" + association)), code, association,
                "Youth exchange with the twin town", true, Money.sek("20000"), Money.sek("5000"),
                DateRange.of(first, last), appliedOn, status,
                decided ? Optional.of(Decision.of(decidedBy, appliedOn.plusWeeks(2), "TUS 2026/12"))
                        : Optional.empty(),
                granted ? Optional.of(Money.sek("15000")) : Optional.empty(),
                status == GrantStatus.FOLLOWED_UP
                        ? Optional.of(new AssociationGrant.FollowUp(followedUpOn.orElseThrow(), "Went as planned"))
                        : Optional.empty(),
                0);
    }

    static FundingProgramme programme(MunicipalityCode code, String name) {
        return FundingProgramme.register(new ProgrammeId(uuid("programme/" + name)), code, name,
                "European Commission", FundingSource.EU, Money.EUR, new BigDecimal("0.80"),
                EnumSet.of(Area.EDUCATION));
    }

    /**
     * A project that ran from {@code started}, and was completed on {@code completed} and its final report submitted
     * on {@code reported}, where present.
     */
    static Project project(MunicipalityCode code, String title, String committee, Optional<ProgrammeId> programme,
            LocalDate started, Optional<LocalDate> completed, Optional<LocalDate> reported) {
        List<ProjectStep> history = new ArrayList<>();
        history.add(new ProjectStep(ProjectStatus.IDEA, ProjectStatus.RUNNING, started, Optional.empty()));
        ProjectStatus status = ProjectStatus.RUNNING;
        if (completed.isPresent()) {
            history.add(new ProjectStep(status, ProjectStatus.COMPLETED, completed.get(), Optional.empty()));
            status = ProjectStatus.COMPLETED;
            if (reported.isPresent()) {
                history.add(new ProjectStep(status, ProjectStatus.FINAL_REPORT_SUBMITTED, reported.get(),
                        Optional.empty()));
                status = ProjectStatus.FINAL_REPORT_SUBMITTED;
            }
        }
        Money zero = Money.zero(Money.EUR);
        return Project.builder().id(new ProjectId(uuid("project/" + title))).municipality(code).title(title)
                .kind(ProjectKind.PROJECT)
                .owner(UnitId.of(ObligationKeys.slug("Unit of " + committee)), committee(committee))
                .participants(List.of("Unit of " + committee, "Partner")).countries(Set.of(CountryCode.of("DE")))
                .programme(programme).areas(Set.of(Area.EDUCATION)).goals(List.of("A clear goal"))
                .budget(new Budget(zero, zero, zero)).externalFundingExplored(true).budgetedInUnitPlan(true)
                .registeredOn(started).status(status, history).build();
    }

    /** A register builder with empty lists by default. */
    static RegisterBuilder register(Municipality municipality) {
        return new RegisterBuilder(municipality);
    }

    static final class RegisterBuilder {
        private final Municipality municipality;
        private final List<Partnership> partnerships = new ArrayList<>();
        private final List<Project> projects = new ArrayList<>();
        private final List<FundingProgramme> programmes = new ArrayList<>();
        private final List<AssociationGrant> grants = new ArrayList<>();
        private final List<Visit> visits = new ArrayList<>();
        private final List<ObligationRecord> records = new ArrayList<>();

        private RegisterBuilder(Municipality municipality) {
            this.municipality = municipality;
        }

        RegisterBuilder with(Partnership... items) {
            partnerships.addAll(List.of(items));
            return this;
        }

        RegisterBuilder with(Project... items) {
            projects.addAll(List.of(items));
            return this;
        }

        RegisterBuilder with(FundingProgramme... items) {
            programmes.addAll(List.of(items));
            return this;
        }

        RegisterBuilder with(AssociationGrant... items) {
            grants.addAll(List.of(items));
            return this;
        }

        RegisterBuilder with(Visit... items) {
            visits.addAll(List.of(items));
            return this;
        }

        RegisterBuilder with(ObligationRecord... items) {
            records.addAll(List.of(items));
            return this;
        }

        Register build() {
            return new Register(municipality, ImmutableList.of(), ImmutableList.copyOf(partnerships),
                    ImmutableList.copyOf(projects), ImmutableList.copyOf(programmes), ImmutableList.of(),
                    ImmutableList.copyOf(grants), ImmutableList.copyOf(visits), ImmutableList.copyOf(records));
        }
    }

    /** A copy of {@code register} with further obligation records. */
    static Register withRecords(Register register, ObligationRecord... records) {
        return new Register(register.municipality(), register.partners(), register.partnerships(),
                register.projects(), register.programmes(), register.calls(), register.grants(), register.visits(),
                ImmutableList.<ObligationRecord>builder().addAll(register.obligationRecords()).add(records).build());
    }

    /** A copy of {@code register} with further visits. */
    static Register withVisits(Register register, Visit... visits) {
        return new Register(register.municipality(), register.partners(), register.partnerships(),
                register.projects(), register.programmes(), register.calls(), register.grants(),
                ImmutableList.<Visit>builder().addAll(register.visits()).add(visits).build(),
                register.obligationRecords());
    }
}
