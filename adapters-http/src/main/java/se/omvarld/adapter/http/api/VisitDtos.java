package se.omvarld.adapter.http.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import se.omvarld.adapter.http.Description;
import se.omvarld.adapter.http.MayBeAbsent;

/** The bodies of the visit routes (besök). */
public final class VisitDtos {

    private VisitDtos() {
    }

    @Description("A visit to record, incoming or outgoing, usually within a partnership. Under R3 an outgoing trip"
            + " needs a digital meeting to have been considered first.")
    public record RecordVisitRequest(
            @Description("The partnership the visit belongs to, if any.")
            @Pattern(regexp = CommonDtos.UUID, message = "must be a UUID") String partnershipId,
            @NotNull ApiEnums.Direction direction,
            @NotNull LocalDate firstDay,
            @NotNull LocalDate lastDay,
            @NotBlank @Size(max = 4000) String purpose,
            @Min(value = 1, message = "must be at least 1") @Max(value = 10000, message = "must be at most 10000")
            int participants,
            boolean digitalMeetingConsidered,
            @Description("The committees whose people travelled or hosted the visit.")
            @NotNull @Size(max = 50) Set<@NotNull @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                    message = "must be a committee id such as barn-och-skolnamnden") String> committeeIds) {
    }

    @Description("A visit, incoming or outgoing.")
    public record VisitView(String id, @MayBeAbsent String partnershipId, ApiEnums.Direction direction,
            LocalDate firstDay, LocalDate lastDay, String purpose, int participants, boolean digitalMeetingConsidered,
            Set<String> committeeIds, long version, List<CommonDtos.AdviceView> advice) {
    }

    @Description("One line of a list of visits.")
    public record VisitSummaryView(String id, @MayBeAbsent String partnershipId, ApiEnums.Direction direction,
            LocalDate firstDay, LocalDate lastDay, String purpose, int participants, long version) {
    }

    @Description("A visit's report (besöksrapport, R8): the file's name and kind, its size and SHA-256, and when and"
            + " by whom it was uploaded. Its bytes are read from the report's own address.")
    public record VisitReportView(String visitId, String fileName, String mediaType, long size, String sha256,
            Instant uploadedAt, String uploadedBy) {
    }
}
