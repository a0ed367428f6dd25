package se.omvarld.adapter.db;

import static com.google.common.base.Preconditions.checkNotNull;
import static se.omvarld.adapter.db.jooq.Tables.VISIT;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.jooq.Condition;
import se.omvarld.adapter.db.jooq.tables.records.VisitRecord;
import se.omvarld.domain.shared.DateRange;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnershipId;
import se.omvarld.domain.shared.VisitId;
import se.omvarld.domain.visit.Direction;
import se.omvarld.domain.visit.Visit;
import se.omvarld.port.VisitRepository;

/** Visits, one row each. */
public final class JooqVisitRepository implements VisitRepository {

    static final String AGGREGATE = "Visit";

    private final JooqTransactions transactions;

    public JooqVisitRepository(JooqTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions are required");
    }

    @Override
    public Optional<Visit> find(MunicipalityCode municipality, VisitId id) {
        checkNotNull(municipality, "municipality is required");
        checkNotNull(id, "id is required");
        return transactions.dsl(dsl -> dsl.selectFrom(VISIT)
                .where(VISIT.MUNICIPALITY_CODE.eq(municipality.value()), VISIT.ID.eq(id.value()))
                .fetchOptional(JooqVisitRepository::visit));
    }

    @Override
    public ImmutableList<Visit> ofPartnership(MunicipalityCode municipality, PartnershipId partnership) {
        checkNotNull(municipality, "municipality is required");
        checkNotNull(partnership, "partnership is required");
        return list(VISIT.MUNICIPALITY_CODE.eq(municipality.value())
                .and(VISIT.PARTNERSHIP_ID.eq(partnership.value())));
    }

    @Override
    public ImmutableList<Visit> all(MunicipalityCode municipality) {
        checkNotNull(municipality, "municipality is required");
        return list(VISIT.MUNICIPALITY_CODE.eq(municipality.value()));
    }

    private ImmutableList<Visit> list(Condition which) {
        return transactions.dsl(dsl -> dsl.selectFrom(VISIT).where(which)
                .orderBy(VISIT.FIRST_DAY, VISIT.ID)
                .fetch(JooqVisitRepository::visit)
                .stream().collect(ImmutableList.toImmutableList()));
    }

    @Override
    public Visit save(Visit visit) {
        checkNotNull(visit, "visit is required");
        String id = visit.id().toString();
        return transactions.dsl(dsl -> Store.guard(AGGREGATE, id, visit.version(), () -> {
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
            return visit.withVersion(Store.saveRoot(dsl, r, VISIT.VERSION, visit.version(), AGGREGATE, id));
        }));
    }

    private static Visit visit(VisitRecord r) {
        return new Visit(new VisitId(r.getId()), MunicipalityCode.of(r.getMunicipalityCode()),
                Optional.ofNullable(r.getPartnershipId()).map(PartnershipId::new),
                Direction.valueOf(r.getDirection()), DateRange.of(r.getFirstDay(), r.getLastDay()), r.getPurpose(),
                r.getParticipants(), r.getDigitalMeetingConsidered(), r.getVersion());
    }
}
