package se.omvarld.application;

import static se.omvarld.application.PartnershipCommands.CODE;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import se.omvarld.domain.shared.Text;
import se.omvarld.domain.statistics.ReportedFigures;

/** The commands of {@link ReportedFiguresUseCases}: the figures a municipality reported for earlier years. */
public final class ReportedFiguresCommands {

    private ReportedFiguresCommands() {
    }

    /**
     * Records the figures a municipality reported for a year (expected version 0), or corrects those recorded (the
     * version they were read at). The external funding is in kronor: every reported figure is.
     */
    public record Record(
            @NotBlank String actor,
            @NotNull @Pattern(regexp = CODE, message = "must be a four-digit municipality code") String municipality,
            @NotNull @Min(value = ReportedFigures.FIRST_YEAR, message = "must be " + ReportedFigures.FIRST_YEAR
                    + " or later") @Max(value = ReportedFigures.LAST_YEAR, message = "must be at most "
                    + ReportedFigures.LAST_YEAR) Integer year,
            @NotNull @PositiveOrZero Integer activities,
            @NotNull @DecimalMin(value = "0.00", message = "must not be negative")
            @Digits(integer = 17, fraction = 2, message = "must have at most 2 decimals") BigDecimal externalFundingSek,
            @NotBlank @Size(max = Text.MAX_LENGTH) String source,
            @NotNull @PositiveOrZero Long expectedVersion) {
    }
}
