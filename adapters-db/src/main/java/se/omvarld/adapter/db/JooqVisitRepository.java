package se.omvarld.adapter.db;

import static com.google.common.base.Preconditions.checkNotNull;
import static se.omvarld.adapter.db.jooq.Tables.VISIT;
import static se.omvarld.adapter.db.jooq.Tables.VISIT_COMMITTEE;

import com.google.common.collect.ImmutableList;
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
import org.jooq.Result;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import se.omvarld.adapter.db.jooq.tables.records.VisitCommitteeRecord;
import se.omvarld.adapter.db.jooq.tables.records.VisitRecord;
import se.omvarld.domain.shared.CommitteeId;
import se.omvarld.domain.shared.DateRange;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnershipId;
import se.omvarld.domain.shared.VisitId;
import se.omvarld.domain.visit.Direction;
import se.omvarld.domain.visit.Visit;
import se.omvarld.port.Page;
import se.omvarld.port.PageRequest;
import se.omvarld.port.VisitQuery;
import se.omvarld.port.VisitRepository;
import se.omvarld.port.VisitSummary;

/** Visits: one row each, and a child table for the committees whose people travelled or hosted them. */
public final class JooqVisitRepository implements VisitRepository {

    static final String AGGREGATE = "Visit";

    private final JooqTransactions transactions;
    private final Listing<VisitQuery, VisitSummary> listing = Listing.<VisitQuery>select(VISIT.ID,
                    VISIT.PARTNERSHIP_ID, VISIT.DIRECTION, VISIT.FIRST_DAY, VISIT.LAST_DAY, VISIT.PURPOSE,
                    VISIT.PARTICIPANTS, VISIT.VERSION)
            .from(select -> select.from(VISIT), VISIT.MUNICIPALITY_CODE)
            .filters(Listing.Filter.equal(VISIT.DIRECTION, q -> q.direction().map(Enum::name)),
                    Listing.Filter.equal(VISIT.PARTNERSHIP_ID, q -> q.partnership().map(PartnershipId::value)),
                    Listing.Filter.inYear(VISIT.FIRST_DAY, VisitQuery::year))
            .orderedBy(VisitQuery::sort, JooqVisitRepository::order)
            .map(r -> new VisitSummary(new VisitId(r.get(VISIT.ID)),
                    Optional.ofNullable(r.get(VISIT.PARTNERSHIP_ID)).map(PartnershipId::new),
                    Direction.valueOf(r.get(VISIT.DIRECTION)), r.get(VISIT.FIRST_DAY), r.get(VISIT.LAST_DAY),
                    r.get(VISIT.PURPOSE), r.get(VISIT.PARTICIPANTS), r.get(VISIT.VERSION)));

    public JooqVisitRepository(JooqTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions are required");
    }

    @Override
    public Optional<Visit> find(MunicipalityCode municipality, VisitId id) {
        checkNotNull(municipality, "municipality is required");
        checkNotNull(id, "id is required");
        return list(municipality, VISIT.ID.eq(id.value())).stream().findFirst();
    }

    @Override
    public ImmutableList<Visit> ofPartnership(MunicipalityCode municipality, PartnershipId partnership) {
        checkNotNull(municipality, "municipality is required");
        checkNotNull(partnership, "partnership is required");
        return list(municipality, VISIT.PARTNERSHIP_ID.eq(partnership.value()));
    }

    @Override
    public ImmutableList<Visit> all(MunicipalityCode municipality) {
        checkNotNull(municipality, "municipality is required");
        return list(municipality, DSL.noCondition());
    }

    /**
     * The municipality's visits that match {@code which}, by first day, then id, each with its committees: one query
     * for the visits and one for their committees.
     */
    private ImmutableList<Visit> list(MunicipalityCode municipality, Condition which) {
        String code = municipality.value();
        return transactions.dsl(dsl -> {
            Result<VisitRecord> rows = dsl.selectFrom(VISIT).where(VISIT.MUNICIPALITY_CODE.eq(code), which)
                    .orderBy(VISIT.FIRST_DAY, VISIT.ID)
                    .fetch();
            if (rows.isEmpty()) {
                return ImmutableList.of();
            }
            Map<UUID, List<VisitCommitteeRecord>> committees = Rows.children(dsl, VISIT_COMMITTEE,
                    VISIT_COMMITTEE.MUNICIPALITY_CODE, VISIT_COMMITTEE.VISIT_ID,
                    Optional.of(rows.getValues(VISIT.ID)), code, VISIT_COMMITTEE.ORDINAL);
            return rows.stream().map(r -> visit(r, Rows.group(committees, r.getId())))
                    .collect(ImmutableList.toImmutableList());
        });
    }

    @Override
    public Visit save(Visit visit) {
        checkNotNull(visit, "visit is required");
        String id = visit.id().toString();
        String code = visit.municipality().value();
        UUID uuid = visit.id().value();
        return transactions.dsl(dsl -> Store.guard(AGGREGATE, id, visit.version(), () -> {
            long version = Store.saveRoot(dsl, root(dsl, visit), VISIT.VERSION, visit.version(), AGGREGATE, id);
            List<VisitCommitteeRecord> committees = new ArrayList<>();
            for (CommitteeId committee : visit.committees()) {
                committees.add(new VisitCommitteeRecord(code, uuid, committee.value(), committees.size()));
            }
            Store.replaceChildren(dsl, VISIT_COMMITTEE, VISIT_COMMITTEE.MUNICIPALITY_CODE.eq(code)
                    .and(VISIT_COMMITTEE.VISIT_ID.eq(uuid)), committees);
            return visit.withVersion(version);
        }));
    }

    private static VisitRecord root(DSLContext dsl, Visit visit) {
        VisitRecord r = dsl.newRecord(VISIT);
        r.setMunicipalityCode(visit.municipality().value());
        r.setId(visit.id().value());
        r.setPartnershipId(visit.partnership().map(PartnershipId::value).orElse(null));
        r.setDirection(visit.direction().name());
        r.setFirstDay(visit.dates().start());
        r.setLastDay(visit.dates().end());
        r.setPurpose(visit.purpose());
        r.setParticipants(visit.participants());
        r.setDigitalMeetingConsidered(visit.digitalMeetingConsidered());
        return r;
    }

    private static Visit visit(VisitRecord r, List<VisitCommitteeRecord> committeeRows) {
        Set<CommitteeId> committees = new LinkedHashSet<>();
        committeeRows.forEach(c -> committees.add(CommitteeId.of(c.getCommitteeId())));
        return Visit.restore(new VisitId(r.getId()), MunicipalityCode.of(r.getMunicipalityCode()),
                Optional.ofNullable(r.getPartnershipId()).map(PartnershipId::new),
                Direction.valueOf(r.getDirection()), DateRange.of(r.getFirstDay(), r.getLastDay()), r.getPurpose(),
                r.getParticipants(), r.getDigitalMeetingConsidered(), committees, r.getVersion());
    }

    /**
     * One statement: the page of the visits that match, in the list's order, each row with the total (see
     * {@link Listing}). The committees are not part of the list.
     */
    @Override
    public Page<VisitSummary> list(MunicipalityCode municipality, VisitQuery query, PageRequest request) {
        checkNotNull(municipality, "municipality is required");
        checkNotNull(query, "query is required");
        checkNotNull(request, "request is required");
        return transactions.statement(dsl -> listing.page(dsl, municipality.value(), query, request));
    }

    /** The list's order: ties are broken by id, ascending, whatever the direction of the first key. */
    private static List<SortField<?>> order(VisitQuery.Sort sort) {
        switch (sort) {
            case FIRST_DAY:
                return List.of(VISIT.FIRST_DAY.asc(), VISIT.ID.asc());
            case FIRST_DAY_DESCENDING:
                return List.of(VISIT.FIRST_DAY.desc(), VISIT.ID.asc());
            default:
                throw new IllegalArgumentException("unknown sort " + sort);
        }
    }
}
