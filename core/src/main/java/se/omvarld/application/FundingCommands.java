package se.omvarld.application;

import static se.omvarld.application.PartnershipCommands.CODE;
import static se.omvarld.application.PartnershipCommands.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.FundingSource;

/** The commands of {@link FundingUseCases}: monitoring of programmes and calls. */
public final class FundingCommands {

    private FundingCommands() {
    }

    public record RegisterProgramme(
            @NotBlank String actor,
            @NotNull @Pattern(regexp = CODE, message = "must be a four-digit municipality code") String municipality,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 200) String funder,
            @NotNull FundingSource source,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code") String currency,
            @NotNull @DecimalMin(value = "0.0", inclusive = false, message = "must be above 0")
            @DecimalMax(value = "1.0", message = "must be at most 1")
            @Digits(integer = 1, fraction = 10, message = "must have at most 10 decimals") BigDecimal coFinancingRate,
            @NotNull Set<@NotNull Area> eligibleAreas) {
    }

    public record PublishCall(
            @NotBlank String actor,
            @NotNull @Pattern(regexp = CODE, message = "must be a four-digit municipality code") String municipality,
            @NotNull @Pattern(regexp = UUID, message = "must be a UUID") String programmeId,
            @NotBlank @Size(max = 200) String title,
            @NotEmpty Set<@NotNull Area> areas,
            @NotNull LocalDate opens,
            @NotNull LocalDate deadline) {
    }
}
