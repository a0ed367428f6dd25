package se.omvarld.application;

import static se.omvarld.application.PartnershipCommands.CODE;
import static se.omvarld.application.PartnershipCommands.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import se.omvarld.domain.project.ProjectKind;
import se.omvarld.domain.project.ProjectStatus;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.BodyKind;

/** The commands of {@link ProjectUseCases}: what a unit's representative and the board ask of projects. */
public final class ProjectCommands {

    private ProjectCommands() {
    }

    /** An exact amount in an ISO 4217 currency, as a command carries it. */
    public record Amount(
            @NotNull @DecimalMin(value = "0.00", message = "must not be negative")
            @Digits(integer = 17, fraction = 2, message = "must have at most 2 decimals") BigDecimal amount,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code") String currency) {
    }

    /** Registers a project idea for a unit, named as its people know it today (the project keeps the unit's id). */
    public record RegisterIdea(
            @NotBlank String actor,
            @NotNull @Pattern(regexp = CODE, message = "must be a four-digit municipality code") String municipality,
            @Pattern(regexp = UUID, message = "must be a UUID") String parentId,
            @NotBlank @Size(max = 200) String title,
            @NotNull ProjectKind kind,
            @NotBlank String owningUnit,
            @NotNull @Valid Cooperation cooperation,
            @NotNull @Valid Funding funding,
            @NotNull LocalDate registeredOn) {
    }

    /** Who takes part, where, in what, and to which goals (R13). */
    public record Cooperation(
            @NotEmpty List<@NotBlank String> participants,
            @NotNull Set<@NotNull @Pattern(regexp = UUID, message = "must be a UUID") String> partnerIds,
            @NotNull Set<@NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String> countries,
            @NotNull Set<@NotNull Area> areas,
            @NotNull List<@NotBlank String> goals) {
    }

    /** The project's money and how it is funded (R12, R15). */
    public record Funding(
            @Pattern(regexp = UUID, message = "must be a UUID") String programmeId,
            @NotNull @Valid Amount total,
            @NotNull @Valid Amount externalFunding,
            @NotNull @Valid Amount ownContribution,
            boolean externalFundingExplored,
            boolean budgetedInUnitPlan) {
    }

    /** Records a democracy plan for a project with partners in non-democratic countries (R2). */
    public record RecordDemocracyPlan(
            @NotBlank String actor,
            @NotNull @Pattern(regexp = CODE, message = "must be a four-digit municipality code") String municipality,
            @NotNull @Pattern(regexp = UUID, message = "must be a UUID") String projectId,
            @NotNull @PositiveOrZero Long expectedVersion,
            @NotBlank String reflection,
            @NotNull LocalDate adoptedOn) {
    }

    /** The lifecycle steps of a project. */
    public enum Step {
        REQUEST_APPROVAL(ProjectStatus.APPROVAL_REQUESTED),
        APPROVE_APPLICATION(ProjectStatus.APPROVED_FOR_APPLICATION),
        SUBMIT_APPLICATION(ProjectStatus.APPLIED),
        GRANT(ProjectStatus.GRANTED),
        REJECT(ProjectStatus.REJECTED),
        WITHDRAW(ProjectStatus.WITHDRAWN),
        START(ProjectStatus.RUNNING),
        COMPLETE(ProjectStatus.COMPLETED),
        SUBMIT_FINAL_REPORT(ProjectStatus.FINAL_REPORT_SUBMITTED);

        private final ProjectStatus to;

        Step(ProjectStatus to) {
            this.to = to;
        }

        /** The status the step takes a project to. */
        public ProjectStatus to() {
            return to;
        }
    }

    /**
     * Moves a project a step. {@code APPROVE_APPLICATION} needs the deciding body; {@code GRANT} needs the granted
     * amount.
     */
    public record Advance(
            @NotBlank String actor,
            @NotNull @Pattern(regexp = CODE, message = "must be a four-digit municipality code") String municipality,
            @NotNull @Pattern(regexp = UUID, message = "must be a UUID") String projectId,
            @NotNull @PositiveOrZero Long expectedVersion,
            @NotNull Step step,
            @NotNull LocalDate on,
            BodyKind decidedByKind,
            String decidedByName,
            @Size(max = 100) String reference,
            @Valid Amount granted) {
    }
}
