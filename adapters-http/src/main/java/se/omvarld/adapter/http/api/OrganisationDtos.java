package se.omvarld.adapter.http.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import se.omvarld.adapter.http.Description;
import se.omvarld.adapter.http.MayBeAbsent;

/** The bodies of the organisation routes: a municipality's committees, administrations, units and representatives. */
public final class OrganisationDtos {

    private OrganisationDtos() {
    }

    @Description("A committee's new name, e.g. after an election; its id, and all recorded against it, stay.")
    public record RenameCommitteeRequest(@NotBlank @Size(max = 200) String name) {
    }

    @Description("A unit's new name; its id, and the projects it owns, stay.")
    public record RenameUnitRequest(@NotBlank @Size(max = 200) String name) {
    }

    @Description("An administration's representative in the international group (R4: internationella gruppen).")
    public record AppointRepresentativeRequest(
            @NotBlank @Size(max = 200) String administration,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 200) String title) {
    }

    @Description("A committee (nämnd): its id, given once from its first name, and its name today.")
    public record CommitteeView(String id, String name) {
    }

    @Description("A person an administration appointed to the international group (R4).")
    public record RepresentativeView(String name, String title) {
    }

    @Description("An administration (förvaltning), the committee it serves, and its representative in the"
            + " international group where one has been appointed (R4).")
    public record AdministrationView(String name, String committeeId,
            @MayBeAbsent RepresentativeView representative) {
    }

    @Description("A unit, school or municipal company under an administration: its id, given once from its first"
            + " name, and its name today.")
    public record UnitView(String id, String name, ApiEnums.UnitKind kind, String administration) {
    }

    @Description("A municipality (kommun) and its organisation.")
    public record MunicipalityView(String code, String name, LocalDate registeredOn, List<CommitteeView> committees,
            List<AdministrationView> administrations, List<UnitView> units, long version) {
    }
}
