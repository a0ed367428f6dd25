package se.omvarld.adapter.http.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import se.omvarld.adapter.http.Description;
import se.omvarld.adapter.http.MayBeAbsent;

/** The DTOs many route groups share. */
public final class CommonDtos {

    static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    static final String COUNTRY = "[A-Z]{2}";
    static final String AMOUNT = "-?\\d{1,17}(\\.\\d{1,2})?";

    private CommonDtos() {
    }

    /** An exact amount of money: the amount as text, never a binary fraction. */
    @Description("An exact amount of money: the amount as a decimal string with at most two decimals, and its"
            + " ISO 4217 currency.")
    @Description.Input
    public record Money(
            @NotNull @Pattern(regexp = AMOUNT, message = "must be a decimal number with at most 2 decimals, as text")
            String amount,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code") String currency) {
    }

    /** A decision taken on a record (beslut). */
    @Description("A decision: the body that took it, its day and its reference number (diarienummer).")
    @Description.Input
    public record DecisionRequest(
            @NotNull ApiEnums.BodyKind decidedByKind,
            @NotBlank @Size(max = 200) String decidedByName,
            @NotNull LocalDate decidedOn,
            @Size(max = 100) String reference) {
    }

    @Description("A decision that was taken.")
    public record DecisionView(ApiEnums.BodyKind decidedByKind, String decidedByName, LocalDate decidedOn,
            @MayBeAbsent String reference) {
    }

    @Description("What a rule the policy states as a preference said about an action it let through.")
    public record AdviceView(ApiEnums.RuleId rule, String reason, String policy) {
    }

    @Description("One change in a record's history, from the audit trail: who made it, when, and what it was.")
    public record HistoryEntry(Instant at, String actor, String action, String change, long version) {
    }
}
