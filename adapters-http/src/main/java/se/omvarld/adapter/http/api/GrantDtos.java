package se.omvarld.adapter.http.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import se.omvarld.adapter.http.Description;
import se.omvarld.adapter.http.MayBeAbsent;

/** The bodies of the association grant routes (R14: bidrag till förening). */
public final class GrantDtos {

    private GrantDtos() {
    }

    @Description("An association's application for a grant for an international exchange, in SEK.")
    public record ApplyForGrantRequest(
            @NotBlank @Size(max = 200) String association,
            @NotBlank @Size(max = 4000) String purpose,
            @Description("Whether the purpose is anchored (förankrat) in the association, e.g. by its board (R14).")
            boolean purposeAnchored,
            @NotNull @Valid CommonDtos.Money requested,
            @Description("What the association pays itself (egenfinansiering).")
            @NotNull @Valid CommonDtos.Money ownFinancing,
            @NotNull LocalDate exchangeStart,
            @NotNull LocalDate exchangeEnd,
            @NotNull LocalDate appliedOn) {
    }

    @Description("The decision on a grant: granted (with the amount, in SEK, up to the requested) or rejected"
            + " (without one); R14 may refuse a grant.")
    public record DecideGrantRequest(
            boolean granted,
            @Description("The granted amount: required when granted, absent when rejected.")
            @Valid CommonDtos.Money amount,
            @NotNull ApiEnums.BodyKind decidedByKind,
            @NotBlank @Size(max = 200) String decidedByName,
            @NotNull LocalDate decidedOn,
            @Size(max = 100) String reference) {
    }

    @Description("The association's follow-up report after the exchange.")
    public record FollowUpGrantRequest(
            @NotNull LocalDate submittedOn,
            @NotBlank @Size(max = 4000) String summary) {
    }

    @Description("An association's follow-up report.")
    public record GrantFollowUpView(LocalDate submittedOn, String summary) {
    }

    @Description("A grant to an association for an international exchange.")
    public record GrantView(String id, String association, String purpose, boolean purposeAnchored,
            CommonDtos.Money requested, CommonDtos.Money ownFinancing, LocalDate exchangeStart,
            LocalDate exchangeEnd, LocalDate appliedOn, ApiEnums.GrantStatus status,
            @MayBeAbsent CommonDtos.DecisionView decision, @MayBeAbsent CommonDtos.Money granted,
            @MayBeAbsent GrantFollowUpView followUp, long version, List<CommonDtos.AdviceView> advice) {
    }

    @Description("One line of a list of association grants.")
    public record GrantSummaryView(String id, String association, ApiEnums.GrantStatus status,
            CommonDtos.Money requested, @MayBeAbsent CommonDtos.Money granted, LocalDate exchangeStart,
            LocalDate exchangeEnd, LocalDate appliedOn, long version) {
    }
}
