package se.omvarld.domain.policy;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.BodyKind;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnershipKind;

/**
 * A policy profile as plain key/value settings, so that a fifth municipality can define its own without
 * recompiling. The adapter reads them from wherever it keeps them (a properties file, a table); this class only
 * turns them into a {@link PolicyProfile} and back, and {@code parse(format(p))} equals {@code p}.
 *
 * <pre>
 * municipality.code=0687
 * policy.name=Tranås kommun: Internationell policy
 * rules=R4,R6,R12,R16
 * preferences=R12
 * r2.democracy-plan-regimes=0,1
 * r6.annual-report-scope=MUNICIPALITY
 * r16.board-enters=TWIN_TOWN,NETWORK_MEMBERSHIP
 * r16.board-ends=TWIN_TOWN
 * r9.twin-town-evaluation-interval=P1Y
 * r10.strategy-adopted-on=2023-05-30
 * r5.annual-compilation-due=--03-31
 * r14.minimum-self-financing-share=0.10
 * </pre>
 *
 * <p>{@code municipality.code} and {@code policy.name} are required; every other key may be left out and then takes
 * the {@link PolicyProfile.Builder}'s default. {@code preferences} names the rules of {@code rules} that the policy
 * states as preferences ("bör", "ska prioriteras"): they advise rather than refuse. A list may be empty ({@code rules=}). An unknown key is an error, so a
 * misspelt one never passes silently. Every problem is reported at once, in one {@link IllegalArgumentException}
 * naming each key and its reason.
 */
public final class PolicyProfileSettings {

    public static final String MUNICIPALITY_CODE = "municipality.code";
    public static final String POLICY_NAME = "policy.name";
    public static final String RULES = "rules";
    public static final String PREFERENCES = "preferences";
    public static final String DEMOCRACY_PLAN_REGIMES = "r2.democracy-plan-regimes";
    public static final String BOARD_ENTERS = "r16.board-enters";
    public static final String BOARD_ENDS = "r16.board-ends";
    public static final String BOARD_MEMBERSHIPS_WHOLE_MUNICIPALITY_ONLY =
            "r16.memberships-covering-whole-municipality-only";
    public static final String ANNUAL_REPORT_SCOPE = "r6.annual-report-scope";
    public static final String TWIN_TOWN_EVALUATION_INTERVAL = "r9.twin-town-evaluation-interval";
    public static final String NEW_TWIN_TOWN_NEEDS_VALUED_AGREEMENT = "r9.new-twin-town-needs-valued-agreement";
    public static final String STRATEGY_ADOPTED_ON = "r10.strategy-adopted-on";
    public static final String STRATEGY_REVISION_INTERVAL = "r10.strategy-revision-interval";
    public static final String ANNUAL_COMPILATION_DUE = "r5.annual-compilation-due";
    public static final String ANNUAL_REPORT_SECTION_DUE = "r6.annual-report-section-due";
    public static final String VISIT_REPORT_WITHIN = "r8.visit-report-within";
    public static final String GRANT_DECIDED_BY = "r14.grant-decided-by";
    public static final String MINIMUM_SELF_FINANCING_SHARE = "r14.minimum-self-financing-share";
    public static final String GRANT_FOLLOW_UP_WITHIN = "grant.follow-up-within";
    public static final String PROJECT_FINAL_REPORT_WITHIN = "project.final-report-within";
    public static final String PRIORITY_AREAS = "priority-areas";
    public static final String OBLIGATIONS_TRACKED_FROM = "obligations.tracked-from";

    /** Every key a profile's settings may have, in the order {@link #format} writes them. */
    public static final ImmutableSet<String> KEYS = ImmutableSet.of(MUNICIPALITY_CODE, POLICY_NAME, RULES,
            PREFERENCES, DEMOCRACY_PLAN_REGIMES, BOARD_ENTERS, BOARD_ENDS, BOARD_MEMBERSHIPS_WHOLE_MUNICIPALITY_ONLY,
            TWIN_TOWN_EVALUATION_INTERVAL, NEW_TWIN_TOWN_NEEDS_VALUED_AGREEMENT, STRATEGY_ADOPTED_ON,
            STRATEGY_REVISION_INTERVAL, ANNUAL_COMPILATION_DUE, ANNUAL_REPORT_SCOPE, ANNUAL_REPORT_SECTION_DUE,
            VISIT_REPORT_WITHIN, GRANT_DECIDED_BY, MINIMUM_SELF_FINANCING_SHARE, GRANT_FOLLOW_UP_WITHIN,
            PROJECT_FINAL_REPORT_WITHIN, PRIORITY_AREAS, OBLIGATIONS_TRACKED_FROM);

    private PolicyProfileSettings() {
    }

    /**
     * The profile these settings describe.
     *
     * @throws IllegalArgumentException naming every key that is unknown, missing, blank or unreadable, and why
     */
    public static PolicyProfile parse(Map<String, String> settings) {
        checkNotNull(settings, "settings are required");
        Reader r = new Reader(settings);
        for (String key : new TreeSet<>(settings.keySet())) {
            if (!KEYS.contains(key)) {
                r.problem(key, "is not a policy setting; the settings are " + String.join(", ", KEYS));
            }
        }
        Optional<MunicipalityCode> code = r.required(MUNICIPALITY_CODE, "a four-digit municipality code such as 1494",
                MunicipalityCode::of);
        Optional<String> name = r.required(POLICY_NAME, "the policy's name", Function.identity());
        Optional<Set<RuleId>> rules = r.list(RULES, "rule ids R1 to R16",
                s -> RuleId.valueOf(s.toUpperCase(Locale.ROOT)));
        Optional<Set<RegimeClass>> regimes = r.list(DEMOCRACY_PLAN_REGIMES, "regime classes 0 to 3",
                s -> RegimeClass.ofCode(Integer.parseInt(s)));
        Optional<Set<RuleId>> preferences = r.list(PREFERENCES, "rule ids R1 to R16",
                s -> RuleId.valueOf(s.toUpperCase(Locale.ROOT)));
        preferences.ifPresent(p -> {
            Set<RuleId> stated = rules.orElse(Set.of());
            if (!stated.containsAll(p)) {
                r.problem(PREFERENCES, "names rules that are not among " + RULES + ": every preference is one of the"
                        + " policy's rules");
            }
        });
        Optional<Set<PartnershipKind>> enters = r.list(BOARD_ENTERS, "partnership kinds "
                + names(PartnershipKind.values()), s -> PartnershipKind.valueOf(s.toUpperCase(Locale.ROOT)));
        Optional<Set<PartnershipKind>> ends = r.list(BOARD_ENDS, "partnership kinds "
                + names(PartnershipKind.values()), s -> PartnershipKind.valueOf(s.toUpperCase(Locale.ROOT)));
        Optional<Boolean> wholeOnly = r.optional(BOARD_MEMBERSHIPS_WHOLE_MUNICIPALITY_ONLY, "true or false",
                PolicyProfileSettings::bool);
        Optional<AnnualReportScope> scope = r.optional(ANNUAL_REPORT_SCOPE, "one of "
                + names(AnnualReportScope.values()), s -> AnnualReportScope.valueOf(s.toUpperCase(Locale.ROOT)));
        Optional<Period> evaluation = r.period(TWIN_TOWN_EVALUATION_INTERVAL);
        Optional<Boolean> valued = r.optional(NEW_TWIN_TOWN_NEEDS_VALUED_AGREEMENT, "true or false",
                PolicyProfileSettings::bool);
        Optional<LocalDate> adopted = r.optional(STRATEGY_ADOPTED_ON, "an ISO-8601 date such as 2023-05-30",
                LocalDate::parse);
        Optional<Period> revision = r.period(STRATEGY_REVISION_INTERVAL);
        Optional<MonthDay> compilation = r.optional(ANNUAL_COMPILATION_DUE, "a day of the year such as --03-31",
                MonthDay::parse);
        Optional<MonthDay> section = r.optional(ANNUAL_REPORT_SECTION_DUE, "a day of the year such as --02-15",
                MonthDay::parse);
        Optional<Period> visitReport = r.period(VISIT_REPORT_WITHIN);
        BodyKind[] municipal = java.util.Arrays.stream(BodyKind.values()).filter(BodyKind::isMunicipal)
                .toArray(BodyKind[]::new);
        Optional<BodyKind> grantBody = r.optional(GRANT_DECIDED_BY, "a body kind of the municipality "
                + names(municipal), s -> municipalBody(BodyKind.valueOf(s.toUpperCase(Locale.ROOT))));
        Optional<BigDecimal> share = r.optional(MINIMUM_SELF_FINANCING_SHARE, "a decimal from 0 up to (not"
                + " including) 1, such as 0.10", PolicyProfileSettings::share);
        Optional<Period> followUp = r.period(GRANT_FOLLOW_UP_WITHIN);
        Optional<Period> finalReport = r.period(PROJECT_FINAL_REPORT_WITHIN);
        Optional<LocalDate> trackedFrom = r.optional(OBLIGATIONS_TRACKED_FROM, "an ISO-8601 date such as 2025-01-01",
                LocalDate::parse);
        Optional<Set<Area>> priorities = r.list(PRIORITY_AREAS, "areas " + names(Area.values()),
                s -> Area.valueOf(s.toUpperCase(Locale.ROOT)));
        if (!r.problems.isEmpty()) {
            throw new IllegalArgumentException("invalid policy settings" + code.map(c -> " for " + c).orElse("")
                    + ": " + String.join("; ", r.problems));
        }
        PolicyProfile.Builder b = PolicyProfile.builder(code.orElseThrow(), name.orElseThrow());
        rules.ifPresent(set -> b.rules(set.toArray(RuleId[]::new)));
        preferences.ifPresent(set -> b.prefers(set.toArray(RuleId[]::new)));
        regimes.ifPresent(b::democracyPlanRegimes);
        enters.ifPresent(set -> b.boardEnters(set.toArray(PartnershipKind[]::new)));
        ends.ifPresent(set -> b.boardEnds(set.toArray(PartnershipKind[]::new)));
        wholeOnly.ifPresent(b::boardMembershipsOnlyCoveringWholeMunicipality);
        scope.ifPresent(b::annualReportScope);
        evaluation.ifPresent(b::twinTownEvaluationInterval);
        valued.ifPresent(b::newTwinTownNeedsValuedAgreement);
        adopted.ifPresent(b::strategyAdoptedOn);
        revision.ifPresent(b::strategyRevisionInterval);
        compilation.ifPresent(b::annualCompilationDue);
        section.ifPresent(b::annualReportSectionDue);
        visitReport.ifPresent(b::visitReportWithin);
        grantBody.ifPresent(b::grantDecidedBy);
        share.ifPresent(b::minimumSelfFinancingShare);
        followUp.ifPresent(b::grantFollowUpWithin);
        finalReport.ifPresent(b::projectFinalReportWithin);
        priorities.ifPresent(set -> b.priorityAreas(set.toArray(Area[]::new)));
        trackedFrom.ifPresent(b::obligationsTrackedFrom);
        return b.build();
    }

    /**
     * The settings of {@code profile}: every key, in {@link #KEYS}' order, except the optional
     * {@value #TWIN_TOWN_EVALUATION_INTERVAL}, {@value #STRATEGY_ADOPTED_ON}, {@value #GRANT_FOLLOW_UP_WITHIN} and
     * {@value #OBLIGATIONS_TRACKED_FROM} when the profile has none.
     */
    public static ImmutableMap<String, String> format(PolicyProfile profile) {
        checkNotNull(profile, "profile is required");
        ImmutableMap.Builder<String, String> m = ImmutableMap.builder();
        m.put(MUNICIPALITY_CODE, profile.municipality().value());
        m.put(POLICY_NAME, profile.policyName());
        m.put(RULES, sorted(profile.rules(), RuleId.class).stream().map(Enum::name).collect(Collectors.joining(",")));
        m.put(DEMOCRACY_PLAN_REGIMES, sorted(profile.democracyPlanRegimes(), RegimeClass.class).stream()
                .map(c -> String.valueOf(c.code())).collect(Collectors.joining(",")));
        m.put(PREFERENCES, sorted(profile.preferences(), RuleId.class).stream().map(Enum::name)
                .collect(Collectors.joining(",")));
        m.put(BOARD_ENTERS, sorted(profile.boardEnters(), PartnershipKind.class).stream().map(Enum::name)
                .collect(Collectors.joining(",")));
        m.put(BOARD_ENDS, sorted(profile.boardEnds(), PartnershipKind.class).stream().map(Enum::name)
                .collect(Collectors.joining(",")));
        m.put(BOARD_MEMBERSHIPS_WHOLE_MUNICIPALITY_ONLY,
                String.valueOf(profile.boardMembershipsOnlyCoveringWholeMunicipality()));
        profile.twinTownEvaluationInterval().ifPresent(p -> m.put(TWIN_TOWN_EVALUATION_INTERVAL, p.toString()));
        m.put(NEW_TWIN_TOWN_NEEDS_VALUED_AGREEMENT, String.valueOf(profile.newTwinTownNeedsValuedAgreement()));
        profile.strategyAdoptedOn().ifPresent(d -> m.put(STRATEGY_ADOPTED_ON, d.toString()));
        m.put(STRATEGY_REVISION_INTERVAL, profile.strategyRevisionInterval().toString());
        m.put(ANNUAL_COMPILATION_DUE, profile.annualCompilationDue().toString());
        m.put(ANNUAL_REPORT_SCOPE, profile.annualReportScope().name());
        m.put(ANNUAL_REPORT_SECTION_DUE, profile.annualReportSectionDue().toString());
        m.put(VISIT_REPORT_WITHIN, profile.visitReportWithin().toString());
        m.put(GRANT_DECIDED_BY, profile.grantDecidedBy().name());
        m.put(MINIMUM_SELF_FINANCING_SHARE, profile.minimumSelfFinancingShare().toPlainString());
        profile.grantFollowUpWithin().ifPresent(p -> m.put(GRANT_FOLLOW_UP_WITHIN, p.toString()));
        m.put(PROJECT_FINAL_REPORT_WITHIN, profile.projectFinalReportWithin().toString());
        m.put(PRIORITY_AREAS, sorted(profile.priorityAreas(), Area.class).stream().map(Enum::name)
                .collect(Collectors.joining(",")));
        profile.obligationsTrackedFrom().ifPresent(d -> m.put(OBLIGATIONS_TRACKED_FROM, d.toString()));
        return m.build();
    }

    private static <E extends Enum<E>> Set<E> sorted(Set<E> values, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        set.addAll(values);
        return set;
    }

    private static String names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static BodyKind municipalBody(BodyKind kind) {
        if (!kind.isMunicipal()) {
            throw new IllegalArgumentException("not a body of the municipality");
        }
        return kind;
    }

    private static boolean bool(String value) {
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException("not a boolean");
    }

    private static BigDecimal share(String value) {
        BigDecimal share = new BigDecimal(value);
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("out of range");
        }
        return share;
    }

    /** Reads values, collecting every problem instead of stopping at the first. */
    private static final class Reader {

        private final Map<String, String> settings;
        private final List<String> problems = new ArrayList<>();

        Reader(Map<String, String> settings) {
            this.settings = settings;
        }

        void problem(String key, String reason) {
            problems.add(key + " " + reason);
        }

        <T> Optional<T> required(String key, String expected, Function<String, T> parser) {
            if (settings.get(key) == null || settings.get(key).isBlank()) {
                problem(key, "is required: " + expected);
                return Optional.empty();
            }
            return optional(key, expected, parser);
        }

        <T> Optional<T> optional(String key, String expected, Function<String, T> parser) {
            String raw = settings.get(key);
            if (raw == null) {
                return Optional.empty();
            }
            String value = raw.strip();
            if (value.isEmpty()) {
                problem(key, "is blank; give " + expected + ", or leave the key out for the default");
                return Optional.empty();
            }
            try {
                return Optional.of(parser.apply(value));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                problem(key, "'" + value + "' is not " + expected);
                return Optional.empty();
            }
        }

        Optional<Period> period(String key) {
            String expected = "a positive ISO-8601 period such as P1Y, P3M or P60D";
            return optional(key, expected, s -> {
                Period p = Period.parse(s);
                if (p.isNegative() || p.isZero()) {
                    throw new IllegalArgumentException("not positive");
                }
                return p;
            });
        }

        /** A comma-separated list; an empty value is the empty set. */
        <E extends Enum<E>> Optional<Set<E>> list(String key, String expected, Function<String, E> parser) {
            String raw = settings.get(key);
            if (raw == null) {
                return Optional.empty();
            }
            Set<E> values = new java.util.LinkedHashSet<>();
            List<String> bad = new ArrayList<>();
            for (String part : raw.split(",", -1)) {
                String item = part.strip();
                if (item.isEmpty() && raw.strip().isEmpty()) {
                    continue;
                }
                try {
                    values.add(parser.apply(item));
                } catch (IllegalArgumentException e) {
                    bad.add("'" + item + "'");
                }
            }
            if (!bad.isEmpty()) {
                problem(key, "has " + String.join(", ", bad) + ", which " + (bad.size() == 1 ? "is" : "are")
                        + " not among " + expected + " (comma-separated)");
                return Optional.empty();
            }
            return Optional.of(values);
        }
    }
}
