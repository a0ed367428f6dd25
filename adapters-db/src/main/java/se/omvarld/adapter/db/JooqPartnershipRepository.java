package se.omvarld.adapter.db;

import static com.google.common.base.Preconditions.checkNotNull;
import static se.omvarld.adapter.db.jooq.Tables.PARTNERSHIP;
import static se.omvarld.adapter.db.jooq.Tables.PARTNERSHIP_ANALYSIS_GOAL;
import static se.omvarld.adapter.db.jooq.Tables.PARTNERSHIP_AREA;
import static se.omvarld.adapter.db.jooq.Tables.PARTNERSHIP_FUNDING_SOURCE;
import static se.omvarld.adapter.db.jooq.Tables.PARTNERSHIP_STATUS_CHANGE;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Result;
import org.jooq.SelectSeekStep2;
import org.jooq.impl.DSL;
import se.omvarld.adapter.db.jooq.tables.records.PartnershipAnalysisGoalRecord;
import se.omvarld.adapter.db.jooq.tables.records.PartnershipAreaRecord;
import se.omvarld.adapter.db.jooq.tables.records.PartnershipFundingSourceRecord;
import se.omvarld.adapter.db.jooq.tables.records.PartnershipRecord;
import se.omvarld.adapter.db.jooq.tables.records.PartnershipStatusChangeRecord;
import se.omvarld.domain.partnership.BenefitRiskAnalysis;
import se.omvarld.domain.partnership.DemocracyPlan;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.partnership.PartnershipStatus;
import se.omvarld.domain.partnership.StatusChange;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.Decision;
import se.omvarld.domain.shared.FundingSource;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnerId;
import se.omvarld.domain.shared.PartnershipId;
import se.omvarld.domain.shared.PartnershipKind;
import se.omvarld.port.Page;
import se.omvarld.port.PageRequest;
import se.omvarld.port.PartnershipRepository;

/**
 * Partnerships: the root row (with the benefit/risk analysis and democracy plan, each all-or-nothing), and child
 * tables for areas, funding sources, the analysis' goals and the status history.
 */
public final class JooqPartnershipRepository implements PartnershipRepository {

    static final String AGGREGATE = "Partnership";

    private final JooqTransactions transactions;

    public JooqPartnershipRepository(JooqTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions are required");
    }

    @Override
    public Optional<Partnership> find(MunicipalityCode municipality, PartnershipId id) {
        checkNotNull(municipality, "municipality is required");
        checkNotNull(id, "id is required");
        return transactions.dsl(dsl -> load(dsl, municipality,
                PARTNERSHIP.ID.eq(id.value()), Optional.empty()).stream().findFirst());
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
            List<PartnershipAnalysisGoalRecord> goals = new ArrayList<>();
            for (String goal : partnership.analysis().map(BenefitRiskAnalysis::goals).orElse(ImmutableList.of())) {
                goals.add(new PartnershipAnalysisGoalRecord(code, uuid, goals.size(), goal));
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
            Store.replaceChildren(dsl, PARTNERSHIP_ANALYSIS_GOAL, PARTNERSHIP_ANALYSIS_GOAL.MUNICIPALITY_CODE.eq(code)
                    .and(PARTNERSHIP_ANALYSIS_GOAL.PARTNERSHIP_ID.eq(uuid)), goals);
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
        Optional<BenefitRiskAnalysis> a = p.analysis();
        r.setAnalysisPurpose(a.map(BenefitRiskAnalysis::purpose).orElse(null));
        r.setAnalysisPartnerChoiceReason(a.map(BenefitRiskAnalysis::partnerChoiceReason).orElse(null));
        r.setAnalysisBenefits(a.map(BenefitRiskAnalysis::benefits).orElse(null));
        r.setAnalysisRisks(a.map(BenefitRiskAnalysis::risks).orElse(null));
        r.setAnalysisMadeOn(a.map(BenefitRiskAnalysis::madeOn).orElse(null));
        r.setDemocracyPlanReflection(p.democracyPlan().map(DemocracyPlan::reflection).orElse(null));
        r.setDemocracyPlanAdoptedOn(p.democracyPlan().map(DemocracyPlan::adoptedOn).orElse(null));
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
        Map<UUID, List<PartnershipAnalysisGoalRecord>> goals = Rows.children(dsl, PARTNERSHIP_ANALYSIS_GOAL,
                PARTNERSHIP_ANALYSIS_GOAL.MUNICIPALITY_CODE, PARTNERSHIP_ANALYSIS_GOAL.PARTNERSHIP_ID, owners, code,
                PARTNERSHIP_ANALYSIS_GOAL.ORDINAL);
        Map<UUID, List<PartnershipStatusChangeRecord>> history = Rows.children(dsl, PARTNERSHIP_STATUS_CHANGE,
                PARTNERSHIP_STATUS_CHANGE.MUNICIPALITY_CODE, PARTNERSHIP_STATUS_CHANGE.PARTNERSHIP_ID, owners, code,
                PARTNERSHIP_STATUS_CHANGE.ORDINAL);
        ImmutableList.Builder<Partnership> partnerships = ImmutableList.builder();
        for (PartnershipRecord r : rows) {
            UUID id = r.getId();
            Optional<BenefitRiskAnalysis> analysis = r.getAnalysisPurpose() == null
                    ? Optional.empty()
                    : Optional.of(BenefitRiskAnalysis.of(r.getAnalysisPurpose(),
                            Rows.map(Rows.group(goals, id), PartnershipAnalysisGoalRecord::getGoal),
                            r.getAnalysisPartnerChoiceReason(), r.getAnalysisBenefits(), r.getAnalysisRisks(),
                            r.getAnalysisMadeOn()));
            Optional<DemocracyPlan> plan = r.getDemocracyPlanReflection() == null
                    ? Optional.empty()
                    : Optional.of(new DemocracyPlan(r.getDemocracyPlanReflection(), r.getDemocracyPlanAdoptedOn()));
            partnerships.add(Partnership.restore(new PartnershipId(id), municipality,
                    new PartnerId(r.getPartnerId()), CountryCode.of(r.getCountry()),
                    PartnershipKind.valueOf(r.getKind()), r.getTitle(),
                    Rows.enumSet(Area.class, Rows.group(areas, id), PARTNERSHIP_AREA.AREA),
                    Rows.enumSet(FundingSource.class, Rows.group(sources, id),
                            PARTNERSHIP_FUNDING_SOURCE.FUNDING_SOURCE),
                    r.getProposedOn(), PartnershipStatus.valueOf(r.getStatus()),
                    Rows.map(Rows.group(history, id), JooqPartnershipRepository::statusChange),
                    analysis, plan, r.getCounterpartValuesFormalAgreement(), r.getVersion()));
        }
        return partnerships.build();
    }

    private static StatusChange statusChange(PartnershipStatusChangeRecord c) {
        return new StatusChange(PartnershipStatus.valueOf(c.getFromStatus()),
        PartnershipStatus.valueOf(c.getToStatus()),
                Rows.decision(c.getDecidedByKind(), c.getDecidedByName(), c.getDecidedOn(), c.getDecisionReference()));
    }
}
