package se.omvarld.adapter.db;

import static com.google.common.base.Preconditions.checkNotNull;
import static se.omvarld.adapter.db.jooq.Tables.MUNICIPALITY;
import static se.omvarld.adapter.db.jooq.Tables.MUNICIPALITY_ADMINISTRATION;
import static se.omvarld.adapter.db.jooq.Tables.MUNICIPALITY_COMMITTEE;
import static se.omvarld.adapter.db.jooq.Tables.MUNICIPALITY_UNIT;
import static se.omvarld.adapter.db.jooq.Tables.ASSOCIATION_GRANT;
import static se.omvarld.adapter.db.jooq.Tables.FUNDING_CALL;
import static se.omvarld.adapter.db.jooq.Tables.FUNDING_PROGRAMME;
import static se.omvarld.adapter.db.jooq.Tables.OBLIGATION_RECORD;
import static se.omvarld.adapter.db.jooq.Tables.PARTNER;
import static se.omvarld.adapter.db.jooq.Tables.PARTNERSHIP;
import static se.omvarld.adapter.db.jooq.Tables.PROJECT;
import static se.omvarld.adapter.db.jooq.Tables.REPORTED_FIGURES;
import static se.omvarld.adapter.db.jooq.Tables.VISIT;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.math.BigDecimal;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.Result;
import org.jooq.impl.DSL;
import se.omvarld.adapter.db.jooq.tables.records.MunicipalityAdministrationRecord;
import se.omvarld.adapter.db.jooq.tables.records.MunicipalityCommitteeRecord;
import se.omvarld.adapter.db.jooq.tables.records.MunicipalityRecord;
import se.omvarld.adapter.db.jooq.tables.records.MunicipalityUnitRecord;
import se.omvarld.domain.municipality.Administration;
import se.omvarld.domain.municipality.Committee;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.municipality.OrganisationNumber;
import se.omvarld.domain.municipality.Representative;
import se.omvarld.domain.municipality.Unit;
import se.omvarld.domain.municipality.UnitKind;
import se.omvarld.domain.shared.CommitteeId;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.UnitId;
import se.omvarld.port.MunicipalityRepository;

/**
 * Municipalities with the day each was registered and their organisation number where known, their committees
 * (each with its stable id), administrations (referring to their committee by id) and units (each with its stable
 * id), in four tables.
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

    /** One indexed probe of the municipality table, not the organisation's four tables. */
    @Override
    public boolean exists(MunicipalityCode code) {
        checkNotNull(code, "code is required");
        return transactions.statement(dsl -> dsl.fetchExists(MUNICIPALITY, MUNICIPALITY.CODE.eq(code.value())));
    }

    @Override
    public ImmutableList<Municipality> all() {
        return transactions.dsl(dsl -> load(dsl, Optional.empty()));
    }

    /**
     * The sum of the versions of every aggregate root the municipality has, in one statement. Every save raises its
     * root's version by one and no root is ever deleted, so the sum grows with every committed change. Unlike a shared
     * counter row it is written by nobody, so writers to different aggregates of one municipality never contend.
     * Each root table is read by the range of its primary key that the municipality code leads.
     */
    @Override
    public long registerVersion(MunicipalityCode code) {
        checkNotNull(code, "code is required");
        String c = code.value();
        return transactions.dsl(dsl -> {
            Select<org.jooq.Record1<BigDecimal>> versions = sum(dsl, MUNICIPALITY, MUNICIPALITY.CODE,
                    MUNICIPALITY.VERSION, c)
                    .unionAll(sum(dsl, PARTNER, PARTNER.MUNICIPALITY_CODE, PARTNER.VERSION, c))
                    .unionAll(sum(dsl, PARTNERSHIP, PARTNERSHIP.MUNICIPALITY_CODE, PARTNERSHIP.VERSION, c))
                    .unionAll(sum(dsl, PROJECT, PROJECT.MUNICIPALITY_CODE, PROJECT.VERSION, c))
                    .unionAll(sum(dsl, FUNDING_PROGRAMME, FUNDING_PROGRAMME.MUNICIPALITY_CODE,
                            FUNDING_PROGRAMME.VERSION, c))
                    .unionAll(sum(dsl, FUNDING_CALL, FUNDING_CALL.MUNICIPALITY_CODE, FUNDING_CALL.VERSION, c))
                    .unionAll(sum(dsl, ASSOCIATION_GRANT, ASSOCIATION_GRANT.MUNICIPALITY_CODE,
                            ASSOCIATION_GRANT.VERSION, c))
                    .unionAll(sum(dsl, VISIT, VISIT.MUNICIPALITY_CODE, VISIT.VERSION, c))
                    .unionAll(sum(dsl, OBLIGATION_RECORD, OBLIGATION_RECORD.MUNICIPALITY_CODE,
                            OBLIGATION_RECORD.VERSION, c))
                    .unionAll(sum(dsl, REPORTED_FIGURES, REPORTED_FIGURES.MUNICIPALITY_CODE,
                            REPORTED_FIGURES.VERSION, c));
            Table<?> all = versions.asTable("versions", "v");
            Field<BigDecimal> v = all.field("v", BigDecimal.class);
            BigDecimal total = dsl.select(DSL.coalesce(DSL.sum(v), BigDecimal.ZERO)).from(all).fetchOne().value1();
            return total.longValueExact();
        });
    }

    private static <R extends org.jooq.Record> Select<org.jooq.Record1<BigDecimal>> sum(DSLContext dsl,
            Table<R> table, TableField<R, String> municipality, TableField<R, Long> version, String code) {
        return dsl.select(DSL.coalesce(DSL.sum(version), BigDecimal.ZERO)).from(table)
                .where(municipality.eq(code));
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
            root.setOrganisationNumber(municipality.organisationNumber().map(OrganisationNumber::value).orElse(null));
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
                    root.getRegisteredOn(),
                    Optional.ofNullable(root.getOrganisationNumber()).map(OrganisationNumber::new),
                    root.getVersion()));
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
