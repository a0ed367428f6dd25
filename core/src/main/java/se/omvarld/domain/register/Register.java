package se.omvarld.domain.register;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;
import se.omvarld.domain.funding.Call;
import se.omvarld.domain.funding.FundingProgramme;
import se.omvarld.domain.grant.AssociationGrant;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.obligation.ObligationKey;
import se.omvarld.domain.obligation.ObligationRecord;
import se.omvarld.domain.partner.Partner;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnerId;
import se.omvarld.domain.shared.PartnershipId;
import se.omvarld.domain.shared.ProgrammeId;
import se.omvarld.domain.shared.ProjectId;
import se.omvarld.domain.visit.Visit;

/**
 * One municipality's whole register at a moment: what the obligation planner, the compliance check and the
 * statistics read. Every record in it belongs to the municipality.
 */
public record Register(Municipality municipality, ImmutableList<Partner> partners,
        ImmutableList<Partnership> partnerships, ImmutableList<Project> projects,
        ImmutableList<FundingProgramme> programmes, ImmutableList<Call> calls, ImmutableList<AssociationGrant> grants,
        ImmutableList<Visit> visits, ImmutableList<ObligationRecord> obligationRecords) {

    public Register {
        checkNotNull(municipality, "municipality is required");
        MunicipalityCode code = municipality.code();
        partners = owned(code, "partner", partners, Partner::municipality);
        partnerships = owned(code, "partnership", partnerships, Partnership::municipality);
        projects = owned(code, "project", projects, Project::municipality);
        programmes = owned(code, "programme", programmes, FundingProgramme::municipality);
        calls = owned(code, "call", calls, Call::municipality);
        grants = owned(code, "grant", grants, AssociationGrant::municipality);
        visits = owned(code, "visit", visits, Visit::municipality);
        obligationRecords = owned(code, "obligation record", obligationRecords, ObligationRecord::municipality);
    }

    private static <T> ImmutableList<T> owned(MunicipalityCode code, String what, Collection<T> items,
            Function<T, MunicipalityCode> owner) {
        checkNotNull(items, "%ss are required", what);
        for (T item : items) {
            checkArgument(owner.apply(item).equals(code), "%s %s belongs to %s, not to %s", what, item,
                    owner.apply(item), code);
        }
        return ImmutableList.copyOf(items);
    }

    public static Register empty(Municipality municipality) {
        return new Register(municipality, ImmutableList.of(), ImmutableList.of(), ImmutableList.of(),
                ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), ImmutableList.of());
    }

    public Optional<Partner> partner(PartnerId id) {
        return partners.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Partnership> partnership(PartnershipId id) {
        return partnerships.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Project> project(ProjectId id) {
        return projects.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<FundingProgramme> programme(ProgrammeId id) {
        return programmes.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<ObligationRecord> record(ObligationKey key) {
        return obligationRecords.stream().filter(r -> r.key().equals(key)).findFirst();
    }
}
