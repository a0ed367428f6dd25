package se.omvarld.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.omvarld.application.Ports;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.register.Register;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.ProjectId;
import se.omvarld.domain.statistics.ReportedFigures;
import se.omvarld.port.AuditEntry;

/**
 * Loads a register (the demo: Lidköping's) and the figures its municipality reported for earlier years into an empty
 * database, in one transaction, audited.
 */
final class DemoData {

    static final String ACTOR = "demo-data";

    private DemoData() {
    }

    /**
     * Stores {@code register}, and the figures its municipality {@code reported} for earlier years, unless the
     * municipality is stored already; says whether it did.
     */
    static boolean loadIfAbsent(Ports ports, Register register, List<ReportedFigures> reported) {
        MunicipalityCode code = register.municipality().code();
        return ports.transactions().inTransaction(() -> {
            if (ports.municipalities().find(code).isPresent()) {
                return false;
            }
            Loader load = new Loader(ports, code);
            load.audit("municipality", code.value(), ports.municipalities().save(register.municipality()).version());
            register.partners().forEach(p -> load.audit("partner", p.id(), ports.partners().save(p).version()));
            register.programmes().forEach(p -> load.audit("programme", p.id(), ports.funding().save(p).version()));
            register.partnerships().forEach(p -> load.audit("partnership", p.id(),
                    ports.partnerships().save(p).version()));
            parentsFirst(register.projects()).forEach(p -> load.audit("project", p.id(),
                    ports.projects().save(p).version()));
            register.calls().forEach(c -> load.audit("call", c.id(), ports.funding().save(c).version()));
            register.grants().forEach(g -> load.audit("grant", g.id(), ports.grants().save(g).version()));
            register.visits().forEach(v -> load.audit("visit", v.id(), ports.visits().save(v).version()));
            register.obligationRecords().forEach(r -> load.audit("obligation", r.key(),
                    ports.obligations().save(r).version()));
            reported.forEach(f -> load.audit("reported-figures", f.year(),
                    ports.reportedFigures().save(f).version()));
            return true;
        });
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

    private record Loader(Ports ports, MunicipalityCode code) {
        void audit(String type, Object id, long version) {
            ports.audit().append(new AuditEntry(code, ACTOR, ports.clock().now(), type, id.toString(), version,
                    "import", "loaded from the demo register"));
        }
    }
}
