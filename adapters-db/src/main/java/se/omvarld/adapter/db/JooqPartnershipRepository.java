package se.omvarld.adapter.db;

import static com.google.common.base.Preconditions.checkNotNull;
import static se.omvarld.adapter.db.jooq.Tables.PARTNER;
import static se.omvarld.adapter.db.jooq.Tables.PARTNERSHIP;
import static se.omvarld.adapter.db.jooq.Tables.PARTNERSHIP_ANALYSIS;
import static se.omvarld.adapter.db.jooq.Tables.PARTNERSHIP_ANALYSIS_GOAL;
import static se.omvarld.adapter.db.jooq.Tables.PARTNERSHIP_AREA;
import static se.omvarld.adapter.db.jooq.Tables.PARTNERSHIP_COMMITTEE;
import static se.omvarld.adapter.db.jooq.Tables.PARTNERSHIP_DEMOCRACY_PLAN;
import static se.omvarld.adapter.db.jooq.Tables.PARTNERSHIP_FUNDING_SOURCE;
import static se.omvarld.adapter.db.jooq.Tables.PARTNERSHIP_STATUS_CHANGE;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ListMultimap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.SelectSeekStep2;
import org.jooq.impl.DSL;
import se.omvarld.adapter.db.jooq.tables.records.PartnershipAnalysisGoalRecord;
import se.omvarld.adapter.db.jooq.tables.records.PartnershipAnalysisRecord;
import se.omvarld.adapter.db.jooq.tables.records.PartnershipAreaRecord;
import se.omvarld.adapter.db.jooq.tables.records.PartnershipCommitteeRecord;
import se.omvarld.adapter.db.jooq.tables.records.PartnershipDemocracyPlanRecord;
import se.omvarld.adapter.db.jooq.tables.records.PartnershipFundingSourceRecord;
import se.omvarld.adapter.db.jooq.tables.records.PartnershipRecord;
import se.omvarld.adapter.db.jooq.tables.records.PartnershipStatusChangeRecord;
import se.omvarld.domain.partnership.BenefitRiskAnalysis;
import se.omvarld.domain.policy.DemocracyPlan;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.partnership.PartnershipStatus;
import se.omvarld.domain.partnership.StatusChange;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.CommitteeId;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.Decision;
import se.omvarld.domain.shared.FundingSource;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnerId;
import se.omvarld.domain.shared.PartnershipId;
import se.omvarld.domain.shared.PartnershipKind;
import se.omvarld.port.Page;
import se.omvarld.port.PageRequest;
import se.omvarld.port.PartnershipQuery;
import se.omvarld.port.PartnershipRepository;
import se.omvarld.port.PartnershipSummary;

/**
 * Partnerships: the root row, and child tables for areas, funding sources, committees, every benefit/risk analysis
 * (with its goals) and democracy plan in their order, and the status history.
 */
public final class JooqPartnershipRepository implements PartnershipRepository {

    static final String AGGREGATE = "Partnership";

    /** The day of the first step to ACTIVE: decisions in a history are never dated before the step they follow. */
    private static final Field<LocalDate> ACTIVATED_ON = DSL.field(
            DSL.select(DSL.min(PARTNERSHIP_STATUS_CHANGE.DECIDED_ON)).from(PARTNERSHIP_STATUS_CHANGE)
            .where(PARTNERSHIP_STATUS_CHANGE.MUNICIPALITY_CODE.eq(PARTNERSHIP.MUNICIPALITY_CODE)
                    .and(PARTNERSHIP_STATUS_CHANGE.PARTNERSHIP_ID.eq(PARTNERSHIP.ID))
                    .and(PARTNERSHIP_STATUS_CHANGE.TO_STATUS.eq(PartnershipStatus.ACTIVE.name()))))
            .as("activated_on");
    private static final Field<String> PARTNER_NAME = PARTNER.NAME.as("partner_name");
    private static final Field<String> PARTNER_LOCALITY = PARTNER.LOCALITY.as("partner_locality");

    private final JooqTransactions transactions;
    private final AggregateRows aggregate = AggregateRows.of(
            AggregateRows.Part.of(PARTNERSHIP, PARTNERSHIP.MUNICIPALITY_CODE, PARTNERSHIP.ID),
            AggregateRows.Part.of(PARTNERSHIP_AREA, PARTNERSHIP_AREA.MUNICIPALITY_CODE, PARTNERSHIP_AREA.PARTNERSHIP_ID,
                    PARTNERSHIP_AREA.AREA),
            AggregateRows.Part.of(PARTNERSHIP_FUNDING_SOURCE, PARTNERSHIP_FUNDING_SOURCE.MUNICIPALITY_CODE,
                    PARTNERSHIP_FUNDING_SOURCE.PARTNERSHIP_ID, PARTNERSHIP_FUNDING_SOURCE.FUNDING_SOURCE),
            AggregateRows.Part.of(PARTNERSHIP_COMMITTEE, PARTNERSHIP_COMMITTEE.MUNICIPALITY_CODE,
                    PARTNERSHIP_COMMITTEE.PARTNERSHIP_ID, PARTNERSHIP_COMMITTEE.ORDINAL),
            AggregateRows.Part.of(PARTNERSHIP_ANALYSIS, PARTNERSHIP_ANALYSIS.MUNICIPALITY_CODE,
                    PARTNERSHIP_ANALYSIS.PARTNERSHIP_ID, PARTNERSHIP_ANALYSIS.ORDINAL),
            AggregateRows.Part.of(PARTNERSHIP_ANALYSIS_GOAL, PARTNERSHIP_ANALYSIS_GOAL.MUNICIPALITY_CODE,
                    PARTNERSHIP_ANALYSIS_GOAL.PARTNERSHIP_ID, PARTNERSHIP_ANALYSIS_GOAL.ANALYSIS_ORDINAL,
                    PARTNERSHIP_ANALYSIS_GOAL.ORDINAL),
            AggregateRows.Part.of(PARTNERSHIP_DEMOCRACY_PLAN, PARTNERSHIP_DEMOCRACY_PLAN.MUNICIPALITY_CODE,
                    PARTNERSHIP_DEMOCRACY_PLAN.PARTNERSHIP_ID, PARTNERSHIP_DEMOCRACY_PLAN.ORDINAL),
            AggregateRows.Part.of(PARTNERSHIP_STATUS_CHANGE, PARTNERSHIP_STATUS_CHANGE.MUNICIPALITY_CODE,
                    PARTNERSHIP_STATUS_CHANGE.PARTNERSHIP_ID, PARTNERSHIP_STATUS_CHANGE.ORDINAL));

    private final Listing<PartnershipQuery, PartnershipSummary> listing = Listing.<PartnershipQuery>select(
                    PARTNERSHIP.ID, PARTNERSHIP.TITLE, PARTNERSHIP.KIND, PARTNERSHIP.STATUS, PARTNERSHIP.PARTNER_ID,
                    PARTNER_NAME, PARTNERSHIP.COUNTRY, PARTNER_LOCALITY, PARTNERSHIP.PROPOSED_ON, ACTIVATED_ON,
                    PARTNERSHIP.VERSION)
            .from(select -> select.from(PARTNERSHIP).join(PARTNER)
                    .on(PARTNER.MUNICIPALITY_CODE.eq(PARTNERSHIP.MUNICIPALITY_CODE)
                            .and(PARTNER.ID.eq(PARTNERSHIP.PARTNER_ID))), PARTNERSHIP.MUNICIPALITY_CODE)
            .filters(Listing.Filter.equal(PARTNERSHIP.STATUS, q -> q.status().map(Enum::name)),
                    Listing.Filter.equal(PARTNERSHIP.KIND, q -> q.kind().map(Enum::name)),
                    Listing.Filter.equal(PARTNERSHIP.COUNTRY, q -> q.country().map(CountryCode::value)))
            .orderedBy(PartnershipQuery::sort, JooqPartnershipRepository::order)
            .map(r -> new PartnershipSummary(new PartnershipId(r.get(PARTNERSHIP.ID)), r.get(PARTNERSHIP.TITLE),
                    PartnershipKind.valueOf(r.get(PARTNERSHIP.KIND)),
                    PartnershipStatus.valueOf(r.get(PARTNERSHIP.STATUS)), new PartnerId(r.get(PARTNERSHIP.PARTNER_ID)),
                    r.get(PARTNER_NAME), CountryCode.of(r.get(PARTNERSHIP.COUNTRY)), r.get(PARTNER_LOCALITY),
                    r.get(PARTNERSHIP.PROPOSED_ON), Optional.ofNullable(r.get(ACTIVATED_ON)),
                    r.get(PARTNERSHIP.VERSION)));

    public JooqPartnershipRepository(JooqTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions are required");
    }

    @Override
    public Optional<Partnership> find(MunicipalityCode municipality, PartnershipId id) {
        checkNotNull(municipality, "municipality is required");
        checkNotNull(id, "id is required");
        return transactions.statement(dsl -> {
            AggregateRows.Rows rows = aggregate.read(dsl, municipality.value(), id.value());
            return rows.of(PARTNERSHIP).stream().findFirst().map(root -> restore(municipality, root, rows::of));
        });
    }

    @Override
    public Page<Partnership> page(MunicipalityCode municipality, PageRequest request) {
        checkNotNull(municipality, "municipality is required");
        checkNotNull(request, "request is required");
        return transactions.dsl(dsl -> {
            long total = dsl.fetchCount(PARTNERSHIP, PARTNERSHIP.MUNICIPALITY_CODE.eq(municipality.value()));
            ImmutableList<Partnership> items = load(dsl, municipality, DSL.noCondition(), Optional.of(request));
            return Page.of(items, total, request);
        });
    }

    @Override
    public ImmutableList<Partnership> withStatus(MunicipalityCode municipality, PartnershipStatus status) {
        checkNotNull(municipality, "municipality is required");
        checkNotNull(status, "status is required");
        return transactions.dsl(dsl -> load(dsl, municipality, PARTNERSHIP.STATUS.eq(status.name()),
                Optional.empty()));
    }

    @Override
    public ImmutableList<Partnership> all(MunicipalityCode municipality) {
        checkNotNull(municipality, "municipality is required");
        return transactions.dsl(dsl -> load(dsl, municipality, DSL.noCondition(), Optional.empty(), true));
    }

    /**
     * One statement: the page of the partnerships that match, joined with their partners, in the list's order, each
     * row with the total (see {@link Listing}).
     */
    @Override
    public Page<PartnershipSummary> list(MunicipalityCode municipality, PartnershipQuery query, PageRequest request) {
        checkNotNull(municipality, "municipality is required");
        checkNotNull(query, "query is required");
        checkNotNull(request, "request is required");
        return transactions.statement(dsl -> listing.page(dsl, municipality.value(), query, request));
    }

    /** The list's order: ties are broken by id, ascending, whatever the direction of the first key. */
    private static List<SortField<?>> order(PartnershipQuery.Sort sort) {
        switch (sort) {
            case TITLE:
                return List.of(PARTNERSHIP.TITLE.asc(), PARTNERSHIP.ID.asc());
            case TITLE_DESCENDING:
                return List.of(PARTNERSHIP.TITLE.desc(), PARTNERSHIP.ID.asc());
            case PROPOSED_ON:
                return List.of(PARTNERSHIP.PROPOSED_ON.asc(), PARTNERSHIP.ID.asc());
            case PROPOSED_ON_DESCENDING:
                return List.of(PARTNERSHIP.PROPOSED_ON.desc(), PARTNERSHIP.ID.asc());
            default:
                throw new IllegalArgumentException("unknown sort " + sort);
        }
    }

    @Override
    public Partnership save(Partnership partnership) {
        checkNotNull(partnership, "partnership is required");
        String id = partnership.id().toString();
        String code = partnership.municipality().value();
        UUID uuid = partnership.id().value();
        return transactions.dsl(dsl -> Store.guard(AGGREGATE, id, partnership.version(), () -> {
            long version = Store.saveRoot(dsl, root(dsl, partnership), PARTNERSHIP.VERSION, partnership.version(),
                    AGGREGATE, id);

            List<PartnershipAreaRecord> areas = new ArrayList<>();
            for (Area area : partnership.areas()) {
                areas.add(new PartnershipAreaRecord(code, uuid, area.name()));
            }
            List<PartnershipFundingSourceRecord> sources = new ArrayList<>();
            for (FundingSource source : partnership.fundingSources()) {
                sources.add(new PartnershipFundingSourceRecord(code, uuid, source.name()));
            }
            List<PartnershipCommitteeRecord> committees = new ArrayList<>();
            for (CommitteeId committee : partnership.committees()) {
                committees.add(new PartnershipCommitteeRecord(code, uuid, committee.value(), committees.size()));
            }
            List<PartnershipAnalysisRecord> analyses = new ArrayList<>();
            List<PartnershipAnalysisGoalRecord> goals = new ArrayList<>();
            for (BenefitRiskAnalysis a : partnership.analyses()) {
                int ordinal = analyses.size();
                analyses.add(new PartnershipAnalysisRecord(code, uuid, ordinal, a.purpose(), a.partnerChoiceReason(),
                        a.benefits(), a.risks(), a.madeOn()));
                for (int g = 0; g < a.goals().size(); g++) {
                    PartnershipAnalysisGoalRecord goal = dsl.newRecord(PARTNERSHIP_ANALYSIS_GOAL);
                    goal.setMunicipalityCode(code);
                    goal.setPartnershipId(uuid);
                    goal.setAnalysisOrdinal(ordinal);
                    goal.setOrdinal(g);
                    goal.setGoal(a.goals().get(g));
                    goals.add(goal);
                }
            }
            List<PartnershipDemocracyPlanRecord> plans = new ArrayList<>();
            for (DemocracyPlan plan : partnership.democracyPlans()) {
                plans.add(new PartnershipDemocracyPlanRecord(code, uuid, plans.size(), plan.reflection(),
                        plan.adoptedOn()));
            }
            List<PartnershipStatusChangeRecord> history = new ArrayList<>();
            for (StatusChange change : partnership.history()) {
                Decision d = change.decision();
                history.add(new PartnershipStatusChangeRecord(code, uuid, history.size(), change.from().name(),
                        change.to().name(), d.decidedBy().kind().name(), d.decidedBy().name(), d.date(),
                        d.reference().orElse(null)));
            }
            Store.replaceChildren(dsl, PARTNERSHIP_AREA, PARTNERSHIP_AREA.MUNICIPALITY_CODE.eq(code)
                    .and(PARTNERSHIP_AREA.PARTNERSHIP_ID.eq(uuid)), areas);
            Store.replaceChildren(dsl, PARTNERSHIP_FUNDING_SOURCE, PARTNERSHIP_FUNDING_SOURCE.MUNICIPALITY_CODE.eq(code)
                    .and(PARTNERSHIP_FUNDING_SOURCE.PARTNERSHIP_ID.eq(uuid)), sources);
            Store.replaceChildren(dsl, PARTNERSHIP_COMMITTEE, PARTNERSHIP_COMMITTEE.MUNICIPALITY_CODE.eq(code)
                    .and(PARTNERSHIP_COMMITTEE.PARTNERSHIP_ID.eq(uuid)), committees);
            // Goals before their analyses: they refer to them.
            dsl.deleteFrom(PARTNERSHIP_ANALYSIS_GOAL).where(PARTNERSHIP_ANALYSIS_GOAL.MUNICIPALITY_CODE.eq(code)
                    .and(PARTNERSHIP_ANALYSIS_GOAL.PARTNERSHIP_ID.eq(uuid))).execute();
            Store.replaceChildren(dsl, PARTNERSHIP_ANALYSIS, PARTNERSHIP_ANALYSIS.MUNICIPALITY_CODE.eq(code)
                    .and(PARTNERSHIP_ANALYSIS.PARTNERSHIP_ID.eq(uuid)), analyses);
            Store.insertAll(dsl, goals);
            Store.replaceChildren(dsl, PARTNERSHIP_DEMOCRACY_PLAN, PARTNERSHIP_DEMOCRACY_PLAN.MUNICIPALITY_CODE
                    .eq(code).and(PARTNERSHIP_DEMOCRACY_PLAN.PARTNERSHIP_ID.eq(uuid)), plans);
            Store.replaceChildren(dsl, PARTNERSHIP_STATUS_CHANGE, PARTNERSHIP_STATUS_CHANGE.MUNICIPALITY_CODE.eq(code)
                    .and(PARTNERSHIP_STATUS_CHANGE.PARTNERSHIP_ID.eq(uuid)), history);
            return partnership.withVersion(version);
        }));
    }

    private static PartnershipRecord root(DSLContext dsl, Partnership p) {
        PartnershipRecord r = dsl.newRecord(PARTNERSHIP);
        r.setMunicipalityCode(p.municipality().value());
        r.setId(p.id().value());
        r.setPartnerId(p.partner().value());
        r.setCountry(p.country().value());
        r.setKind(p.kind().name());
        r.setTitle(p.title());
        r.setProposedOn(p.proposedOn());
        r.setStatus(p.status().name());
        r.setCounterpartValuesFormalAgreement(p.counterpartValuesFormalAgreement());
        return r;
    }

    /**
     * The municipality's partnerships that match {@code which}, by title, then id (one page of them if asked), each
     * with its child rows: one query for the roots and one per child table, whatever the number of partnerships.
     */
    private static ImmutableList<Partnership> load(DSLContext dsl, MunicipalityCode municipality, Condition which,
            Optional<PageRequest> page) {
        return load(dsl, municipality, which, page, false);
    }

    /**
     * As {@link #load(DSLContext, MunicipalityCode, Condition, Optional)}; with {@code whole}, {@code which} matches
     * every one of the municipality's, and the child rows are read by the municipality alone.
     */
    private static ImmutableList<Partnership> load(DSLContext dsl, MunicipalityCode municipality, Condition which,
            Optional<PageRequest> page, boolean whole) {
        String code = municipality.value();
        Condition scoped = PARTNERSHIP.MUNICIPALITY_CODE.eq(code).and(which);
        SelectSeekStep2<PartnershipRecord, String, UUID> roots = dsl.selectFrom(PARTNERSHIP).where(scoped)
                .orderBy(PARTNERSHIP.TITLE, PARTNERSHIP.ID);
        Result<PartnershipRecord> rows = page.isPresent()
                ? roots.limit(page.get().limit()).offset(page.get().offset()).fetch()
                : roots.fetch();
        if (rows.isEmpty()) {
            return ImmutableList.of();
        }
        Optional<List<UUID>> owners = whole ? Optional.empty() : Optional.of(rows.getValues(PARTNERSHIP.ID));
        Map<UUID, List<PartnershipAreaRecord>> areas = Rows.children(dsl, PARTNERSHIP_AREA,
                PARTNERSHIP_AREA.MUNICIPALITY_CODE, PARTNERSHIP_AREA.PARTNERSHIP_ID, owners, code,
                PARTNERSHIP_AREA.AREA);
        Map<UUID, List<PartnershipFundingSourceRecord>> sources = Rows.children(dsl, PARTNERSHIP_FUNDING_SOURCE,
                PARTNERSHIP_FUNDING_SOURCE.MUNICIPALITY_CODE, PARTNERSHIP_FUNDING_SOURCE.PARTNERSHIP_ID, owners, code,
                PARTNERSHIP_FUNDING_SOURCE.FUNDING_SOURCE);
        Map<UUID, List<PartnershipCommitteeRecord>> committees = Rows.children(dsl, PARTNERSHIP_COMMITTEE,
                PARTNERSHIP_COMMITTEE.MUNICIPALITY_CODE, PARTNERSHIP_COMMITTEE.PARTNERSHIP_ID, owners, code,
                PARTNERSHIP_COMMITTEE.ORDINAL);
        Map<UUID, List<PartnershipAnalysisRecord>> analyses = Rows.children(dsl, PARTNERSHIP_ANALYSIS,
                PARTNERSHIP_ANALYSIS.MUNICIPALITY_CODE, PARTNERSHIP_ANALYSIS.PARTNERSHIP_ID, owners, code,
                PARTNERSHIP_ANALYSIS.ORDINAL);
        Map<UUID, List<PartnershipAnalysisGoalRecord>> goals = Rows.children(dsl, PARTNERSHIP_ANALYSIS_GOAL,
                PARTNERSHIP_ANALYSIS_GOAL.MUNICIPALITY_CODE, PARTNERSHIP_ANALYSIS_GOAL.PARTNERSHIP_ID, owners, code,
                PARTNERSHIP_ANALYSIS_GOAL.ANALYSIS_ORDINAL, PARTNERSHIP_ANALYSIS_GOAL.ORDINAL);
        Map<UUID, List<PartnershipDemocracyPlanRecord>> plans = Rows.children(dsl, PARTNERSHIP_DEMOCRACY_PLAN,
                PARTNERSHIP_DEMOCRACY_PLAN.MUNICIPALITY_CODE, PARTNERSHIP_DEMOCRACY_PLAN.PARTNERSHIP_ID, owners, code,
                PARTNERSHIP_DEMOCRACY_PLAN.ORDINAL);
        Map<UUID, List<PartnershipStatusChangeRecord>> history = Rows.children(dsl, PARTNERSHIP_STATUS_CHANGE,
                PARTNERSHIP_STATUS_CHANGE.MUNICIPALITY_CODE, PARTNERSHIP_STATUS_CHANGE.PARTNERSHIP_ID, owners, code,
                PARTNERSHIP_STATUS_CHANGE.ORDINAL);
        Map<Table<?>, Map<UUID, ? extends List<?>>> children = Map.of(PARTNERSHIP_AREA, areas,
                PARTNERSHIP_FUNDING_SOURCE, sources, PARTNERSHIP_COMMITTEE, committees, PARTNERSHIP_ANALYSIS, analyses,
                PARTNERSHIP_ANALYSIS_GOAL, goals, PARTNERSHIP_DEMOCRACY_PLAN, plans,
                PARTNERSHIP_STATUS_CHANGE, history);
        ImmutableList.Builder<Partnership> partnerships = ImmutableList.builder();
        for (PartnershipRecord r : rows) {
            partnerships.add(restore(municipality, Row.of(r), table -> {
                List<?> rowsOf = children.get(table).get(r.getId());
                return rowsOf == null ? List.of() : rowsOf.stream().map(c -> Row.of((Record) c)).toList();
            }));
        }
        return partnerships.build();
    }

    /** The child rows of one partnership, by table, each table's in its order. */
    private interface Children {
        List<Row> of(Table<?> table);
    }

    private static Partnership restore(MunicipalityCode municipality, Row r, Children children) {
        Set<CommitteeId> committeeIds = new LinkedHashSet<>();
        children.of(PARTNERSHIP_COMMITTEE).forEach(c -> committeeIds.add(CommitteeId.of(
                c.get(PARTNERSHIP_COMMITTEE.COMMITTEE_ID))));
        ListMultimap<Integer, String> goalsByAnalysis = ArrayListMultimap.create();
        children.of(PARTNERSHIP_ANALYSIS_GOAL).forEach(g -> goalsByAnalysis.put(
                g.get(PARTNERSHIP_ANALYSIS_GOAL.ANALYSIS_ORDINAL), g.get(PARTNERSHIP_ANALYSIS_GOAL.GOAL)));
        List<BenefitRiskAnalysis> analyses = new ArrayList<>();
        for (Row a : children.of(PARTNERSHIP_ANALYSIS)) {
            analyses.add(BenefitRiskAnalysis.of(a.get(PARTNERSHIP_ANALYSIS.PURPOSE),
                    goalsByAnalysis.get(a.get(PARTNERSHIP_ANALYSIS.ORDINAL)),
                    a.get(PARTNERSHIP_ANALYSIS.PARTNER_CHOICE_REASON), a.get(PARTNERSHIP_ANALYSIS.BENEFITS),
                    a.get(PARTNERSHIP_ANALYSIS.RISKS), a.get(PARTNERSHIP_ANALYSIS.MADE_ON)));
        }
        List<StatusChange> history = new ArrayList<>();
        for (Row c : children.of(PARTNERSHIP_STATUS_CHANGE)) {
            history.add(new StatusChange(PartnershipStatus.valueOf(c.get(PARTNERSHIP_STATUS_CHANGE.FROM_STATUS)),
                    PartnershipStatus.valueOf(c.get(PARTNERSHIP_STATUS_CHANGE.TO_STATUS)),
                    Rows.decision(c.get(PARTNERSHIP_STATUS_CHANGE.DECIDED_BY_KIND),
                            c.get(PARTNERSHIP_STATUS_CHANGE.DECIDED_BY_NAME),
                            c.get(PARTNERSHIP_STATUS_CHANGE.DECIDED_ON),
                            c.get(PARTNERSHIP_STATUS_CHANGE.DECISION_REFERENCE))));
        }
        List<DemocracyPlan> plans = new ArrayList<>();
        for (Row p : children.of(PARTNERSHIP_DEMOCRACY_PLAN)) {
            plans.add(new DemocracyPlan(p.get(PARTNERSHIP_DEMOCRACY_PLAN.REFLECTION),
                    p.get(PARTNERSHIP_DEMOCRACY_PLAN.ADOPTED_ON)));
        }
        return Partnership.restore(new PartnershipId(r.get(PARTNERSHIP.ID)), municipality,
                new PartnerId(r.get(PARTNERSHIP.PARTNER_ID)), CountryCode.of(r.get(PARTNERSHIP.COUNTRY)),
                PartnershipKind.valueOf(r.get(PARTNERSHIP.KIND)), r.get(PARTNERSHIP.TITLE),
                Rows.enumSet(Area.class, children.of(PARTNERSHIP_AREA), PARTNERSHIP_AREA.AREA),
                Rows.enumSet(FundingSource.class, children.of(PARTNERSHIP_FUNDING_SOURCE),
                        PARTNERSHIP_FUNDING_SOURCE.FUNDING_SOURCE),
                committeeIds, r.get(PARTNERSHIP.PROPOSED_ON), PartnershipStatus.valueOf(r.get(PARTNERSHIP.STATUS)),
                history, analyses, plans, r.get(PARTNERSHIP.COUNTERPART_VALUES_FORMAL_AGREEMENT),
                r.get(PARTNERSHIP.VERSION));
    }

}
