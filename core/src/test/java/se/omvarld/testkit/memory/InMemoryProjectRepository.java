package se.omvarld.testkit.memory;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Predicate;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.ProjectId;
import se.omvarld.port.Page;
import se.omvarld.port.PageRequest;
import se.omvarld.port.ProjectQuery;
import se.omvarld.port.ProjectRepository;
import se.omvarld.port.ProjectSummary;

final class InMemoryProjectRepository implements ProjectRepository {

    private static final Comparator<Project> BY_TITLE_THEN_ID = Comparator.comparing(Project::title)
            .thenComparing(p -> Ordering.key(p.id().value()));

    private final MemoryStore store;

    InMemoryProjectRepository(MemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<Project> find(MunicipalityCode municipality, ProjectId id) {
        return store.locked(() -> store.projects.find(Scoped.of(municipality, id)));
    }

    @Override
    public Project save(Project project) {
        return store.locked(() -> store.projects.save(Scoped.of(project.municipality(), project.id()), project));
    }

    @Override
    public Page<Project> page(MunicipalityCode municipality, PageRequest request) {
        return Pages.of(all(municipality), request);
    }

    @Override
    public ImmutableList<Project> children(MunicipalityCode municipality, ProjectId parent) {
        return sorted(p -> p.municipality().equals(municipality) && p.parent().map(parent::equals).orElse(false));
    }

    @Override
    public ImmutableList<Project> all(MunicipalityCode municipality) {
        return sorted(p -> p.municipality().equals(municipality));
    }

    private ImmutableList<Project> sorted(Predicate<Project> filter) {
        return store.locked(() -> store.projects.where(filter).stream().sorted(BY_TITLE_THEN_ID)
                .collect(ImmutableList.toImmutableList()));
    }

    @Override
    public Page<ProjectSummary> list(MunicipalityCode municipality, ProjectQuery query, PageRequest request) {
        Predicate<Project> matches = p -> p.municipality().equals(municipality)
                && query.status().map(s -> p.status() == s).orElse(true)
                && query.kind().map(k -> p.kind() == k).orElse(true)
                && query.unit().map(u -> p.owningUnit().equals(u)).orElse(true)
                && query.programme().map(g -> p.programme().map(g::equals).orElse(false)).orElse(true)
                && query.country().map(c -> p.countries().contains(c)).orElse(true)
                && query.year().map(y -> p.registeredOn().getYear() == y).orElse(true);
        ImmutableList<ProjectSummary> all = store.locked(() -> store.projects.where(matches).stream()
                .sorted(order(query.sort())).map(InMemoryProjectRepository::summary)
                .collect(ImmutableList.toImmutableList()));
        return Pages.of(all, request);
    }

    private static Comparator<Project> order(ProjectQuery.Sort sort) {
        Comparator<Project> first;
        switch (sort) {
            case TITLE:
                first = Comparator.comparing(Project::title);
                break;
            case TITLE_DESCENDING:
                first = Comparator.comparing(Project::title).reversed();
                break;
            case REGISTERED_ON:
                first = Comparator.comparing(Project::registeredOn);
                break;
            case REGISTERED_ON_DESCENDING:
                first = Comparator.comparing(Project::registeredOn).reversed();
                break;
            default:
                throw new IllegalArgumentException("unknown sort " + sort);
        }
        return first.thenComparing(p -> Ordering.key(p.id().value()));
    }

    private static ProjectSummary summary(Project p) {
        return new ProjectSummary(p.id(), p.parent(), p.title(), p.kind(), p.status(), p.owningUnit(), p.committee(),
                p.programme(), p.countries(), p.budget().total(), p.registeredOn(), p.version());
    }
}
