package se.omvarld.adapter.http.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import se.omvarld.adapter.http.Description;
import se.omvarld.adapter.http.MayBeAbsent;

/** The bodies of the partner and partnership routes. */
public final class PartnershipDtos {

    private PartnershipDtos() {
    }

    @Description("A foreign counterpart to register.")
    public record RegisterPartnerRequest(
            @NotNull ApiEnums.PartnerKind kind,
            @NotBlank @Size(max = 200) String name,
            @NotNull @Pattern(regexp = CommonDtos.COUNTRY, message = "must be an ISO 3166-1 alpha-2 code")
            String country,
            @NotBlank @Size(max = 200) String locality) {
    }

    @Description("A foreign counterpart of the municipality.")
    public record PartnerView(String id, ApiEnums.PartnerKind kind, String name, String country, String locality,
            long version) {
    }

    @Description("A partnership to propose with a registered partner.")
    public record ProposePartnershipRequest(
            @NotNull @Pattern(regexp = CommonDtos.UUID, message = "must be a UUID") String partnerId,
            @NotNull ApiEnums.PartnershipKind kind,
            @NotBlank @Size(max = 200) String title,
            @NotNull @Size(max = 20) Set<ApiEnums.@NotNull Area> areas,
            @NotNull @Size(max = 10) Set<ApiEnums.@NotNull FundingSource> fundingSources,
            @NotNull LocalDate proposedOn,
            boolean counterpartValuesFormalAgreement,
            @NotNull @Size(max = 50) Set<@NotNull @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                    message = "must be a committee id such as barn-och-skolnamnden") String> committeeIds) {
    }

    @Description("The benefit/risk analysis of a partnership (R1: nytto- och riskanalys).")
    public record RecordAnalysisRequest(
            @NotBlank @Size(max = 4000) String purpose,
            @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 4000) String> goals,
            @NotBlank @Size(max = 4000) String partnerChoiceReason,
            @NotBlank @Size(max = 4000) String benefits,
            @NotBlank @Size(max = 4000) String risks,
            @NotNull LocalDate madeOn) {
    }

    @Description("A democracy plan: the reflection on democratic processes that cooperation in a country that is"
            + " not a democracy carries (R2).")
    public record RecordDemocracyPlanRequest(
            @NotBlank @Size(max = 4000) String reflection,
            @NotNull LocalDate adoptedOn) {
    }

    @Description("A benefit/risk analysis.")
    public record AnalysisView(String purpose, List<String> goals, String partnerChoiceReason, String benefits,
            String risks, LocalDate madeOn) {
    }

    @Description("A democracy plan.")
    public record DemocracyPlanView(String reflection, LocalDate adoptedOn) {
    }

    @Description("A change of a partnership's status, and the decision that made it.")
    public record StatusChangeView(ApiEnums.PartnershipStatus from, ApiEnums.PartnershipStatus to,
            CommonDtos.DecisionView decision) {
    }

    @Description("A partnership, whole.")
    public record PartnershipView(String id, String partnerId, String country, ApiEnums.PartnershipKind kind,
            String title, Set<ApiEnums.Area> areas, Set<ApiEnums.FundingSource> fundingSources,
            Set<String> committeeIds, LocalDate proposedOn, ApiEnums.PartnershipStatus status,
            @MayBeAbsent LocalDate activatedOn, @MayBeAbsent LocalDate terminatedOn,
            boolean counterpartValuesFormalAgreement, @MayBeAbsent AnalysisView analysis,
            @MayBeAbsent DemocracyPlanView democracyPlan, List<StatusChangeView> history, long version,
            List<CommonDtos.AdviceView> advice) {
    }

    @Description("One line of a list of partnerships.")
    public record PartnershipSummaryView(String id, String title, ApiEnums.PartnershipKind kind,
            ApiEnums.PartnershipStatus status, String partnerId, String partnerName, String country,
            String locality, LocalDate proposedOn, @MayBeAbsent LocalDate activatedOn, long version) {
    }
}
