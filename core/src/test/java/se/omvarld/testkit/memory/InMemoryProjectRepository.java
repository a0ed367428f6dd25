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
import se.omvarld.port.ProjectRepository;

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
}
