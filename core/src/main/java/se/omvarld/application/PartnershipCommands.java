package se.omvarld.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import se.omvarld.domain.partner.PartnerKind;
import se.omvarld.domain.partnership.PartnershipStatus;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.BodyKind;
import se.omvarld.domain.shared.FundingSource;
import se.omvarld.domain.shared.PartnershipKind;

/** The commands of {@link PartnershipUseCases}: what a coordinator asks of partners and partnerships. */
public final class PartnershipCommands {

    static final String CODE = "\\d{4}";
    static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    static final String COMMITTEE_ID = "[a-z0-9]+(-[a-z0-9]+)*";

    private PartnershipCommands() {
    }

    /** Registers a foreign counterpart. */
    public record RegisterPartner(
            @NotBlank String actor,
            @NotNull @Pattern(regexp = CODE, message = "must be a four-digit municipality code") String municipality,
            @NotNull PartnerKind kind,
            @NotBlank @Size(max = 200) String name,
            @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String country,
            @NotBlank @Size(max = 200) String locality) {
    }

    /** Proposes a partnership with a registered partner. */
    public record Propose(
            @NotBlank String actor,
            @NotNull @Pattern(regexp = CODE, message = "must be a four-digit municipality code") String municipality,
            @NotNull @Pattern(regexp = UUID, message = "must be a UUID") String partnerId,
            @NotNull PartnershipKind kind,
            @NotBlank @Size(max = 200) String title,
            @NotNull Set<@NotNull Area> areas,
            @NotNull Set<@NotNull FundingSource> fundingSources,
            @NotNull LocalDate proposedOn,
            boolean counterpartValuesFormalAgreement,
            @NotNull Set<@NotNull @Pattern(regexp = COMMITTEE_ID, message = "must be a committee id such as"
                    + " barn-och-skolnamnden") String> committeeIds) {
    }

    /** Records the benefit/risk analysis (R1). */
    public record RecordAnalysis(
            @NotBlank String actor,
            @NotNull @Pattern(regexp = CODE, message = "must be a four-digit municipality code") String municipality,
            @NotNull @Pattern(regexp = UUID, message = "must be a UUID") String partnershipId,
            @NotNull @PositiveOrZero Long expectedVersion,
            @NotBlank String purpose,
            @NotEmpty List<@NotBlank String> goals,
            @NotBlank String partnerChoiceReason,
            @NotBlank String benefits,
            @NotBlank String risks,
            @NotNull LocalDate madeOn) {
    }

    /** Records the democracy plan (R2). */
    public record RecordDemocracyPlan(
            @NotBlank String actor,
            @NotNull @Pattern(regexp = CODE, message = "must be a four-digit municipality code") String municipality,
            @NotNull @Pattern(regexp = UUID, message = "must be a UUID") String partnershipId,
            @NotNull @PositiveOrZero Long expectedVersion,
            @NotBlank String reflection,
            @NotNull LocalDate adoptedOn) {
    }

    /** The lifecycle steps a decision can take. */
    public enum Step {
        ACTIVATE(PartnershipStatus.ACTIVE),
        PUT_UNDER_REVIEW(PartnershipStatus.UNDER_REVIEW),
        CONTINUE(PartnershipStatus.ACTIVE),
        TERMINATE(PartnershipStatus.TERMINATED);

        private final PartnershipStatus to;

        Step(PartnershipStatus to) {
            this.to = to;
        }

        /** The status the decision takes a partnership to. */
        public PartnershipStatus to() {
            return to;
        }
    }

    /** A body's decision on a partnership: activate, review, continue or terminate it. */
    public record Decide(
            @NotBlank String actor,
            @NotNull @Pattern(regexp = CODE, message = "must be a four-digit municipality code") String municipality,
            @NotNull @Pattern(regexp = UUID, message = "must be a UUID") String partnershipId,
            @NotNull @PositiveOrZero Long expectedVersion,
            @NotNull Step step,
            @NotNull BodyKind decidedByKind,
            @NotBlank String decidedByName,
            @NotNull LocalDate decidedOn,
            @Size(max = 100) String reference) {
    }
}
