package se.omvarld.application;

import static se.omvarld.application.PartnershipCommands.CODE;
import static se.omvarld.application.PartnershipCommands.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import se.omvarld.domain.shared.BodyKind;

/** The commands of {@link GrantUseCases}: association grants (R14). */
public final class GrantCommands {

    private GrantCommands() {
    }

    /** An association applies for a grant for an exchange. */
    public record Apply(
            @NotBlank String actor,
            @NotNull @Pattern(regexp = CODE, message = "must be a four-digit municipality code") String municipality,
            @NotBlank @Size(max = 200) String association,
            @NotBlank String purpose,
            boolean purposeAnchored,
            @NotNull @Valid ProjectCommands.Amount requested,
            @NotNull @Valid ProjectCommands.Amount ownFinancing,
            @NotNull LocalDate exchangeStart,
            @NotNull LocalDate exchangeEnd,
            @NotNull LocalDate appliedOn) {
    }

    /** The deciding body grants (with an amount) or rejects (without one) the application. */
    public record Decide(
            @NotBlank String actor,
            @NotNull @Pattern(regexp = CODE, message = "must be a four-digit municipality code") String municipality,
            @NotNull @Pattern(regexp = UUID, message = "must be a UUID") String grantId,
            @NotNull @PositiveOrZero Long expectedVersion,
            boolean granted,
            @Valid ProjectCommands.Amount amount,
            @NotNull BodyKind decidedByKind,
            @NotBlank String decidedByName,
            @NotNull LocalDate decidedOn,
            @Size(max = 100) String reference) {
    }

    /** The association's follow-up report after the exchange. */
    public record FollowUp(
            @NotBlank String actor,
            @NotNull @Pattern(regexp = CODE, message = "must be a four-digit municipality code") String municipality,
            @NotNull @Pattern(regexp = UUID, message = "must be a UUID") String grantId,
            @NotNull @PositiveOrZero Long expectedVersion,
            @NotNull LocalDate submittedOn,
            @NotBlank String summary) {
    }
}
