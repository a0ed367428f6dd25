package se.omvarld.service;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.omvarld.application.FundingCommands;
import se.omvarld.application.FundingUseCases;
import se.omvarld.application.MunicipalityCommands;
import se.omvarld.application.MunicipalityUseCases;
import se.omvarld.application.PartnershipCommands;
import se.omvarld.application.PartnershipUseCases;
import se.omvarld.application.Ports;
import se.omvarld.application.ProjectCommands;
import se.omvarld.application.ProjectUseCases;
import se.omvarld.application.ReportedFiguresCommands;
import se.omvarld.application.ReportedFiguresUseCases;
import se.omvarld.application.Result;
import se.omvarld.application.demo.LidkopingRegister;
import se.omvarld.domain.funding.FundingProgramme;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.partner.Partner;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.project.ProjectStatus;
import se.omvarld.domain.project.ProjectStep;
import se.omvarld.domain.register.Register;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.ProjectId;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;
import se.omvarld.domain.statistics.ReportedFigures;
import se.omvarld.port.AuditEntry;
import se.omvarld.port.IdGenerator;

/**
 * The demo data an empty database gets: the four municipalities of the policies ({@link DemoMunicipalities}), each
 * with its organisation, and Lidköping's register from its public page ({@link LidkopingRegister}) with the figures it
 * reported for 2015 — entered through the use cases, as the actor {@value #ACTOR}, wherever a use case can express
 * the record. Each municipality is loaded in one transaction: all of it or nothing.
 *
 * <p>What the use cases cannot reproduce is saved directly, audited as an import, and named where it happens:
 * Lidköping's municipality (registered on {@link LidkopingRegister#REGISTERED_ON}, where the use case registers
 * today), its four partnerships (active since 1997–2011 without the benefit/risk analysis R1 asks before activation)
 * and the projects the use case refuses to start (partner countries that call for a democracy plan, R2). Ids are
 * the register's own, name-based, so obligation keys derived from them are stable across runs and databases.
 */
final class DemoData {

    static final String ACTOR = "demo-data";

    private DemoData() {
    }

    /** Registers each demo municipality the database does not hold yet; the codes it registered, in order. */
    static ImmutableList<MunicipalityCode> loadIfAbsent(Ports ports) {
        List<MunicipalityCode> loaded = new ArrayList<>();
        for (MunicipalityCommands.Register municipality : DemoMunicipalities.others(ACTOR)) {
            MunicipalityCode code = MunicipalityCode.of(municipality.code());
            if (ports.transactions().inTransaction(() -> ports.municipalities().find(code).isEmpty()
                    && ok(new MunicipalityUseCases(ports).register(municipality), "municipality " + code) != null)) {
                loaded.add(code);
            }
        }
        if (loadLidkopingIfAbsent(ports)) {
            loaded.add(0, LidkopingRegister.CODE);
        }
        return ImmutableList.copyOf(loaded);
    }

    /** Lidköping's organisation and register, unless Lidköping is stored already; says whether it loaded them. */
    static boolean loadLidkopingIfAbsent(Ports ports) {
        MunicipalityCode code = LidkopingRegister.CODE;
        Register register = LidkopingRegister.register();
        PresetIds ids = new PresetIds();
        Ports demo = ports.toBuilder().ids(ids).build();
        return ports.transactions().inTransaction(() -> {
            if (ports.municipalities().find(code).isPresent()) {
                return false;
            }
            Imports imports = new Imports(ports, code);
            // Direct: the use case registers a municipality on today's date, and Lidköping's register follows up its
            // obligations from the day it was made (REGISTERED_ON), which the demo's findings depend on.
            imports.save("municipality", code.value(), ports.municipalities().save(register.municipality()).version());
            PartnershipUseCases partnerships = new PartnershipUseCases(demo);
            for (Partner p : register.partners()) {
                ids.then(p.id().value());
                ok(partnerships.registerPartner(new PartnershipCommands.RegisterPartner(ACTOR, code.value(),
                        p.kind(), p.name(), p.country().value(), p.locality())), "partner " + p.name());
            }
            FundingUseCases funding = new FundingUseCases(demo);
            for (FundingProgramme p : register.programmes()) {
                ids.then(p.id().value());
                ok(funding.registerProgramme(new FundingCommands.RegisterProgramme(ACTOR, code.value(), p.name(),
                        p.funder(), p.source(), p.currency().getCurrencyCode(), p.coFinancingRate(),
                        p.eligibleAreas())), "programme " + p.name());
            }
            // Direct: each partnership has been active since its start year without a recorded benefit/risk analysis
            // (the page shows none), and under Lidköping's R1 the use case rightly refuses to activate it without
            // one. The missing analyses are the register's findings.
            register.partnerships().forEach(p -> imports.save("partnership", p.id(),
                    ports.partnerships().save(p).version()));
            Municipality organisation = register.municipality();
            ProjectUseCases projects = new ProjectUseCases(demo);
            for (Project p : DemoData.parentsFirst(register.projects())) {
                ids.then(p.id().value());
                Project idea = ok(projects.registerIdea(ideaOf(p, organisation)), "project " + p.title());
                Result<Project> started = projects.advance(new ProjectCommands.Advance(ACTOR, code.value(),
                        p.id().value().toString(), idea.version(), ProjectCommands.Step.START, started(p), null, null, null,
                        null));
                if (started instanceof Result.Refused<Project>) {
                    // Direct: the page lists the project as running, with partners in a country that calls for a
                    // democracy plan (R2) and none recorded, so the use case refuses to start it. Stored as the
                    // register has it, over the idea; the missing plan is a finding.
                    imports.save("project", p.id(), ports.projects().save(p.withVersion(idea.version())).version());
                } else {
                    ok(started, "start of project " + p.title());
                }
            }
            for (ReportedFigures f : LidkopingRegister.reportedFigures()) {
                ok(new ReportedFiguresUseCases(demo).record(new ReportedFiguresCommands.Record(ACTOR, code.value(),
                        f.year(), f.activities(), f.externalFunding().amount(), f.source(), 0L)),
                        "figures of " + f.year());
            }
            return true;
        });
    }

    private static ProjectCommands.RegisterIdea ideaOf(Project p, Municipality organisation) {
        Function<Money, ProjectCommands.Amount> amount = m -> new ProjectCommands.Amount(m.amount(),
                m.currency().getCurrencyCode());
        return new ProjectCommands.RegisterIdea(ACTOR, p.municipality().value(),
                p.parent().map(id -> id.value().toString()).orElse(null), p.title(), p.kind(),
                organisation.unitName(p.owningUnit()),
                new ProjectCommands.Cooperation(p.participants(),
                        p.partners().stream().map(id -> id.value().toString()).collect(Collectors.toSet()),
                        p.countries().stream().map(CountryCode::value).collect(Collectors.toSet()), p.areas(),
                        p.goals()),
                new ProjectCommands.Funding(p.programme().map(id -> id.value().toString()).orElse(null),
                        amount.apply(p.budget().total()), amount.apply(p.budget().externalFunding()),
                        amount.apply(p.budget().ownContribution()), p.externalFundingExplored(),
                        p.budgetedInUnitPlan()),
                p.registeredOn());
    }

    /** The day the register's project went from idea to running. */
    private static java.time.LocalDate started(Project p) {
        return p.history().stream().filter(s -> s.to() == ProjectStatus.RUNNING).map(ProjectStep::on).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("project " + p.id() + " is not running"));
    }

    /** The value of an ok result; anything else is a fault of the demo data and rolls its transaction back. */
    private static <T> T ok(Result<T> result, String what) {
        checkState(result.isOk(), "the demo data's %s was not accepted: %s", what, result);
        return result.value();
    }

    /** Every project after its parent, so the parent is stored first. */
    static List<Project> parentsFirst(List<Project> projects) {
        List<Project> ordered = new ArrayList<>();
        Set<ProjectId> placed = new HashSet<>();
        List<Project> waiting = new ArrayList<>(projects);
        while (!waiting.isEmpty()) {
            List<Project> ready = waiting.stream()
                    .filter(p -> p.parent().map(placed::contains).orElse(true)
                            || p.parent().map(parent -> waiting.stream().noneMatch(w -> w.id().equals(parent)))
                                    .orElse(true))
                    .toList();
            if (ready.isEmpty()) {
                throw new IllegalArgumentException("the projects' parents form a cycle: " + waiting);
            }
            ready.forEach(p -> placed.add(p.id()));
            ordered.addAll(ready);
            waiting.removeAll(ready);
        }
        return ordered;
    }

    /** The register's own id for the next aggregate a use case creates: set before each such call. */
    private static final class PresetIds implements IdGenerator {
        private UUID next;

        void then(UUID id) {
            next = id;
        }

        @Override
        public UUID next() {
            checkState(next != null, "the demo data gave no id for this aggregate");
            UUID id = next;
            next = null;
            return id;
        }
    }

    /** The audit entry of a record saved directly, as the use cases would have written one. */
    private record Imports(Ports ports, MunicipalityCode code) {
        void save(String type, Object id, long version) {
            ports.audit().append(new AuditEntry(code, ACTOR, ports.clock().now(), type, id.toString(), version,
                    "import", Wording.of(WordingKey.AUDIT_LOADED, "loaded from the demo register")));
        }
    }
}
