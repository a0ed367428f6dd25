package se.omvarld.application;

import static se.omvarld.application.PartnershipCommands.CODE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import se.omvarld.domain.municipality.UnitKind;

/** The commands of {@link MunicipalityUseCases}: a municipality and its organisation. */
public final class MunicipalityCommands {

    private MunicipalityCommands() {
    }

    public record AdministrationInput(@NotBlank String name, @NotBlank String committee, String representativeName,
            String representativeTitle) {
    }

    public record UnitInput(@NotBlank String name, @NotNull UnitKind kind, @NotBlank String administration) {
    }

    public record Register(
            @NotBlank String actor,
            @NotNull @Pattern(regexp = CODE, message = "must be a four-digit municipality code") String code,
            @NotBlank String name,
            @NotEmpty List<@NotBlank String> committees,
            @NotNull List<@NotNull @Valid AdministrationInput> administrations,
            @NotNull List<@NotNull @Valid UnitInput> units) {
    }

    /** Renames a committee, e.g. after an election; its id stays. */
    public record RenameCommittee(
            @NotBlank String actor,
            @NotNull @Pattern(regexp = CODE, message = "must be a four-digit municipality code") String municipality,
            @NotNull @PositiveOrZero Long expectedVersion,
            @NotBlank String committeeId,
            @NotBlank @Size(max = 200) String name) {
    }

    /** Renames a unit; its id, and the projects it owns, stay. */
    public record RenameUnit(
            @NotBlank String actor,
            @NotNull @Pattern(regexp = CODE, message = "must be a four-digit municipality code") String municipality,
            @NotNull @PositiveOrZero Long expectedVersion,
            @NotBlank String unitId,
            @NotBlank @Size(max = 200) String name) {
    }

    /** R4: an administration appoints its representative in the international group. */
    public record AppointRepresentative(
            @NotBlank String actor,
            @NotNull @Pattern(regexp = CODE, message = "must be a four-digit municipality code") String municipality,
            @NotNull @PositiveOrZero Long expectedVersion,
            @NotBlank String administration,
            @NotBlank String name,
            @NotBlank String title) {
    }

    /**
     * Records the municipality's organisation number (organisationsnummer), written "212000-1710" or "2120001710":
     * what identifies it abroad, e.g. in IATI.
     */
    public record SetOrganisationNumber(
            @NotBlank String actor,
            @NotNull @Pattern(regexp = CODE, message = "must be a four-digit municipality code") String municipality,
            @NotNull @PositiveOrZero Long expectedVersion,
            @NotBlank String organisationNumber) {
    }
}
