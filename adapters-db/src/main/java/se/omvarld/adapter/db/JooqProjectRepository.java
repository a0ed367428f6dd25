package se.omvarld.adapter.db;

import static com.google.common.base.Preconditions.checkNotNull;
import static se.omvarld.adapter.db.jooq.Tables.PROJECT;
import static se.omvarld.adapter.db.jooq.Tables.PROJECT_AREA;
import static se.omvarld.adapter.db.jooq.Tables.PROJECT_COUNTRY;
import static se.omvarld.adapter.db.jooq.Tables.PROJECT_DEMOCRACY_PLAN;
import static se.omvarld.adapter.db.jooq.Tables.PROJECT_GOAL;
import static se.omvarld.adapter.db.jooq.Tables.PROJECT_PARTICIPANT;
import static se.omvarld.adapter.db.jooq.Tables.PROJECT_PARTNER;
import static se.omvarld.adapter.db.jooq.Tables.PROJECT_STEP;

import com.google.common.collect.ImmutableList;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableSet;
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
import org.jooq.Result;
import org.jooq.SortField;
import org.jooq.SelectSeekStep2;
import org.jooq.impl.DSL;
import se.omvarld.adapter.db.jooq.tables.records.ProjectAreaRecord;
import se.omvarld.adapter.db.jooq.tables.records.ProjectCountryRecord;
import se.omvarld.adapter.db.jooq.tables.records.ProjectDemocracyPlanRecord;
import se.omvarld.adapter.db.jooq.tables.records.ProjectGoalRecord;
import se.omvarld.adapter.db.jooq.tables.records.ProjectParticipantRecord;
import se.omvarld.adapter.db.jooq.tables.records.ProjectPartnerRecord;
import se.omvarld.adapter.db.jooq.tables.records.ProjectRecord;
import se.omvarld.adapter.db.jooq.tables.records.ProjectStepRecord;
import se.omvarld.domain.policy.DemocracyPlan;
import se.omvarld.domain.project.Budget;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.project.ProjectKind;
import se.omvarld.domain.project.ProjectStatus;
import se.omvarld.domain.project.ProjectStep;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.CommitteeId;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.Decision;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnerId;
import se.omvarld.domain.shared.ProgrammeId;
import se.omvarld.domain.shared.ProjectId;
import se.omvarld.domain.shared.UnitId;
import se.omvarld.port.Page;
import se.omvarld.port.PageRequest;
import se.omvarld.port.ProjectQuery;
import se.omvarld.port.ProjectRepository;
import se.omvarld.port.ProjectSummary;

/**
 * Projects: the root row with the budget (three amounts, each with its currency) and the committee's id, and child
 * tables for participants, partners, countries, areas, goals, democracy plans and the lifecycle steps.
 */
public final class JooqProjectRepository implements ProjectRepository {

    static final String AGGREGATE = "Project";

    /** The countries in their stored order, e.g. 'DE,TR' (codes are two letters: no separator in them). */
    private static final Field<String> COUNTRIES = DSL.field(DSL.select(DSL.listAgg(PROJECT_COUNTRY.COUNTRY, ",")
                    .withinGroupOrderBy(PROJECT_COUNTRY.ORDINAL))
            .from(PROJECT_COUNTRY)
            .where(PROJECT_COUNTRY.MUNICIPALITY_CODE.eq(PROJECT.MUNICIPALITY_CODE)
                    .and(PROJECT_COUNTRY.PROJECT_ID.eq(PROJECT.ID))))
            .as("countries");

    private final JooqTransactions transactions;
    private final Listing<ProjectQuery, ProjectSummary> listing = Listing.<ProjectQuery>select(PROJECT.ID,
                    PROJECT.PARENT_ID, PROJECT.TITLE, PROJECT.KIND, PROJECT.STATUS, PROJECT.OWNING_UNIT,
                    PROJECT.COMMITTEE, PROJECT.PROGRAMME_ID, COUNTRIES, PROJECT.BUDGET_TOTAL,
                    PROJECT.BUDGET_TOTAL_CURRENCY, PROJECT.REGISTERED_ON, PROJECT.VERSION)
            .from(select -> select.from(PROJECT), PROJECT.MUNICIPALITY_CODE)
            .filters(Listing.Filter.equal(PROJECT.STATUS, q -> q.status().map(Enum::name)),
                    Listing.Filter.equal(PROJECT.KIND, q -> q.kind().map(Enum::name)),
                    Listing.Filter.equal(PROJECT.OWNING_UNIT, q -> q.unit().map(UnitId::value)),
                    Listing.Filter.equal(PROJECT.PROGRAMME_ID, q -> q.programme().map(ProgrammeId::value)),
                    Listing.Filter.matching(PROJECT_COUNTRY.COUNTRY.getDataType(),
                            q -> q.country().map(CountryCode::value),
                            country -> DSL.exists(DSL.selectOne().from(PROJECT_COUNTRY)
                                    .where(PROJECT_COUNTRY.MUNICIPALITY_CODE.eq(PROJECT.MUNICIPALITY_CODE)
                                            .and(PROJECT_COUNTRY.PROJECT_ID.eq(PROJECT.ID))
                                            .and(PROJECT_COUNTRY.COUNTRY.eq(country))))),
                    Listing.Filter.inYear(PROJECT.REGISTERED_ON, ProjectQuery::year))
            .orderedBy(ProjectQuery::sort, JooqProjectRepository::order)
            .map(r -> new ProjectSummary(new ProjectId(r.get(PROJECT.ID)),
                    Optional.ofNullable(r.get(PROJECT.PARENT_ID)).map(ProjectId::new), r.get(PROJECT.TITLE),
                    ProjectKind.valueOf(r.get(PROJECT.KIND)), ProjectStatus.valueOf(r.get(PROJECT.STATUS)),
                    UnitId.of(r.get(PROJECT.OWNING_UNIT)), CommitteeId.of(r.get(PROJECT.COMMITTEE)),
                    Optional.ofNullable(r.get(PROJECT.PROGRAMME_ID)).map(ProgrammeId::new),
                    countries(r.get(COUNTRIES)),
                    Rows.money(r.get(PROJECT.BUDGET_TOTAL), r.get(PROJECT.BUDGET_TOTAL_CURRENCY)),
                    r.get(PROJECT.REGISTERED_ON), r.get(PROJECT.VERSION)));

    public JooqProjectRepository(JooqTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions are required");
    }

    @Override
    public Optional<Project> find(MunicipalityCode municipality, ProjectId id) {
        checkNotNull(municipality, "municipality is required");
        checkNotNull(id, "id is required");
        return transactions.dsl(dsl -> load(dsl, municipality, PROJECT.ID.eq(id.value()), Optional.empty())
                .stream().findFirst());
    }

    @Override
    public Page<Project> page(MunicipalityCode municipality, PageRequest request) {
        checkNotNull(municipality, "municipality is required");
        checkNotNull(request, "request is required");
        return transactions.dsl(dsl -> {
            long total = dsl.fetchCount(PROJECT, PROJECT.MUNICIPALITY_CODE.eq(municipality.value()));
            ImmutableList<Project> items = load(dsl, municipality, DSL.noCondition(), Optional.of(request));
            return Page.of(items, total, request);
        });
    }

    @Override
    public ImmutableList<Project> children(MunicipalityCode municipality, ProjectId parent) {
        checkNotNull(municipality, "municipality is required");
        checkNotNull(parent, "parent is required");
        return transactions.dsl(dsl -> load(dsl, municipality, PROJECT.PARENT_ID.eq(parent.value()),
                Optional.empty()));
    }

    @Override
    public ImmutableList<Project> all(MunicipalityCode municipality) {
        checkNotNull(municipality, "municipality is required");
        return transactions.dsl(dsl -> load(dsl, municipality, DSL.noCondition(), Optional.empty(), true));
    }

    /**
     * One statement: the page of the projects that match, each with its countries aggregated by a correlated
     * subquery, in the list's order, each row with the total (see {@link Listing}).
     */
    @Override
    public Page<ProjectSummary> list(MunicipalityCode municipality, ProjectQuery query, PageRequest request) {
        checkNotNull(municipality, "municipality is required");
        checkNotNull(query, "query is required");
        checkNotNull(request, "request is required");
        return transactions.statement(dsl -> listing.page(dsl, municipality.value(), query, request));
    }

    private static ImmutableSet<CountryCode> countries(String aggregated) {
        if (aggregated == null || aggregated.isEmpty()) {
            return ImmutableSet.of();
        }
        return Splitter.on(',').trimResults().splitToStream(aggregated).map(CountryCode::of)
                .collect(ImmutableSet.toImmutableSet());
    }

    /** The list's order: ties are broken by id, ascending, whatever the direction of the first key. */
    private static List<SortField<?>> order(ProjectQuery.Sort sort) {
        switch (sort) {
            case TITLE:
                return List.of(PROJECT.TITLE.asc(), PROJECT.ID.asc());
            case TITLE_DESCENDING:
                return List.of(PROJECT.TITLE.desc(), PROJECT.ID.asc());
            case REGISTERED_ON:
                return List.of(PROJECT.REGISTERED_ON.asc(), PROJECT.ID.asc());
            case REGISTERED_ON_DESCENDING:
                return List.of(PROJECT.REGISTERED_ON.desc(), PROJECT.ID.asc());
            default:
                throw new IllegalArgumentException("unknown sort " + sort);
        }
    }

    @Override
    public Project save(Project project) {
        checkNotNull(project, "project is required");
        String id = project.id().toString();
        String code = project.municipality().value();
        UUID uuid = project.id().value();
        return transactions.dsl(dsl -> Store.guard(AGGREGATE, id, project.version(), () -> {
            long version = Store.saveRoot(dsl, root(dsl, project), PROJECT.VERSION, project.version(), AGGREGATE,
                    id);

            List<ProjectParticipantRecord> participants = new ArrayList<>();
            for (String participant : project.participants()) {
                participants.add(new ProjectParticipantRecord(code, uuid, participants.size(), participant));
            }
            List<ProjectPartnerRecord> partners = new ArrayList<>();
            for (PartnerId partner : project.partners()) {
                partners.add(new ProjectPartnerRecord(code, uuid, partner.value(), partners.size()));
            }
            List<ProjectCountryRecord> countries = new ArrayList<>();
            for (CountryCode country : project.countries()) {
                countries.add(new ProjectCountryRecord(code, uuid, country.value(), countries.size()));
            }
            List<ProjectAreaRecord> areas = new ArrayList<>();
            for (Area area : project.areas()) {
                areas.add(new ProjectAreaRecord(code, uuid, area.name()));
            }
            List<ProjectGoalRecord> goals = new ArrayList<>();
            for (String goal : project.goals()) {
                goals.add(new ProjectGoalRecord(code, uuid, goals.size(), goal));
            }
            List<ProjectDemocracyPlanRecord> plans = new ArrayList<>();
            for (DemocracyPlan plan : project.democracyPlans()) {
                plans.add(new ProjectDemocracyPlanRecord(code, uuid, plans.size(), plan.reflection(),
                        plan.adoptedOn()));
            }
            List<ProjectStepRecord> steps = new ArrayList<>();
            for (ProjectStep step : project.history()) {
                Optional<Decision> d = step.decision();
                steps.add(new ProjectStepRecord(code, uuid, steps.size(), step.from().name(), step.to().name(),
                        step.on(), d.map(x -> x.decidedBy().kind().name()).orElse(null),
                        d.map(x -> x.decidedBy().name()).orElse(null), d.flatMap(Decision::reference).orElse(null)));
            }
            Store.replaceChildren(dsl, PROJECT_PARTICIPANT, PROJECT_PARTICIPANT.MUNICIPALITY_CODE.eq(code)
                    .and(PROJECT_PARTICIPANT.PROJECT_ID.eq(uuid)), participants);
            Store.replaceChildren(dsl, PROJECT_PARTNER, PROJECT_PARTNER.MUNICIPALITY_CODE.eq(code)
                    .and(PROJECT_PARTNER.PROJECT_ID.eq(uuid)), partners);
            Store.replaceChildren(dsl, PROJECT_COUNTRY, PROJECT_COUNTRY.MUNICIPALITY_CODE.eq(code)
                    .and(PROJECT_COUNTRY.PROJECT_ID.eq(uuid)), countries);
            Store.replaceChildren(dsl, PROJECT_AREA, PROJECT_AREA.MUNICIPALITY_CODE.eq(code)
                    .and(PROJECT_AREA.PROJECT_ID.eq(uuid)), areas);
            Store.replaceChildren(dsl, PROJECT_GOAL, PROJECT_GOAL.MUNICIPALITY_CODE.eq(code)
                    .and(PROJECT_GOAL.PROJECT_ID.eq(uuid)), goals);
            Store.replaceChildren(dsl, PROJECT_DEMOCRACY_PLAN, PROJECT_DEMOCRACY_PLAN.MUNICIPALITY_CODE.eq(code)
                    .and(PROJECT_DEMOCRACY_PLAN.PROJECT_ID.eq(uuid)), plans);
            Store.replaceChildren(dsl, PROJECT_STEP, PROJECT_STEP.MUNICIPALITY_CODE.eq(code)
                    .and(PROJECT_STEP.PROJECT_ID.eq(uuid)), steps);
            return project.withVersion(version);
        }));
    }

    private static ProjectRecord root(DSLContext dsl, Project p) {
        ProjectRecord r = dsl.newRecord(PROJECT);
        r.setMunicipalityCode(p.municipality().value());
        r.setId(p.id().value());
        r.setParentId(p.parent().map(ProjectId::value).orElse(null));
        r.setTitle(p.title());
        r.setKind(p.kind().name());
        r.setOwningUnit(p.owningUnit().value());
        r.setCommittee(p.committee().value());
        r.setProgrammeId(p.programme().map(ProgrammeId::value).orElse(null));
        Budget b = p.budget();
        r.setBudgetTotal(b.total().amount());
        r.setBudgetTotalCurrency(b.total().currency().getCurrencyCode());
        r.setBudgetExternal(b.externalFunding().amount());
        r.setBudgetExternalCurrency(b.externalFunding().currency().getCurrencyCode());
        r.setBudgetOwn(b.ownContribution().amount());
        r.setBudgetOwnCurrency(b.ownContribution().currency().getCurrencyCode());
        r.setExternalFundingExplored(p.externalFundingExplored());
        r.setBudgetedInUnitPlan(p.budgetedInUnitPlan());
        r.setRegisteredOn(p.registeredOn());
        r.setStatus(p.status().name());
        return r;
    }

    /**
     * The municipality's projects that match {@code which}, by title, then id (one page of them if asked), each with
     * its child rows: one query for the roots and one per child table, whatever the number of projects.
     */
    private static ImmutableList<Project> load(DSLContext dsl, MunicipalityCode municipality, Condition which,
            Optional<PageRequest> page) {
        return load(dsl, municipality, which, page, false);
    }

    /**
     * As {@link #load(DSLContext, MunicipalityCode, Condition, Optional)}; with {@code whole}, {@code which} matches
     * every one of the municipality's, and the child rows are read by the municipality alone.
     */
    private static ImmutableList<Project> load(DSLContext dsl, MunicipalityCode municipality, Condition which,
            Optional<PageRequest> page, boolean whole) {
        String code = municipality.value();
        Condition scoped = PROJECT.MUNICIPALITY_CODE.eq(code).and(which);
        SelectSeekStep2<ProjectRecord, String, UUID> roots = dsl.selectFrom(PROJECT).where(scoped)
                .orderBy(PROJECT.TITLE, PROJECT.ID);
        Result<ProjectRecord> rows = page.isPresent()
                ? roots.limit(page.get().limit()).offset(page.get().offset()).fetch()
                : roots.fetch();
        if (rows.isEmpty()) {
            return ImmutableList.of();
        }
        Optional<List<UUID>> owners = whole ? Optional.empty() : Optional.of(rows.getValues(PROJECT.ID));
        Map<UUID, List<ProjectParticipantRecord>> participants = Rows.children(dsl, PROJECT_PARTICIPANT,
                PROJECT_PARTICIPANT.MUNICIPALITY_CODE, PROJECT_PARTICIPANT.PROJECT_ID, owners, code,
                PROJECT_PARTICIPANT.ORDINAL);
        Map<UUID, List<ProjectPartnerRecord>> partners = Rows.children(dsl, PROJECT_PARTNER,
                PROJECT_PARTNER.MUNICIPALITY_CODE, PROJECT_PARTNER.PROJECT_ID, owners, code, PROJECT_PARTNER.ORDINAL);
        Map<UUID, List<ProjectCountryRecord>> countries = Rows.children(dsl, PROJECT_COUNTRY,
                PROJECT_COUNTRY.MUNICIPALITY_CODE, PROJECT_COUNTRY.PROJECT_ID, owners, code, PROJECT_COUNTRY.ORDINAL);
        Map<UUID, List<ProjectAreaRecord>> areas = Rows.children(dsl, PROJECT_AREA,
                PROJECT_AREA.MUNICIPALITY_CODE, PROJECT_AREA.PROJECT_ID, owners, code, PROJECT_AREA.AREA);
        Map<UUID, List<ProjectGoalRecord>> goals = Rows.children(dsl, PROJECT_GOAL,
                PROJECT_GOAL.MUNICIPALITY_CODE, PROJECT_GOAL.PROJECT_ID, owners, code, PROJECT_GOAL.ORDINAL);
        Map<UUID, List<ProjectDemocracyPlanRecord>> plans = Rows.children(dsl, PROJECT_DEMOCRACY_PLAN,
                PROJECT_DEMOCRACY_PLAN.MUNICIPALITY_CODE, PROJECT_DEMOCRACY_PLAN.PROJECT_ID, owners, code,
                PROJECT_DEMOCRACY_PLAN.ORDINAL);
        Map<UUID, List<ProjectStepRecord>> steps = Rows.children(dsl, PROJECT_STEP,
                PROJECT_STEP.MUNICIPALITY_CODE, PROJECT_STEP.PROJECT_ID, owners, code, PROJECT_STEP.ORDINAL);
        ImmutableList.Builder<Project> projects = ImmutableList.builder();
        for (ProjectRecord r : rows) {
            UUID id = r.getId();
            Set<PartnerId> partnerIds = new LinkedHashSet<>();
            Rows.group(partners, id).forEach(p -> partnerIds.add(new PartnerId(p.getPartnerId())));
            Set<CountryCode> countryCodes = new LinkedHashSet<>();
            Rows.group(countries, id).forEach(c -> countryCodes.add(CountryCode.of(c.getCountry())));
            projects.add(Project.builder()
                    .id(new ProjectId(id))
                    .municipality(municipality)
                    .parent(Optional.ofNullable(r.getParentId()).map(ProjectId::new))
                    .title(r.getTitle())
                    .kind(ProjectKind.valueOf(r.getKind()))
                    .owner(UnitId.of(r.getOwningUnit()), CommitteeId.of(r.getCommittee()))
                    .participants(Rows.map(Rows.group(participants, id), ProjectParticipantRecord::getName))
                    .partners(partnerIds)
                    .countries(countryCodes)
                    .programme(Optional.ofNullable(r.getProgrammeId()).map(ProgrammeId::new))
                    .areas(Rows.enumSet(Area.class, Rows.group(areas, id), PROJECT_AREA.AREA))
                    .goals(Rows.map(Rows.group(goals, id), ProjectGoalRecord::getGoal))
                    .budget(new Budget(Rows.money(r.getBudgetTotal(), r.getBudgetTotalCurrency()),
                            Rows.money(r.getBudgetExternal(), r.getBudgetExternalCurrency()),
                            Rows.money(r.getBudgetOwn(), r.getBudgetOwnCurrency())))
                    .externalFundingExplored(r.getExternalFundingExplored())
                    .budgetedInUnitPlan(r.getBudgetedInUnitPlan())
                    .democracyPlans(Rows.map(Rows.group(plans, id),
                            p -> new DemocracyPlan(p.getReflection(), p.getAdoptedOn())))
                    .registeredOn(r.getRegisteredOn())
                    .status(ProjectStatus.valueOf(r.getStatus()),
                            Rows.map(Rows.group(steps, id), JooqProjectRepository::step))
                    .version(r.getVersion())
                    .build());
        }
        return projects.build();
    }

    private static ProjectStep step(ProjectStepRecord s) {
        Optional<Decision> decision = s.getDecidedByKind() == null
                ? Optional.empty()
                : Optional.of(Rows.decision(s.getDecidedByKind(), s.getDecidedByName(), s.getTakenOn(),
                        s.getDecisionReference()));
        return new ProjectStep(ProjectStatus.valueOf(s.getFromStatus()), ProjectStatus.valueOf(s.getToStatus()),
                s.getTakenOn(), decision);
    }
}
