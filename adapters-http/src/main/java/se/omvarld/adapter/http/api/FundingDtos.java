package se.omvarld.adapter.http.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import se.omvarld.adapter.http.Description;

/** The bodies of the funding routes: programmes and their calls. */
public final class FundingDtos {

    static final String RATE = "\\d(\\.\\d{1,10})?";

    private FundingDtos() {
    }

    @Description("A funding programme or fund the municipality watches, e.g. Erasmus+, Nordplus, Interreg, ICLD.")
    public record RegisterProgrammeRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 200) String funder,
            @NotNull ApiEnums.FundingSource source,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code") String currency,
            @NotNull @Pattern(regexp = RATE, message = "must be a decimal number with at most 10 decimals, as text")
            @Description("The share of eligible costs the funder pays, above 0 and at most 1, as text (\"0.75\").")
            String coFinancingRate,
            @NotNull @Size(max = 20) Set<ApiEnums.@NotNull Area> eligibleAreas) {
    }

    @Description("A funding programme the municipality watches.")
    public record ProgrammeView(String id, String name, String funder, ApiEnums.FundingSource source,
            String currency, String coFinancingRate, Set<ApiEnums.Area> eligibleAreas, long version) {
    }

    @Description("A call for applications (utlysning) to publish under a registered programme.")
    public record PublishCallRequest(
            @NotNull @Pattern(regexp = CommonDtos.UUID, message = "must be a UUID") String programmeId,
            @NotBlank @Size(max = 200) String title,
            @NotEmpty @Size(max = 20) Set<ApiEnums.@NotNull Area> areas,
            @NotNull LocalDate opens,
            @NotNull LocalDate deadline) {
    }

    @Description("A call for applications (utlysning) under a programme, open from its opening day to its"
            + " deadline.")
    public record CallView(String id, String programmeId, String title, Set<ApiEnums.Area> areas, LocalDate opens,
            LocalDate deadline, long version) {
    }
}
