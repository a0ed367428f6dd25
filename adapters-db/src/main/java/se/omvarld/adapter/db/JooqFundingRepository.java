package se.omvarld.adapter.db;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static se.omvarld.adapter.db.jooq.Tables.FUNDING_CALL;
import static se.omvarld.adapter.db.jooq.Tables.FUNDING_CALL_AREA;
import static se.omvarld.adapter.db.jooq.Tables.FUNDING_PROGRAMME;
import static se.omvarld.adapter.db.jooq.Tables.FUNDING_PROGRAMME_AREA;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Result;
import org.jooq.impl.DSL;
import se.omvarld.adapter.db.jooq.tables.records.FundingCallAreaRecord;
import se.omvarld.adapter.db.jooq.tables.records.FundingCallRecord;
import se.omvarld.adapter.db.jooq.tables.records.FundingProgrammeAreaRecord;
import se.omvarld.adapter.db.jooq.tables.records.FundingProgrammeRecord;
import se.omvarld.domain.funding.Call;
import se.omvarld.domain.funding.FundingProgramme;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.CallId;
import se.omvarld.domain.shared.FundingSource;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.ProgrammeId;
import se.omvarld.port.FundingRepository;

/** Funding programmes and their calls, each with a child table of areas. */
public final class JooqFundingRepository implements FundingRepository {

    static final String PROGRAMME = "FundingProgramme";
    static final String CALL = "Call";
    /** The co-financing rate is kept exactly, to this many decimals (the column is numeric(12, 10)). */
    static final int RATE_SCALE = 10;

    private final JooqTransactions transactions;

    public JooqFundingRepository(JooqTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions are required");
    }

    // ------------------------------------------------------------------------------------------- programmes

    @Override
    public Optional<FundingProgramme> findProgramme(MunicipalityCode municipality, ProgrammeId id) {
        checkNotNull(municipality, "municipality is required");
        checkNotNull(id, "id is required");
        return transactions.dsl(dsl -> loadProgrammes(dsl, municipality, FUNDING_PROGRAMME.ID.eq(id.value()))
                .stream().findFirst());
    }

    @Override
    public ImmutableList<FundingProgramme> programmes(MunicipalityCode municipality) {
        checkNotNull(municipality, "municipality is required");
        return transactions.dsl(dsl -> loadProgrammes(dsl, municipality, DSL.noCondition()));
    }

    @Override
    public FundingProgramme save(FundingProgramme programme) {
        checkNotNull(programme, "programme is required");
        BigDecimal rate = programme.coFinancingRate().stripTrailingZeros();
        checkArgument(rate.scale() <= RATE_SCALE, "co-financing rate %s has more than %s decimals; round it first",
                programme.coFinancingRate(), RATE_SCALE);
        String id = programme.id().toString();
        String code = programme.municipality().value();
        UUID uuid = programme.id().value();
        return transactions.dsl(dsl -> Store.guard(PROGRAMME, id, programme.version(), () -> {
            FundingProgrammeRecord root = dsl.newRecord(FUNDING_PROGRAMME);
            root.setMunicipalityCode(code);
            root.setId(uuid);
            root.setName(programme.name());
            root.setFunder(programme.funder());
            root.setSource(programme.source().name());
            root.setCurrency(programme.currency().getCurrencyCode());
            root.setCoFinancingRate(rate);
            long version = Store.saveRoot(dsl, root, FUNDING_PROGRAMME.VERSION, programme.version(), PROGRAMME, id);
            List<FundingProgrammeAreaRecord> areas = new ArrayList<>();
            for (Area area : programme.eligibleAreas()) {
                areas.add(new FundingProgrammeAreaRecord(code, uuid, area.name()));
            }
            Store.replaceChildren(dsl, FUNDING_PROGRAMME_AREA, FUNDING_PROGRAMME_AREA.MUNICIPALITY_CODE.eq(code)
                    .and(FUNDING_PROGRAMME_AREA.PROGRAMME_ID.eq(uuid)), areas);
            return programme.withVersion(version);
        }));
    }

    /** The municipality's programmes that match {@code which}, by name, then id, with their areas. */
    private static ImmutableList<FundingProgramme> loadProgrammes(DSLContext dsl, MunicipalityCode municipality,
            Condition which) {
        String code = municipality.value();
        Condition scoped = FUNDING_PROGRAMME.MUNICIPALITY_CODE.eq(code).and(which);
        Result<FundingProgrammeRecord> rows = dsl.selectFrom(FUNDING_PROGRAMME).where(scoped)
                .orderBy(FUNDING_PROGRAMME.NAME, FUNDING_PROGRAMME.ID).fetch();
        if (rows.isEmpty()) {
            return ImmutableList.of();
        }
        Map<UUID, List<FundingProgrammeAreaRecord>> areas = Rows.children(dsl, FUNDING_PROGRAMME_AREA,
                FUNDING_PROGRAMME_AREA.MUNICIPALITY_CODE, FUNDING_PROGRAMME_AREA.PROGRAMME_ID,
                Optional.of(rows.getValues(FUNDING_PROGRAMME.ID)), code,
                FUNDING_PROGRAMME_AREA.AREA);
        ImmutableList.Builder<FundingProgramme> programmes = ImmutableList.builder();
        for (FundingProgrammeRecord r : rows) {
            programmes.add(new FundingProgramme(new ProgrammeId(r.getId()),
                    MunicipalityCode.of(r.getMunicipalityCode()), r.getName(), r.getFunder(),
                    FundingSource.valueOf(r.getSource()), Currency.getInstance(r.getCurrency().strip()),
                    r.getCoFinancingRate().stripTrailingZeros(),
                    ImmutableSet.copyOf(Rows.enumSet(Area.class, Rows.group(areas, r.getId()),
                            FUNDING_PROGRAMME_AREA.AREA)),
                    r.getVersion()));
        }
        return programmes.build();
    }

    // ------------------------------------------------------------------------------------------------ calls

    @Override
    public Optional<Call> findCall(MunicipalityCode municipality, CallId id) {
        checkNotNull(municipality, "municipality is required");
        checkNotNull(id, "id is required");
        return transactions.dsl(dsl -> loadCalls(dsl, municipality, FUNDING_CALL.ID.eq(id.value()))
                .stream().findFirst());
    }

    @Override
    public ImmutableList<Call> openCalls(MunicipalityCode municipality, LocalDate day) {
        checkNotNull(municipality, "municipality is required");
        checkNotNull(day, "day is required");
        return transactions.dsl(dsl -> loadCalls(dsl, municipality,
                FUNDING_CALL.DEADLINE.ge(day).and(FUNDING_CALL.OPENS.le(day))));
    }

    @Override
    public ImmutableList<Call> calls(MunicipalityCode municipality) {
        checkNotNull(municipality, "municipality is required");
        return transactions.dsl(dsl -> loadCalls(dsl, municipality, DSL.noCondition()));
    }

    @Override
    public Call save(Call call) {
        checkNotNull(call, "call is required");
        String id = call.id().toString();
        String code = call.municipality().value();
        UUID uuid = call.id().value();
        return transactions.dsl(dsl -> Store.guard(CALL, id, call.version(), () -> {
            checkArgument(dsl.fetchExists(FUNDING_PROGRAMME, FUNDING_PROGRAMME.MUNICIPALITY_CODE.eq(code),
                    FUNDING_PROGRAMME.ID.eq(call.programme().value())),
                    "programme %s is not in %s's register", call.programme(), call.municipality());
            FundingCallRecord root = dsl.newRecord(FUNDING_CALL);
            root.setMunicipalityCode(code);
            root.setId(uuid);
            root.setProgrammeId(call.programme().value());
            root.setTitle(call.title());
            root.setOpens(call.opens());
            root.setDeadline(call.deadline());
            long version = Store.saveRoot(dsl, root, FUNDING_CALL.VERSION, call.version(), CALL, id);
            List<FundingCallAreaRecord> areas = new ArrayList<>();
            for (Area area : call.areas()) {
                areas.add(new FundingCallAreaRecord(code, uuid, area.name()));
            }
            Store.replaceChildren(dsl, FUNDING_CALL_AREA, FUNDING_CALL_AREA.MUNICIPALITY_CODE.eq(code)
                    .and(FUNDING_CALL_AREA.CALL_ID.eq(uuid)), areas);
            return call.withVersion(version);
        }));
    }

    /** The municipality's calls that match {@code which}, soonest deadline first (then title, id), with areas. */
    private static ImmutableList<Call> loadCalls(DSLContext dsl, MunicipalityCode municipality, Condition which) {
        String code = municipality.value();
        Condition scoped = FUNDING_CALL.MUNICIPALITY_CODE.eq(code).and(which);
        Result<FundingCallRecord> rows = dsl.selectFrom(FUNDING_CALL).where(scoped)
                .orderBy(FUNDING_CALL.DEADLINE, FUNDING_CALL.TITLE, FUNDING_CALL.ID).fetch();
        if (rows.isEmpty()) {
            return ImmutableList.of();
        }
        Map<UUID, List<FundingCallAreaRecord>> areas = Rows.children(dsl, FUNDING_CALL_AREA,
                FUNDING_CALL_AREA.MUNICIPALITY_CODE, FUNDING_CALL_AREA.CALL_ID,
                Optional.of(rows.getValues(FUNDING_CALL.ID)), code,
                FUNDING_CALL_AREA.AREA);
        ImmutableList.Builder<Call> calls = ImmutableList.builder();
        for (FundingCallRecord r : rows) {
            calls.add(new Call(new CallId(r.getId()), MunicipalityCode.of(r.getMunicipalityCode()),
                    new ProgrammeId(r.getProgrammeId()), r.getTitle(),
                    ImmutableSet.copyOf(Rows.enumSet(Area.class, Rows.group(areas, r.getId()),
                            FUNDING_CALL_AREA.AREA)),
                    r.getOpens(), r.getDeadline(), r.getVersion()));
        }
        return calls.build();
    }
}
