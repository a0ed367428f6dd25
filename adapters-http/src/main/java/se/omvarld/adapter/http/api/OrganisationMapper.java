package se.omvarld.adapter.http.api;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import se.omvarld.application.MunicipalityCommands;
import se.omvarld.domain.municipality.Administration;
import se.omvarld.domain.municipality.Committee;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.municipality.Representative;
import se.omvarld.domain.municipality.Unit;

/** Maps the organisation DTOs to the core's commands, and a municipality to its view. */
@Mapper(uses = CommonMapper.class)
public interface OrganisationMapper {

    @Mapping(target = "actor", source = "actor")
    @Mapping(target = "municipality", source = "municipality")
    @Mapping(target = "expectedVersion", source = "expectedVersion")
    @Mapping(target = "committeeId", source = "committeeId")
    MunicipalityCommands.RenameCommittee command(OrganisationDtos.RenameCommitteeRequest request, String actor,
            String municipality, Long expectedVersion, String committeeId);

    @Mapping(target = "actor", source = "actor")
    @Mapping(target = "municipality", source = "municipality")
    @Mapping(target = "expectedVersion", source = "expectedVersion")
    @Mapping(target = "unitId", source = "unitId")
    MunicipalityCommands.RenameUnit command(OrganisationDtos.RenameUnitRequest request, String actor,
            String municipality, Long expectedVersion, String unitId);

    @Mapping(target = "actor", source = "actor")
    @Mapping(target = "municipality", source = "municipality")
    @Mapping(target = "expectedVersion", source = "expectedVersion")
    MunicipalityCommands.AppointRepresentative command(OrganisationDtos.AppointRepresentativeRequest request,
            String actor, String municipality, Long expectedVersion);

    OrganisationDtos.CommitteeView view(Committee committee);

    OrganisationDtos.RepresentativeView view(Representative representative);

    @Mapping(target = "committeeId", source = "committee")
    OrganisationDtos.AdministrationView view(Administration administration);

    OrganisationDtos.UnitView view(Unit unit);

    /** A municipality is a class, not a record: its view is put together here, from the mapped parts. */
    default OrganisationDtos.MunicipalityView view(Municipality m) {
        return new OrganisationDtos.MunicipalityView(m.code().value(), m.name(), m.registeredOn(),
                m.committees().stream().map(this::view).toList(),
                m.administrations().stream().map(this::view).toList(),
                m.units().stream().map(this::view).toList(), m.version());
    }

    default OrganisationDtos.RepresentativeView representative(java.util.Optional<Representative> representative) {
        return representative.map(this::view).orElse(null);
    }
}
