package se.omvarld.application;

import static se.omvarld.application.PartnershipCommands.CODE;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/** The commands of {@link RegisterUseCases} about reporting obligations. */
public final class ObligationCommands {

    private ObligationCommands() {
    }

    /** Records that an obligation was submitted to its recipient on a day, or waived (with the reason). */
    public record Settle(
            @NotBlank String actor,
            @NotNull @Pattern(regexp = CODE, message = "must be a four-digit municipality code") String municipality,
            @NotBlank String key,
            boolean waived,
            @NotNull LocalDate on,
            @NotBlank String note) {
    }
}
