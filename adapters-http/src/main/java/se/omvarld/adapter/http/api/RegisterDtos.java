package se.omvarld.adapter.http.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.omvarld.adapter.http.Description;
import se.omvarld.adapter.http.MayBeAbsent;

/** The bodies of the register routes: obligations, compliance findings, statistics and reported figures. */
public final class RegisterDtos {

    /**
     * An obligation key as a path segment: the key with each {@code /} written {@code ~} (a key never holds a
     * {@code ~}), e.g. {@code R5~annual-compilation~2025} for {@code R5/annual-compilation/2025}.
     */
    static final String PATH_KEY = "[A-Za-z0-9][A-Za-z0-9~._:-]{0,199}";

    private RegisterDtos() {
    }

    /** The key as it goes in a path. */
    static String pathKey(String key) {
        return key.replace('/', '~');
    }

    /** The key a path segment names. */
    static String key(String pathKey) {
        return pathKey.replace('~', '/');
    }

    @Description("A body of the municipality or outside it: who answers for a report, or who receives it.")
    public record BodyView(ApiEnums.BodyKind kind, String name) {
    }

    @Description("A report the municipality owes (rapporteringsskyldighet), and whether it was submitted or waived.")
    public record ObligationView(
            @Description("The obligation's stable key, e.g. R5/annual-compilation/2025.") String key,
            @Description("The key as a path segment, each / written ~: what submit and waive take.") String pathKey,
            ApiEnums.ObligationKind kind,
            @MayBeAbsent @Description("The policy rule that imposes it, if one does.") ApiEnums.RuleId rule,
            String subject, LocalDate trigger, LocalDate due, BodyView responsible, BodyView recipient,
            ApiEnums.ObligationStatus status,
            @Description("Pending after its due day, as of today.") boolean overdue,
            @MayBeAbsent @Description("The day it was submitted or waived.") LocalDate settledOn,
            @MayBeAbsent @Description("The note of its submission, or the reason it was waived.") String note) {
    }

    @Description("That an obligation was submitted to its recipient on a day, or waived (the note says why).")
    public record SettleObligationRequest(
            @NotNull LocalDate on,
            @NotBlank @Size(max = 4000) String note) {
    }

    @Description("What was done about an obligation: submitted or waived, on a day, with a note.")
    public record ObligationRecordView(String key, String pathKey, ApiEnums.ObligationStatus status, LocalDate on,
            String note, long version) {
    }

    @Description("A compliance finding (avvikelse): which rule, which record, since when, how severe, and why.")
    public record FindingView(ApiEnums.RuleId rule,
            @Description("The sentence of the policy the rule comes from.") String policy,
            String record, LocalDate since, ApiEnums.Severity severity, String explanation) {
    }

    @Description("A rate to SEK: how many kronor one unit of a currency bought, fixed on a day by a source.")
    public record RateView(String from,
            @Description("Kronor per unit, as an exact decimal string.") String sekPerUnit,
            @Description("The day the rate was fixed (may be before the day asked for).") LocalDate day,
            @Description("Who fixed it, e.g. ECB euro reference rates.") String source) {
    }

    @Description("A project's granted external funding converted to SEK, and the rate it was converted at.")
    public record ConversionView(String projectId, String title, CommonDtos.Money amount, RateView rate,
            CommonDtos.Money sek) {
    }

    @Description("A granted amount that has no rate to SEK on its day: left out of every total, never a zero.")
    public record UnconvertedView(String projectId, String title, CommonDtos.Money amount, LocalDate day) {
    }

    @Description("The international activities of a year, computed from the register.")
    public record ActivitiesView(int partnerships, int projects, int visits, int grants, int total) {
    }

    @Description("The external funding granted in a year, in SEK, computed from the register; each conversion"
            + " names its rate's day and source.")
    public record FundingView(CommonDtos.Money total,
            @Description("Whether every granted amount could be converted.") boolean complete,
            @MayBeAbsent @Description("What the total leaves out, when it leaves anything out.") String totalNote,
            Map<String, CommonDtos.Money> byProgramme, Map<String, CommonDtos.Money> byUnit,
            Map<String, CommonDtos.Money> byCountry, Map<String, CommonDtos.Money> byArea,
            List<ConversionView> conversions, List<UnconvertedView> unconverted) {
    }

    @Description("The figures a municipality reported for a year before or outside Omvärld, as it published them.")
    public record ReportedFiguresView(int year, int activities, CommonDtos.Money externalFunding, String source,
            long version) {
    }

    @Description("A year's figures computed from the register, beside (never added to) those the municipality"
            + " reported for it.")
    public record YearFiguresView(int year, ActivitiesView activities, FundingView funding,
            @MayBeAbsent ReportedFiguresView reported) {
    }

    @Description("The figures a municipality reported for a year before or outside Omvärld: the number of"
            + " international activities and the external funding in SEK, with where they were published.")
    public record ReportFiguresRequest(
            @NotNull @PositiveOrZero Integer activities,
            @NotNull @Pattern(regexp = CommonDtos.AMOUNT, message = "must be a decimal number with at most 2"
                    + " decimals, as text") String externalFundingSek,
            @NotBlank @Size(max = 1000) String source) {
    }
}
