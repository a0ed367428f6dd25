package se.omvarld.port;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.ProjectId;

/** Projects, each in one municipality's register. */
public interface ProjectRepository {

    Optional<Project> find(MunicipalityCode municipality, ProjectId id);

    /** @throws StaleVersionException if the stored version is not the one {@code project} was read at */
    Project save(Project project);

    /** A page of the municipality's projects, ordered by title, then id (in its canonical text form). */
    Page<Project> page(MunicipalityCode municipality, PageRequest request);

    /** The projects that are part of {@code parent}, ordered by title, then id (in its canonical text form). */
    ImmutableList<Project> children(MunicipalityCode municipality, ProjectId parent);

    /** All the municipality's projects, ordered by title, then id (in its canonical text form). */
    ImmutableList<Project> all(MunicipalityCode municipality);

    /** A page of the list the query asks for, read in one query: the API's list of projects. */
    Page<ProjectSummary> list(MunicipalityCode municipality, ProjectQuery query, PageRequest request);
}
