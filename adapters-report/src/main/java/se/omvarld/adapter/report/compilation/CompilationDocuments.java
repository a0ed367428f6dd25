package se.omvarld.adapter.report.compilation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.omvarld.adapter.report.document.Block;
import se.omvarld.adapter.report.document.Cell;
import se.omvarld.adapter.report.document.Chart;
import se.omvarld.adapter.report.document.ChartKind;
import se.omvarld.adapter.report.document.Column;
import se.omvarld.adapter.report.document.Paragraph;
import se.omvarld.adapter.report.document.ReportDocument;
import se.omvarld.adapter.report.document.Section;
import se.omvarld.adapter.report.document.Table;
import se.omvarld.domain.grant.AssociationGrant;
import se.omvarld.domain.obligation.ObligationKeys;
import se.omvarld.domain.obligation.ReportingObligation;
import se.omvarld.domain.policy.Finding;
import se.omvarld.domain.project.ProjectStatus;
import se.omvarld.domain.report.AnnualCompilation;
import se.omvarld.domain.report.CommitteeReportSection;
import se.omvarld.domain.report.PartnershipLine;
import se.omvarld.domain.report.ProjectLine;
import se.omvarld.domain.report.ReportFormat;
import se.omvarld.domain.report.ReportLanguage;
import se.omvarld.domain.report.VisitLine;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.Decision;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.statistics.Activities;
import se.omvarld.domain.statistics.Conversion;
import se.omvarld.domain.statistics.ExternalFunding;
import se.omvarld.domain.statistics.Rate;
import se.omvarld.domain.statistics.ReportedFigures;
import se.omvarld.domain.statistics.Statistics;
import se.omvarld.domain.statistics.Unconverted;
import se.omvarld.domain.statistics.YearFigures;

/**
 * The annual compilation (R5) and the annual report's section (R6) as {@link ReportDocument}s, in Swedish or English:
 * what every format writes. Sections keep language-independent ids; money stays {@link Cell.Amount}, counts
 * {@link Cell.Count}, dates {@link Cell.Date}, and an amount without an exchange rate is a {@link Cell.Note} saying
 * so, never a zero. Each chart's text alternative states its figures; the footnotes name every rate's day and
 * source.
 */
public final class CompilationDocuments {

    /** The ids of the compilation's sections, in reading order. */
    public static final ImmutableList<String> COMPILATION_SECTIONS = ImmutableList.of("summary", "activities",
            "partnerships", "projects", "funding", "grants", "visits", "countries", "obligations", "findings");
    /** The ids of an annual-report section's sections, in reading order. */
    public static final ImmutableList<String> COMMITTEE_SECTIONS = ImmutableList.of("summary", "projects",
            "partnerships", "visits", "funding");

    private CompilationDocuments() {
    }

    /**
     * The name a download of the compilation is saved under, in the report's language, e.g.
     * {@code arlig-sammanstallning-lidkoping-2025.pdf} or {@code annual-compilation-lidkoping-2025-excel.csv}.
     */
    public static String fileName(AnnualCompilation compilation, ReportFormat format, ReportLanguage language) {
        checkNotNull(compilation, "compilation is required");
        return fileName(language == ReportLanguage.SWEDISH ? "arlig-sammanstallning" : "annual-compilation",
                compilation.municipalityName(), compilation.year(), format);
    }

    /**
     * The name a download of an annual-report section is saved under, e.g.
     * {@code arsredovisning-internationellt-barn-och-skolnamnden-2025.docx}.
     */
    public static String fileName(CommitteeReportSection section, ReportFormat format, ReportLanguage language) {
        checkNotNull(section, "section is required");
        return fileName(language == ReportLanguage.SWEDISH ? "arsredovisning-internationellt"
                : "annual-report-international", section.reportedBy(), section.year(), format);
    }

    private static String fileName(String report, String whose, int year, ReportFormat format) {
        checkNotNull(format, "format is required");
        return report + "-" + ObligationKeys.slug(whose) + "-" + year
                + (format == ReportFormat.CSV_EXCEL ? "-excel" : "") + "." + format.extension();
    }

    public static ReportDocument annualCompilation(AnnualCompilation compilation, ReportLanguage language) {
        checkNotNull(compilation, "compilation is required");
        return new Compiled(compilation, new Texts(checkNotNull(language, "language is required"))).document();
    }

    public static ReportDocument committeeSection(CommitteeReportSection section, ReportLanguage language) {
        checkNotNull(section, "section is required");
        return new CommitteeSection(section, new Texts(checkNotNull(language, "language is required"))).document();
    }

    /** What both documents write alike: projects, partnerships, visits, conversions, rates. */
    private abstract static class Writing {

        final Texts t;
        final String year;

        Writing(Texts texts, int year) {
            this.t = texts;
            this.year = texts.year(year);
        }

        String format(Phrase phrase, Object... values) {
            return t.get(phrase, values);
        }

        String count(long n) {
            return t.formats().count(n);
        }

        String money(Money m) {
            return t.formats().money(m.amount(), m.currency());
        }

        String date(LocalDate d) {
            return t.formats().date(d);
        }

        Section partnerships(List<PartnershipLine> lines) {
            if (lines.isEmpty()) {
                return Section.of("partnerships", format(Phrase.PARTNERSHIPS),
                        new Paragraph(format(Phrase.NO_PARTNERSHIPS, year)));
            }
            List<List<Cell>> rows = new ArrayList<>();
            for (PartnershipLine p : lines) {
                Optional<Decision> latest = p.latestDecision();
                rows.add(List.of(Cell.text(p.title()), Cell.text(p.partner()), Cell.text(t.country(p.country())),
                        Cell.text(t.kind(p.kind())), Cell.text(t.status(p.status())),
                        Cell.date(p.inForceSince().orElse(null)),
                        Cell.date(latest.map(Decision::date).orElse(null)),
                        latest.map(d -> Cell.text(d.decidedBy().name())).orElse(Cell.empty()),
                        latest.flatMap(Decision::reference).map(Cell::text).orElse(Cell.empty()),
                        Cell.date(p.lastEvaluation().orElse(null))));
            }
            return Section.of("partnerships", format(Phrase.PARTNERSHIPS), Table.of(
                    format(Phrase.PARTNERSHIPS_TABLE, year),
                    List.of(Column.text(format(Phrase.PARTNERSHIP)), Column.text(format(Phrase.PARTNER)),
                            Column.text(format(Phrase.COUNTRY)), Column.text(format(Phrase.KIND)),
                            Column.text(format(Phrase.STATUS)), Column.date(format(Phrase.IN_FORCE_SINCE)),
                            Column.date(format(Phrase.LATEST_DECISION)), Column.text(format(Phrase.DECIDED_BY)),
                            Column.text(format(Phrase.REFERENCE)), Column.date(format(Phrase.LAST_EVALUATION))),
                    rows));
        }

        Table projectTable(List<ProjectLine> lines) {
            List<List<Cell>> rows = new ArrayList<>();
            for (ProjectLine p : lines) {
                rows.add(List.of(Cell.text(p.title()), Cell.text(t.status(p.status())), Cell.text(p.unit()),
                        p.programme().map(Cell::text).orElse(Cell.empty()), countries(p),
                        Cell.date(p.startedOn().orElse(null))));
            }
            return Table.of(format(Phrase.PROJECTS_TABLE, year),
                    List.of(Column.text(format(Phrase.PROJECT)), Column.text(format(Phrase.STATUS)),
                            Column.text(format(Phrase.UNIT)), Column.text(format(Phrase.PROGRAMME)),
                            Column.text(format(Phrase.COUNTRIES)), Column.date(format(Phrase.STARTED))),
                    rows);
        }

        private Cell countries(ProjectLine p) {
            if (p.countries().isEmpty()) {
                return Cell.empty();
            }
            return Cell.text(p.countries().stream().sorted().map(t::country).collect(Collectors.joining(", ")));
        }

        Section visits(List<VisitLine> lines, LocalDate today) {
            if (lines.isEmpty()) {
                return Section.of("visits", format(Phrase.VISITS), new Paragraph(format(Phrase.NO_VISITS, year)));
            }
            List<List<Cell>> rows = new ArrayList<>();
            for (VisitLine v : lines) {
                rows.add(List.of(Cell.text(v.purpose()), Cell.text(t.direction(v.direction())),
                        Cell.date(v.dates().start()), Cell.date(v.dates().end()), Cell.count(v.participants()),
                        v.partnership().map(Cell::text).orElse(Cell.empty()),
                        Cell.text(v.report().map(r -> t.standing(r, today)).orElse(format(Phrase.NOT_REQUIRED)))));
            }
            return Section.of("visits", format(Phrase.VISITS), Table.of(format(Phrase.VISITS_TABLE, year),
                    List.of(Column.text(format(Phrase.PURPOSE)), Column.text(format(Phrase.DIRECTION)),
                            Column.date(format(Phrase.FROM)), Column.date(format(Phrase.TO)),
                            Column.count(format(Phrase.PARTICIPANTS)), Column.text(format(Phrase.PARTNERSHIP)),
                            Column.text(format(Phrase.VISIT_REPORT))),
                    rows));
        }

        /** Every grant converted, and every one without a rate as a note where its SEK would be. */
        Table conversions(List<Conversion> conversions, List<Unconverted> unconverted) {
            List<List<Cell>> rows = new ArrayList<>();
            for (Conversion c : conversions) {
                rows.add(List.of(Cell.text(c.title()), Cell.money(c.amount()),
                        Cell.text(t.rate(c.rate().sekPerUnit())), Cell.date(c.rate().day()), Cell.money(c.sek())));
            }
            for (Unconverted u : unconverted) {
                rows.add(List.of(Cell.text(u.title()), Cell.money(u.amount()), Cell.note(format(Phrase.NO_RATE)),
                        Cell.date(u.day()), Cell.note(format(Phrase.UNCONVERTED, u.amount().currency()
                                .getCurrencyCode(), date(u.day())))));
            }
            return Table.of(format(Phrase.CONVERSIONS_TABLE, year),
                    List.of(Column.text(format(Phrase.PROJECT)), Column.money(format(Phrase.AMOUNT)),
                            Column.text(format(Phrase.RATE)), Column.date(format(Phrase.RATE_DAY)),
                            Column.money(format(Phrase.IN_SEK))),
                    rows);
        }

        /** The rates' footnote, and the unconverted amounts' where there are any. */
        List<String> footnotes(List<Conversion> conversions, List<Unconverted> unconverted) {
            List<String> notes = new ArrayList<>();
            List<Rate> rates = conversions.stream().map(Conversion::rate).filter(r -> !r.from().equals(Money.SEK))
                    .distinct().sorted(Comparator.comparing(Rate::day)
                            .thenComparing(r -> r.from().getCurrencyCode()))
                    .toList();
            if (rates.isEmpty()) {
                notes.add(format(Phrase.NO_RATES_NOTE));
            } else {
                Map<String, List<Rate>> bySource = rates.stream().collect(Collectors.groupingBy(Rate::source,
                        TreeMap::new, Collectors.toList()));
                notes.add(format(Phrase.RATES_NOTE, bySource.entrySet().stream().map(e -> format(Phrase.RATES_OF,
                        e.getValue().stream().map(r -> format(Phrase.RATE_ENTRY, r.from().getCurrencyCode(),
                                t.rate(r.sekPerUnit()), date(r.day()))).collect(Collectors.joining("; ")),
                        e.getKey())).collect(Collectors.joining("; "))));
            }
            if (!unconverted.isEmpty()) {
                notes.add(format(Phrase.UNCONVERTED_NOTE, count(unconverted.size())));
            }
            return notes;
        }

        /** A two-column table of counts, e.g. projects by unit. */
        <K> Table counts(String caption, String header, Map<K, Integer> counts, Function<K, String> label) {
            List<List<Cell>> rows = new ArrayList<>();
            counts.forEach((k, n) -> rows.add(List.of(Cell.text(label.apply(k)), Cell.count(n))));
            return Table.of(caption, List.of(Column.text(header), Column.count(format(Phrase.NUMBER))), rows);
        }
    }

    /** The compilation of a year. */
    private static final class Compiled extends Writing {

        private final AnnualCompilation c;

        Compiled(AnnualCompilation compilation, Texts texts) {
            super(texts, compilation.year());
            this.c = compilation;
        }

        ReportDocument document() {
            List<String> footnotes = new ArrayList<>(footnotes(c.funding().conversions(), c.funding().unconverted()));
            if (!c.reported().isEmpty()) {
                footnotes.add(format(Phrase.REPORTED_NOTE));
            }
            return ReportDocument.of(format(Phrase.COMPILATION_TITLE, year, c.municipalityName()), t.language(),
                    List.of(summary(), activities(), partnerships(c.partnerships()), projects(), funding(), grants(),
                            visits(c.visits(), c.compiledOn()), countries(), obligations(), findings()),
                    footnotes);
        }

        private Section summary() {
            Activities a = c.activities();
            List<Block> blocks = new ArrayList<>();
            blocks.add(new Paragraph(format(Phrase.COMPILATION_SCOPE, t.genitive(c.municipalityName()), year,
                    date(c.asOf()),
                    date(c.compiledOn()))));
            blocks.add(new Paragraph(format(Phrase.ACTIVITIES_SENTENCE, year, count(a.total()),
                    count(a.partnerships()), count(a.projects()), count(a.visits()), count(a.grants()))));
            blocks.add(new Paragraph(format(Phrase.FUNDING_SENTENCE, year, money(c.funding().total()))));
            if (!c.funding().isComplete()) {
                blocks.add(new Paragraph(format(Phrase.FUNDING_INCOMPLETE_SENTENCE,
                        count(c.funding().unconverted().size()))));
            }
            c.figures().reported().ifPresent(r -> blocks.add(new Paragraph(format(Phrase.REPORTED_SENTENCE, year,
                    count(r.activities()), money(r.externalFunding()), r.source()))));
            blocks.add(new Paragraph(format(Phrase.OBLIGATIONS_SENTENCE, year, count(c.obligations().size()),
                    count(c.met().size()), count(c.overdue().size()))));
            blocks.add(new Paragraph(format(Phrase.FINDINGS_SENTENCE, date(c.asOf()), count(c.findings().size()))));
            blocks.add(Table.of(format(Phrase.KEY_FIGURES, year),
                    List.of(Column.text(format(Phrase.ACTIVITY)), Column.count(format(Phrase.NUMBER))),
                    List.of(List.of(Cell.text(format(Phrase.PARTNERSHIPS_IN_FORCE)), Cell.count(a.partnerships())),
                            List.of(Cell.text(format(Phrase.PROJECTS_RUNNING)), Cell.count(a.projects())),
                            List.of(Cell.text(format(Phrase.VISITS_MADE)), Cell.count(a.visits())),
                            List.of(Cell.text(format(Phrase.GRANTS_GRANTED)), Cell.count(a.grants())),
                            List.of(Cell.text(format(Phrase.TOTAL)), Cell.count(a.total())))));
            return Section.of("summary", format(Phrase.SUMMARY), blocks);
        }

        private Section activities() {
            List<Block> blocks = new ArrayList<>();
            List<YearFigures> years = c.lastFiveYears();
            String perYear = years.stream().map(y -> format(Phrase.YEAR_VALUE, t.year(y.year()),
                    count(y.activities().total()))).collect(Collectors.joining(", "));
            String alt = format(Phrase.ACTIVITIES_CHART_ALT, perYear);
            List<YearFigures> withReported = years.stream().filter(y -> y.reported().isPresent()).toList();
            if (!withReported.isEmpty()) {
                alt += format(Phrase.ACTIVITIES_CHART_REPORTED, withReported.stream()
                        .map(y -> format(Phrase.YEAR_VALUE, t.year(y.year()),
                                count(y.reported().get().activities())))
                        .collect(Collectors.joining(", ")));
            }
            blocks.add(Chart.of(ChartKind.YEARS, format(Phrase.ACTIVITIES_CHART), alt,
                    format(Phrase.ACTIVITIES_UNIT), years.stream().map(y -> new Chart.Point(t.year(y.year()),
                            BigDecimal.valueOf(y.activities().total()))).toList()));
            List<List<Cell>> rows = new ArrayList<>();
            for (YearFigures y : years) {
                ExternalFunding f = y.funding();
                rows.add(List.of(Cell.text(t.year(y.year())), Cell.count(y.activities().total()),
                        y.reported().<Cell>map(r -> Cell.count(r.activities())).orElse(Cell.empty()),
                        Cell.money(f.total()),
                        y.reported().map(r -> Cell.money(r.externalFunding())).orElse(Cell.empty())));
            }
            blocks.add(Table.of(format(Phrase.ACTIVITIES_TABLE, t.year(years.get(0).year()), year),
                    List.of(Column.text(format(Phrase.YEAR)), Column.count(format(Phrase.COMPUTED_ACTIVITIES)),
                            Column.count(format(Phrase.REPORTED_ACTIVITIES)),
                            Column.money(format(Phrase.COMPUTED_FUNDING)),
                            Column.money(format(Phrase.REPORTED_FUNDING))),
                    rows));
            if (!c.reported().isEmpty()) {
                List<List<Cell>> reported = new ArrayList<>();
                for (ReportedFigures r : c.reported()) {
                    reported.add(List.of(Cell.text(t.year(r.year())), Cell.count(r.activities()),
                            Cell.money(r.externalFunding()), Cell.text(r.source())));
                }
                blocks.add(Table.of(format(Phrase.REPORTED_TABLE),
                        List.of(Column.text(format(Phrase.YEAR)), Column.count(format(Phrase.REPORTED_ACTIVITIES)),
                                Column.money(format(Phrase.REPORTED_FUNDING)), Column.text(format(Phrase.SOURCE))),
                        reported));
                blocks.add(new Paragraph(format(Phrase.REPORTED_NOTE)));
            }
            return Section.of("activities", format(Phrase.ACTIVITIES), blocks);
        }

        private Section projects() {
            if (c.projects().isEmpty()) {
                return Section.of("projects", format(Phrase.PROJECTS),
                        new Paragraph(format(Phrase.NO_PROJECTS, year)));
            }
            return Section.of("projects", format(Phrase.PROJECTS), projectTable(c.projects()),
                    counts(format(Phrase.BY_STATUS), format(Phrase.STATUS), c.projectsByStatus(),
                            (ProjectStatus s) -> t.status(s)),
                    counts(format(Phrase.BY_UNIT), format(Phrase.UNIT), c.projectsByUnit(), Function.identity()),
                    counts(format(Phrase.BY_PROGRAMME), format(Phrase.PROGRAMME), c.projectsByProgramme(),
                            this::programme),
                    counts(format(Phrase.BY_COUNTRY), format(Phrase.COUNTRY), c.projectsByCountry(), t::country));
        }

        private String programme(String name) {
            return name.equals(Statistics.NO_PROGRAMME) ? format(Phrase.NO_PROGRAMME) : name;
        }

        private Section funding() {
            ExternalFunding f = c.funding();
            List<Block> blocks = new ArrayList<>();
            blocks.add(new Paragraph(format(Phrase.FUNDING_SENTENCE, year, money(f.total()))));
            String alt;
            if (f.byProgramme().isEmpty()) {
                alt = format(Phrase.FUNDING_CHART_ALT_NONE, year);
            } else {
                alt = format(Phrase.FUNDING_CHART_ALT, year, f.byProgramme().entrySet().stream()
                        .map(e -> format(Phrase.YEAR_VALUE, programme(e.getKey()), money(e.getValue())))
                        .collect(Collectors.joining(", ")), money(f.total()));
            }
            if (!f.isComplete()) {
                alt += format(Phrase.FUNDING_CHART_ALT_UNCONVERTED, count(f.unconverted().size()),
                        f.unconverted().stream().map(u -> u.title() + " " + money(u.amount()))
                                .collect(Collectors.joining(", ")));
            }
            blocks.add(Chart.of(ChartKind.BARS, format(Phrase.FUNDING_CHART), alt, format(Phrase.SEK_UNIT),
                    f.byProgramme().entrySet().stream().map(e -> new Chart.Point(programme(e.getKey()),
                            e.getValue().amount())).toList()));
            if (f.conversions().isEmpty() && f.unconverted().isEmpty()) {
                blocks.add(new Paragraph(format(Phrase.NO_FUNDING, year)));
                return Section.of("funding", format(Phrase.FUNDING), blocks);
            }
            List<List<Cell>> rows = new ArrayList<>();
            f.byProgramme().forEach((name, sek) -> rows.add(List.of(Cell.text(programme(name)), Cell.money(sek))));
            rows.add(List.of(Cell.text(format(Phrase.TOTAL)), Cell.money(f.total())));
            blocks.add(Table.of(format(Phrase.FUNDING_BY_PROGRAMME_TABLE, year),
                    List.of(Column.text(format(Phrase.PROGRAMME)), Column.money(format(Phrase.IN_SEK))), rows));
            blocks.add(conversions(f.conversions(), f.unconverted()));
            return Section.of("funding", format(Phrase.FUNDING), blocks);
        }

        private Section grants() {
            if (c.grants().isEmpty()) {
                return Section.of("grants", format(Phrase.GRANTS), new Paragraph(format(Phrase.NO_GRANTS, year)));
            }
            List<List<Cell>> rows = new ArrayList<>();
            for (AssociationGrant g : c.grants()) {
                rows.add(List.of(Cell.text(g.association()), Cell.text(g.purpose()), Cell.money(g.requested()),
                        g.granted().map(Cell::money).orElse(Cell.empty()), Cell.money(g.ownFinancing()),
                        Cell.text(t.status(g.status())), Cell.date(g.decision().map(Decision::date).orElse(null)),
                        Cell.date(g.followUp().map(AssociationGrant.FollowUp::submittedOn).orElse(null))));
            }
            return Section.of("grants", format(Phrase.GRANTS), Table.of(format(Phrase.GRANTS_TABLE, year),
                    List.of(Column.text(format(Phrase.ASSOCIATION)), Column.text(format(Phrase.PURPOSE)),
                            Column.money(format(Phrase.REQUESTED)), Column.money(format(Phrase.GRANTED)),
                            Column.money(format(Phrase.OWN_FINANCING)), Column.text(format(Phrase.STATUS)),
                            Column.date(format(Phrase.DECIDED_ON)), Column.date(format(Phrase.FOLLOWED_UP_ON))),
                    rows));
        }

        private Section countries() {
            Map<CountryCode, Integer> countries = c.partnerCountries();
            String alt = countries.isEmpty() ? format(Phrase.MAP_CHART_ALT_NONE, year)
                    : format(Phrase.MAP_CHART_ALT, year, count(countries.size()), countries.entrySet().stream()
                            .map(e -> format(Phrase.YEAR_VALUE, t.country(e.getKey()), count(e.getValue())))
                            .collect(Collectors.joining(", ")));
            List<Block> blocks = new ArrayList<>();
            blocks.add(Chart.of(ChartKind.MAP, format(Phrase.MAP_CHART, year), alt, format(Phrase.COUNTRIES_UNIT),
                    countries.entrySet().stream().map(e -> new Chart.Point(e.getKey().value(),
                            BigDecimal.valueOf(e.getValue()))).toList()));
            if (countries.isEmpty()) {
                blocks.add(new Paragraph(format(Phrase.NO_COUNTRIES, year)));
            } else {
                List<List<Cell>> rows = new ArrayList<>();
                countries.forEach((code, n) -> rows.add(List.of(Cell.text(t.country(code)), Cell.text(code.value()),
                        Cell.count(n))));
                blocks.add(Table.of(format(Phrase.COUNTRIES_TABLE, year),
                        List.of(Column.text(format(Phrase.COUNTRY)), Column.text(format(Phrase.ISO_CODE)),
                                Column.count(format(Phrase.NUMBER))),
                        rows));
            }
            return Section.of("countries", format(Phrase.PARTNER_COUNTRIES), blocks);
        }

        private Section obligations() {
            if (c.obligations().isEmpty()) {
                return Section.of("obligations", format(Phrase.OBLIGATIONS),
                        new Paragraph(format(Phrase.NO_OBLIGATIONS, year)));
            }
            List<List<Cell>> rows = new ArrayList<>();
            for (ReportingObligation o : c.obligations()) {
                rows.add(List.of(Cell.text(t.kind(o.kind())), Cell.text(t.subject(o)), Cell.date(o.due()),
                        Cell.text(o.responsible().name()), Cell.text(o.recipient().name()),
                        Cell.text(t.standing(o, c.compiledOn()))));
            }
            return Section.of("obligations", format(Phrase.OBLIGATIONS),
                    new Paragraph(format(Phrase.OBLIGATIONS_SENTENCE, year, count(c.obligations().size()),
                            count(c.met().size()), count(c.overdue().size()))),
                    Table.of(format(Phrase.OBLIGATIONS_TABLE, year),
                            List.of(Column.text(format(Phrase.OBLIGATION)), Column.text(format(Phrase.SUBJECT)),
                                    Column.date(format(Phrase.DUE)), Column.text(format(Phrase.RESPONSIBLE)),
                                    Column.text(format(Phrase.RECIPIENT)), Column.text(format(Phrase.STATUS))),
                            rows));
        }

        private Section findings() {
            if (c.findings().isEmpty()) {
                return Section.of("findings", format(Phrase.FINDINGS),
                        new Paragraph(format(Phrase.NO_FINDINGS, date(c.asOf()))));
            }
            List<List<Cell>> rows = new ArrayList<>();
            for (Finding f : c.findings()) {
                rows.add(List.of(Cell.text(f.rule().name()), Cell.text(t.severity(f.severity())),
                        Cell.text(t.record(f)), Cell.date(f.since()), Cell.text(t.explanation(f))));
            }
            return Section.of("findings", format(Phrase.FINDINGS), Table.of(format(Phrase.FINDINGS_TABLE, date(c.asOf())),
                    List.of(Column.text(format(Phrase.RULE)), Column.text(format(Phrase.SEVERITY)),
                            Column.text(format(Phrase.RECORD)), Column.date(format(Phrase.SINCE)),
                            Column.text(format(Phrase.EXPLANATION))),
                    rows));
        }
    }

    /** A committee's, or the municipality's, section of the annual report. */
    private static final class CommitteeSection extends Writing {

        private final CommitteeReportSection s;

        CommitteeSection(CommitteeReportSection section, Texts texts) {
            super(texts, section.year());
            this.s = section;
        }

        ReportDocument document() {
            List<Block> summary = new ArrayList<>();
            summary.add(new Paragraph(s.committee().isPresent()
                    ? format(Phrase.SECTION_SCOPE_COMMITTEE, s.reportedBy(), year)
                    : format(Phrase.SECTION_SCOPE_MUNICIPALITY, s.municipalityName(), year)));
            summary.add(new Paragraph(format(Phrase.SECTION_COUNTS, year, count(s.projects().size()),
                    count(s.partnerships().size()), count(s.visits().size()))));
            summary.add(new Paragraph(format(Phrase.SECTION_FUNDING, s.reportedBy(), year,
                    money(s.externalFunding()))));
            if (!s.isFundingComplete()) {
                summary.add(new Paragraph(format(Phrase.FUNDING_INCOMPLETE_SENTENCE,
                        count(s.unconverted().size()))));
            }
            summary.add(new Paragraph(s.obligation().map(o -> format(Phrase.SECTION_DUE, o.recipient().name(),
                    date(o.due()), t.standing(o, s.compiledOn()))).orElse(format(Phrase.SECTION_NOT_OWED, year))));
            Section projects = s.projects().isEmpty()
                    ? Section.of("projects", format(Phrase.PROJECTS), new Paragraph(format(Phrase.NO_PROJECTS, year)))
                    : Section.of("projects", format(Phrase.PROJECTS), projectTable(s.projects()));
            Section funding = s.conversions().isEmpty() && s.unconverted().isEmpty()
                    ? Section.of("funding", format(Phrase.FUNDING), new Paragraph(format(Phrase.NO_FUNDING, year)))
                    : Section.of("funding", format(Phrase.FUNDING),
                            new Paragraph(format(Phrase.SECTION_FUNDING, s.reportedBy(), year,
                                    money(s.externalFunding()))),
                            conversions(s.conversions(), s.unconverted()));
            return ReportDocument.of(format(Phrase.SECTION_TITLE, year, s.reportedBy()), t.language(),
                    List.of(Section.of("summary", format(Phrase.SUMMARY), summary), projects,
                            partnerships(s.partnerships()), visits(s.visits(), s.compiledOn()), funding),
                    footnotes(s.conversions(), s.unconverted()));
        }
    }
}
