package se.omvarld.domain.obligation;

import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import se.omvarld.domain.funding.FundingProgramme;
import se.omvarld.domain.grant.AssociationGrant;
import se.omvarld.domain.grant.GrantStatus;
import se.omvarld.domain.municipality.Committee;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.policy.RuleId;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.register.ObligationPlanner;
import se.omvarld.domain.register.Register;
import se.omvarld.domain.shared.Body;
import se.omvarld.domain.shared.BodyKind;
import se.omvarld.domain.shared.DateRange;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnershipKind;
import se.omvarld.domain.visit.Visit;

/**
 * QuickTheories generators of random registers, profiles and planning periods for the planner's properties.
 * A generated {@link Scenario} holds plain specifications; {@link Scenario#register} builds fresh objects from them
 * on every call (ids are name-based, so every build has the same ids), optionally with every list shuffled.
 */
final class RegisterGenerators {

    static final MunicipalityCode CODE = MunicipalityCode.of("1494");
    static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2035, 12, 31);

    /** Committee names, among them two that give the same slug and some with characters a key cannot hold. */
    private static final List<String> COMMITTEES = List.of("Barn- och skolnämnden", "Utbildningsnämnden",
            "Kultur & Fritid", "Miljönämnden", "Miljonämnden", "Socialnämnden i Tyresö", "Tekniska nämnden",
            "Överförmyndarnämnden", "Ålandsnämnden (test)", "Vård- och omsorgsnämnden");

    private RegisterGenerators() {
    }

    // ------------------------------------------------------------------------------------------------ specs

    record PartnershipSpec(PartnershipKind kind, LocalDate activated, Optional<Integer> endsAfterDays) {
    }

    record VisitSpec(int partnership, LocalDate first, int days) {
    }

    record GrantSpec(GrantStatus status, LocalDate first, int days, int followedUpAfterDays) {
    }

    record ProjectSpec(boolean withProgramme, LocalDate started, Optional<Integer> ranDays,
            Optional<Integer> reportedAfterDays) {
    }

    /** Which planned obligation gets a record (a kind, then one of that kind), and how. */
    record RecordSpec(int kind, int position, boolean submitted, int daysAfterDue) {
    }

    record RegisterSpec(List<String> committees, List<PartnershipSpec> partnerships, List<VisitSpec> visits,
            List<GrantSpec> grants, List<ProjectSpec> projects, List<RecordSpec> records) {
    }

    /** A profile, a register and a planning period. */
    record Scenario(PolicyProfile profile, RegisterSpec spec, DateRange period) {

        Register register() {
            return register(Optional.empty());
        }

        /** The same register with every list in another order, chosen by {@code seed}. */
        Register shuffledRegister(long seed) {
            return register(Optional.of(new Random(seed)));
        }

        private Register register(Optional<Random> shuffle) {
            // Records for some of what the planner derives, added one at a time so that each can settle an
            // obligation the one before brought into being (a submitted revision dates the next, R10). Each record
            // picks a kind of obligation among those planned, then one of that kind, by position in the planned
            // list, which does not depend on the shuffle.
            // Up to five years before the period, so that a record can restart a revision chain leading into it.
            DateRange horizon = DateRange.of(period.start().minusYears(5), period.end());
            List<ObligationRecord> records = new ArrayList<>();
            for (RecordSpec r : spec.records()) {
                ImmutableList<ReportingObligation> unsettled = ObligationPlanner.plan(profile,
                        build(spec, records, Optional.empty()), horizon).stream()
                        .filter(o -> o.settled().isEmpty()).collect(ImmutableList.toImmutableList());
                List<ObligationKind> kinds = unsettled.stream().map(ReportingObligation::kind).distinct().sorted()
                        .toList();
                if (kinds.isEmpty()) {
                    break;
                }
                ObligationKind kind = kinds.get(r.kind() % kinds.size());
                List<ReportingObligation> ofKind = unsettled.stream().filter(o -> o.kind() == kind).toList();
                ReportingObligation o = ofKind.get(r.position() % ofKind.size());
                LocalDate on = o.due().plusDays(r.daysAfterDue());
                records.add(r.submitted()
                        ? ObligationRecord.submitted(o.key(), CODE, on, "Submitted")
                        : ObligationRecord.waived(o.key(), CODE, on, "Waived"));
            }
            return build(spec, records, shuffle);
        }
    }

    private static Register build(RegisterSpec spec, List<ObligationRecord> records, Optional<Random> shuffle) {
        Municipality municipality = Municipality.of(CODE, "Lidköping",
                Committee.named(shuffled(spec.committees(), shuffle)), List.of(), List.of(),
                PlannerExamples.REGISTERED_ON);
        List<Partnership> partnerships = new ArrayList<>();
        for (int i = 0; i < spec.partnerships().size(); i++) {
            PartnershipSpec p = spec.partnerships().get(i);
            partnerships.add(PlannerExamples.partnership(CODE, "partner " + i, p.kind(), p.activated(),
                    p.endsAfterDays().map(d -> p.activated().plusDays(d))));
        }
        List<Visit> visits = new ArrayList<>();
        for (int i = 0; i < spec.visits().size(); i++) {
            VisitSpec v = spec.visits().get(i);
            Optional<Partnership> within = v.partnership() < partnerships.size()
                    ? Optional.of(partnerships.get(v.partnership())) : Optional.empty();
            visits.add(PlannerExamples.visit(CODE, "visit " + i, within.map(Partnership::id), v.first(),
                    v.first().plusDays(v.days())));
        }
        List<AssociationGrant> grants = new ArrayList<>();
        for (int i = 0; i < spec.grants().size(); i++) {
            GrantSpec g = spec.grants().get(i);
            LocalDate last = g.first().plusDays(g.days());
            grants.add(PlannerExamples.grant(CODE, "association " + i, g.status(),
                    new Body(BodyKind.ADMINISTRATION, "Sector " + (i % 2)), g.first(), last,
                    Optional.of(last.plusDays(g.followedUpAfterDays()))));
        }
        FundingProgramme programme = PlannerExamples.programme(CODE, "Erasmus+");
        List<Project> projects = new ArrayList<>();
        for (int i = 0; i < spec.projects().size(); i++) {
            ProjectSpec p = spec.projects().get(i);
            Optional<LocalDate> completed = p.ranDays().map(d -> p.started().plusDays(d));
            projects.add(PlannerExamples.project(CODE, "project " + i, "Committee " + (i % 2),
                    p.withProgramme() ? Optional.of(programme.id()) : Optional.empty(), p.started(), completed,
                    completed.flatMap(c -> p.reportedAfterDays().map(c::plusDays))));
        }
        return new Register(municipality, ImmutableList.of(), shuffled(partnerships, shuffle),
                shuffled(projects, shuffle), ImmutableList.of(programme), ImmutableList.of(),
                shuffled(grants, shuffle), shuffled(visits, shuffle), shuffled(records, shuffle));
    }

    private static <T> ImmutableList<T> shuffled(List<T> items, Optional<Random> shuffle) {
        List<T> copy = new ArrayList<>(items);
        shuffle.ifPresent(random -> Collections.shuffle(copy, random));
        return ImmutableList.copyOf(copy);
    }

    // ------------------------------------------------------------------------------------------- generators

    static Gen<LocalDate> dates(LocalDate from, LocalDate to) {
        return Generate.longRange(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    static Gen<LocalDate> dates() {
        return dates(EARLIEST, LATEST);
    }

    private static <T> Gen<Optional<T>> optional(Gen<T> gen) {
        return Generate.booleans().zip(gen, (present, value) -> present ? Optional.of(value) : Optional.empty());
    }

    static Gen<MonthDay> monthDays() {
        return Generate.range(1, 12).zip(Generate.range(1, 31),
                (month, day) -> MonthDay.of(month, Math.min(day, Month.of(month).maxLength())));
    }

    /** Which of the planner's rules apply, and their parameters. */
    static Gen<PolicyProfile> profiles() {
        Gen<Integer> ruleMask = Generate.range(0, 63);
        Gen<Optional<Period>> evaluationInterval = optional(Generate.range(1, 36).map(Period::ofMonths));
        Gen<Optional<LocalDate>> adopted = optional(dates(LocalDate.of(2000, 1, 1), LocalDate.of(2030, 12, 31)));
        Gen<Period> revisionInterval = Generate.range(6, 72).map(Period::ofMonths);
        Gen<List<Integer>> days = lists().of(Generate.range(1, 200)).ofSize(3);
        Gen<List<MonthDay>> annualDays = lists().of(monthDays()).ofSize(2);
        Gen<PolicyProfile.Builder> rulesAndR9R10 = ruleMask.zip(evaluationInterval, adopted, revisionInterval,
                (mask, interval, adoptedOn, revision) -> {
                    PolicyProfile.Builder b = PolicyProfile.builder(CODE, "Generated policy");
                    RuleId[] planned = {RuleId.R5, RuleId.R6, RuleId.R8, RuleId.R9, RuleId.R10, RuleId.R11};
                    for (int i = 0; i < planned.length; i++) {
                        if ((mask & (1 << i)) != 0) {
                            b.rules(planned[i]);
                        }
                    }
                    interval.ifPresent(b::twinTownEvaluationInterval);
                    adoptedOn.ifPresent(b::strategyAdoptedOn);
                    return b.strategyRevisionInterval(revision);
                });
        return rulesAndR9R10.zip(days, annualDays, (b, d, md) -> b
                .visitReportWithin(Period.ofDays(d.get(0)))
                .grantFollowUpWithin(Period.ofDays(d.get(1)))
                .projectFinalReportWithin(Period.ofDays(d.get(2)))
                .annualCompilationDue(md.get(0))
                .annualReportSectionDue(md.get(1))
                .build());
    }

    static Gen<List<String>> committees() {
        return Generate.range(0, (1 << COMMITTEES.size()) - 1).map(mask -> {
            List<String> chosen = new ArrayList<>();
            for (int i = 0; i < COMMITTEES.size(); i++) {
                if ((mask & (1 << i)) != 0) {
                    chosen.add(COMMITTEES.get(i));
                }
            }
            return chosen;
        });
    }

    static Gen<PartnershipSpec> partnerships() {
        // Twin towns half the time: they are what R8 and R9 are about.
        Gen<PartnershipKind> kinds = Generate.pick(List.of(PartnershipKind.TWIN_TOWN, PartnershipKind.TWIN_TOWN,
                PartnershipKind.TWIN_TOWN, PartnershipKind.TWIN_TOWN, PartnershipKind.COOPERATION_AGREEMENT,
                PartnershipKind.INDUSTRIAL_PARTNERSHIP, PartnershipKind.MUNICIPAL_PARTNERSHIP,
                PartnershipKind.NETWORK_MEMBERSHIP));
        return kinds.zip(dates(), optional(Generate.range(0, 8000)),
                PartnershipSpec::new);
    }

    static Gen<VisitSpec> visits() {
        return Generate.range(0, 5).zip(dates(), Generate.range(0, 14), VisitSpec::new);
    }

    static Gen<GrantSpec> grants() {
        return Generate.enumValues(GrantStatus.class).zip(dates(), Generate.range(0, 30), Generate.range(0, 300),
                GrantSpec::new);
    }

    static Gen<ProjectSpec> projects() {
        return Generate.booleans().zip(dates(), optional(Generate.range(0, 1500)), optional(Generate.range(0, 200)),
                ProjectSpec::new);
    }

    static Gen<RecordSpec> records() {
        return Generate.range(0, 7).zip(Generate.range(0, 1000), Generate.booleans(), Generate.range(-400, 400),
                RecordSpec::new);
    }

    static Gen<RegisterSpec> registers() {
        Gen<List<PartnershipSpec>> partnerships = lists().of(partnerships()).ofSizeBetween(0, 4);
        Gen<List<VisitSpec>> visits = lists().of(visits()).ofSizeBetween(0, 6);
        Gen<List<GrantSpec>> grants = lists().of(grants()).ofSizeBetween(0, 3);
        Gen<List<ProjectSpec>> projects = lists().of(projects()).ofSizeBetween(0, 3);
        Gen<List<RecordSpec>> records = lists().of(records()).ofSizeBetween(0, 6);
        Gen<Extras> extras = grants.zip(projects, records, Extras::new);
        return committees().zip(partnerships, visits, extras, (c, p, v, e) -> new RegisterSpec(c, p, v, e.grants(),
                e.projects(), e.records()));
    }

    private record Extras(List<GrantSpec> grants, List<ProjectSpec> projects, List<RecordSpec> records) {
    }

    /** A planning period of up to about eleven years, starting between 2000 and 2035. */
    static Gen<DateRange> periods() {
        return dates(LocalDate.of(2000, 1, 1), LATEST).zip(Generate.range(0, 4000),
                (start, days) -> DateRange.of(start, start.plusDays(days)));
    }

    static Gen<Scenario> scenarios() {
        return profiles().zip(registers(), periods(), Scenario::new);
    }

}
