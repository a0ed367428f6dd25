package se.omvarld.application;

import static se.omvarld.application.PartnershipCommands.CODE;
import static se.omvarld.application.PartnershipCommands.COMMITTEE_ID;
import static se.omvarld.application.PartnershipCommands.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Set;
import se.omvarld.domain.visit.Direction;

/** The commands of {@link VisitUseCases}. */
public final class VisitCommands {

    private VisitCommands() {
    }

    /** Records a visit, incoming or outgoing, usually within a partnership. */
    public record Record(
            @NotBlank String actor,
            @NotNull @Pattern(regexp = CODE, message = "must be a four-digit municipality code") String municipality,
            @Pattern(regexp = UUID, message = "must be a UUID") String partnershipId,
            @NotNull Direction direction,
            @NotNull LocalDate firstDay,
            @NotNull LocalDate lastDay,
            @NotBlank String purpose,
            @Min(value = 1, message = "must be at least 1") @Max(value = 10000, message = "must be at most 10000")
            int participants,
            boolean digitalMeetingConsidered,
            @NotNull Set<@NotNull @Pattern(regexp = COMMITTEE_ID, message = "must be a committee id such as"
                    + " barn-och-skolnamnden") String> committeeIds) {
    }

    /**
     * Attaches a report to a visit, replacing any earlier one.
     *
     * @param fileName  the uploaded file's name, whose extension with the content's first bytes says its kind
     * @param mediaType the media type the client claims, if it claims one: it must be the kind found
     * @param content   the file's bytes
     */
    public record AttachReport(
            @NotBlank String actor,
            @NotNull @Pattern(regexp = CODE, message = "must be a four-digit municipality code") String municipality,
            @NotNull @Pattern(regexp = UUID, message = "must be a UUID") String visitId,
            String fileName,
            String mediaType,
            @NotNull byte[] content) {
    }
}
