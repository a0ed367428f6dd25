package se.omvarld.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import se.omvarld.domain.twintown.TwinTownRow;

/** The commands of {@link TwinTownUseCases}: importing a list of twin towns, for Sweden or for one municipality. */
public final class TwinTownCommands {

    private TwinTownCommands() {
    }

    /** Makes Sweden's part of {@code rows} the national list of twin towns. */
    public record ImportNational(@NotBlank String actor, @NotNull List<@NotNull TwinTownRow> rows) {
    }

    /** Records the municipality's twin towns among {@code rows} in its register, each one once. */
    public record ImportForMunicipality(
            @NotBlank String actor,
            @NotNull @Pattern(regexp = PartnershipCommands.CODE, message = "must be a four-digit municipality code")
            String municipality,
            @NotNull List<@NotNull TwinTownRow> rows) {
    }
}
