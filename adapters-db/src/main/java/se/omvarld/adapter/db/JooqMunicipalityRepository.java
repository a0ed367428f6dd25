package se.omvarld.adapter.db;

import static com.google.common.base.Preconditions.checkNotNull;
import static se.omvarld.adapter.db.jooq.Tables.MUNICIPALITY;
import static se.omvarld.adapter.db.jooq.Tables.MUNICIPALITY_ADMINISTRATION;
import static se.omvarld.adapter.db.jooq.Tables.MUNICIPALITY_COMMITTEE;
import static se.omvarld.adapter.db.jooq.Tables.MUNICIPALITY_UNIT;
import static se.omvarld.adapter.db.jooq.Tables.REGISTER_VERSION;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Result;
import org.jooq.impl.DSL;
import se.omvarld.adapter.db.jooq.tables.records.MunicipalityAdministrationRecord;
import se.omvarld.adapter.db.jooq.tables.records.MunicipalityCommitteeRecord;
import se.omvarld.adapter.db.jooq.tables.records.MunicipalityRecord;
import se.omvarld.adapter.db.jooq.tables.records.MunicipalityUnitRecord;
import se.omvarld.domain.municipality.Administration;
import se.omvarld.domain.municipality.Committee;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.municipality.Representative;
import se.omvarld.domain.municipality.Unit;
import se.omvarld.domain.municipality.UnitKind;
import se.omvarld.domain.shared.CommitteeId;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.UnitId;
import se.omvarld.port.MunicipalityRepository;

/**
 * Municipalities with the day each was registered, their committees (each with its stable id), administrations
 * (referring to their committee by id) and units (each with its stable id), in four tables.
 */
public final class JooqMunicipalityRepository implements MunicipalityRepository {

    static final String AGGREGATE = "Municipality";

    private final JooqTransactions transactions;

    public JooqMunicipalityRepository(JooqTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions are required");
    }

    @Override
    public Optional<Municipality> find(MunicipalityCode code) {
        checkNotNull(code, "code is required");
        return transactions.dsl(dsl -> load(dsl, Optional.of(code.value())).stream().findFirst());
    }

    @Override
    public ImmutableList<Municipality> all() {
        return transactions.dsl(dsl -> load(dsl, Optional.empty()));
    }

    /** One read by primary key of the version {@link Store#saveRoot} raises with every save. */
    @Override
    public long registerVersion(MunicipalityCode code) {
        checkNotNull(code, "code is required");
        return transactions.dsl(dsl -> dsl.select(REGISTER_VERSION.VERSION).from(REGISTER_VERSION)
                .where(REGISTER_VERSION.MUNICIPALITY_CODE.eq(code.value()))
                .fetchOptional(REGISTER_VERSION.VERSION).orElse(0L));
    }

    @Override
    public Municipality save(Municipality municipality) {
        checkNotNull(municipality, "municipality is required");
        String code = municipality.code().value();
        return transactions.dsl(dsl -> Store.guard(AGGREGATE, code, municipality.version(), () -> {
            MunicipalityRecord root = dsl.newRecord(MUNICIPALITY);
            root.setCode(code);
            root.setName(municipality.name());
            root.setRegisteredOn(municipality.registeredOn());
            long version = Store.saveRoot(dsl, root, MUNICIPALITY.VERSION, municipality.version(), AGGREGATE, code);

            dsl.deleteFrom(MUNICIPALITY_UNIT).where(MUNICIPALITY_UNIT.MUNICIPALITY_CODE.eq(code)).execute();
            dsl.deleteFrom(MUNICIPALITY_ADMINISTRATION)
                    .where(MUNICIPALITY_ADMINISTRATION.MUNICIPALITY_CODE.eq(code)).execute();
            dsl.deleteFrom(MUNICIPALITY_COMMITTEE).where(MUNICIPALITY_COMMITTEE.MUNICIPALITY_CODE.eq(code)).execute();

            List<MunicipalityCommitteeRecord> committees = new ArrayList<>();
            for (Committee c : municipality.committees()) {
                MunicipalityCommitteeRecord r = dsl.newRecord(MUNICIPALITY_COMMITTEE);
                r.setMunicipalityCode(code);
                r.setOrdinal(committees.size());
                r.setCommitteeId(c.id().value());
                r.setName(c.name());
                committees.add(r);
            }
            List<MunicipalityAdministrationRecord> administrations = new ArrayList<>();
            for (Administration a : municipality.administrations()) {
                MunicipalityAdministrationRecord r = dsl.newRecord(MUNICIPALITY_ADMINISTRATION);
                r.setMunicipalityCode(code);
                r.setName(a.name());
                r.setOrdinal(administrations.size());
                r.setCommitteeId(a.committee().value());
                r.setRepresentativeName(a.representative().map(Representative::name).orElse(null));
                r.setRepresentativeTitle(a.representative().map(Representative::title).orElse(null));
                administrations.add(r);
            }
            List<MunicipalityUnitRecord> units = new ArrayList<>();
            for (Unit u : municipality.units()) {
                MunicipalityUnitRecord r = dsl.newRecord(MUNICIPALITY_UNIT);
                r.setMunicipalityCode(code);
                r.setName(u.name());
                r.setOrdinal(units.size());
                r.setUnitId(u.id().value());
                r.setKind(u.kind().name());
                r.setAdministration(u.administration());
                units.add(r);
            }
            Store.insertAll(dsl, committees);
            Store.insertAll(dsl, administrations);
            Store.insertAll(dsl, units);
            return municipality.withVersion(version);
        }));
    }

    /** The municipality of {@code code}, or all of them, with their organisations: four queries in all. */
    private static ImmutableList<Municipality> load(DSLContext dsl, Optional<String> code) {
        Result<MunicipalityRecord> roots = dsl.selectFrom(MUNICIPALITY)
                .where(code.map(MUNICIPALITY.CODE::eq).orElse(DSL.noCondition()))
                .orderBy(MUNICIPALITY.CODE)
                .fetch();
        if (roots.isEmpty()) {
            return ImmutableList.of();
        }
        Map<String, Result<MunicipalityCommitteeRecord>> committees = dsl.selectFrom(MUNICIPALITY_COMMITTEE)
                .where(code.map(MUNICIPALITY_COMMITTEE.MUNICIPALITY_CODE::eq).orElse(DSL.noCondition()))
                .orderBy(MUNICIPALITY_COMMITTEE.MUNICIPALITY_CODE, MUNICIPALITY_COMMITTEE.ORDINAL)
                .fetchGroups(MUNICIPALITY_COMMITTEE.MUNICIPALITY_CODE);
        Map<String, Result<MunicipalityAdministrationRecord>> administrations = dsl
                .selectFrom(MUNICIPALITY_ADMINISTRATION)
                .where(code.map(MUNICIPALITY_ADMINISTRATION.MUNICIPALITY_CODE::eq).orElse(DSL.noCondition()))
                .orderBy(MUNICIPALITY_ADMINISTRATION.MUNICIPALITY_CODE, MUNICIPALITY_ADMINISTRATION.ORDINAL)
                .fetchGroups(MUNICIPALITY_ADMINISTRATION.MUNICIPALITY_CODE);
        Map<String, Result<MunicipalityUnitRecord>> units = dsl.selectFrom(MUNICIPALITY_UNIT)
                .where(code.map(MUNICIPALITY_UNIT.MUNICIPALITY_CODE::eq).orElse(DSL.noCondition()))
                .orderBy(MUNICIPALITY_UNIT.MUNICIPALITY_CODE, MUNICIPALITY_UNIT.ORDINAL)
                .fetchGroups(MUNICIPALITY_UNIT.MUNICIPALITY_CODE);
        ImmutableList.Builder<Municipality> municipalities = ImmutableList.builder();
        for (MunicipalityRecord root : roots) {
            String owner = root.getCode();
            municipalities.add(Municipality.restore(MunicipalityCode.of(owner), root.getName(),
                    Rows.map(Rows.group(committees, owner),
                            c -> new Committee(CommitteeId.of(c.getCommitteeId()), c.getName())),
                    Rows.map(Rows.group(administrations, owner),
                            JooqMunicipalityRepository::administration),
                    Rows.map(Rows.group(units, owner),
                            u -> new Unit(UnitId.of(u.getUnitId()), u.getName(), UnitKind.valueOf(u.getKind()),
                                    u.getAdministration())),
                    root.getRegisteredOn(), root.getVersion()));
        }
        return municipalities.build();
    }

    private static Administration administration(MunicipalityAdministrationRecord a) {
        Optional<Representative> representative = a.getRepresentativeName() == null
                ? Optional.empty()
                : Optional.of(new Representative(a.getRepresentativeName(), a.getRepresentativeTitle()));
        return new Administration(a.getName(), CommitteeId.of(a.getCommitteeId()), representative);
    }
}
