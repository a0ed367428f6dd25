package se.omvarld.adapter.db;

import static com.google.common.base.Preconditions.checkNotNull;
import static se.omvarld.adapter.db.jooq.Tables.PARTNER;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import se.omvarld.adapter.db.jooq.tables.records.PartnerRecord;
import se.omvarld.domain.partner.Partner;
import se.omvarld.domain.partner.PartnerKind;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnerId;
import se.omvarld.port.Page;
import se.omvarld.port.PageRequest;
import se.omvarld.port.PartnerQuery;
import se.omvarld.port.PartnerRepository;
import se.omvarld.port.PartnerSummary;

/** Partners, one row each. */
public final class JooqPartnerRepository implements PartnerRepository {

    static final String AGGREGATE = "Partner";

    private final JooqTransactions transactions;
    private final Listing<PartnerQuery, PartnerSummary> listing = Listing.<PartnerQuery>select(PARTNER.ID,
                    PARTNER.KIND, PARTNER.NAME, PARTNER.COUNTRY, PARTNER.LOCALITY, PARTNER.VERSION)
            .from(select -> select.from(PARTNER), PARTNER.MUNICIPALITY_CODE)
            .filters(Listing.Filter.equal(PARTNER.KIND, q -> q.kind().map(Enum::name)),
                    Listing.Filter.equal(PARTNER.COUNTRY, q -> q.country().map(CountryCode::value)))
            .orderedBy(PartnerQuery::sort, JooqPartnerRepository::order)
            .map(r -> new PartnerSummary(new PartnerId(r.get(PARTNER.ID)), PartnerKind.valueOf(r.get(PARTNER.KIND)),
                    r.get(PARTNER.NAME), CountryCode.of(r.get(PARTNER.COUNTRY)), r.get(PARTNER.LOCALITY),
                    r.get(PARTNER.VERSION)));

    public JooqPartnerRepository(JooqTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions are required");
    }

    @Override
    public Optional<Partner> find(MunicipalityCode municipality, PartnerId id) {
        checkNotNull(municipality, "municipality is required");
        checkNotNull(id, "id is required");
        return transactions.dsl(dsl -> dsl.selectFrom(PARTNER)
                .where(PARTNER.MUNICIPALITY_CODE.eq(municipality.value()), PARTNER.ID.eq(id.value()))
                .fetchOptional(JooqPartnerRepository::partner));
    }

    @Override
    public Partner save(Partner partner) {
        checkNotNull(partner, "partner is required");
        String id = partner.id().toString();
        return transactions.dsl(dsl -> Store.guard(AGGREGATE, id, partner.version(), () -> {
            PartnerRecord root = dsl.newRecord(PARTNER);
            root.setMunicipalityCode(partner.municipality().value());
            root.setId(partner.id().value());
            root.setKind(partner.kind().name());
            root.setName(partner.name());
            root.setCountry(partner.country().value());
            root.setLocality(partner.locality());
            return partner.withVersion(Store.saveRoot(dsl, root, PARTNER.VERSION, partner.version(), AGGREGATE, id));
        }));
    }

    @Override
    public ImmutableList<Partner> all(MunicipalityCode municipality) {
        checkNotNull(municipality, "municipality is required");
        return transactions.dsl(dsl -> dsl.selectFrom(PARTNER)
                .where(PARTNER.MUNICIPALITY_CODE.eq(municipality.value()))
                .orderBy(PARTNER.NAME, PARTNER.ID)
                .fetch(JooqPartnerRepository::partner)
                .stream().collect(ImmutableList.toImmutableList()));
    }

    private static Partner partner(PartnerRecord r) {
        return new Partner(new PartnerId(r.getId()), MunicipalityCode.of(r.getMunicipalityCode()),
                PartnerKind.valueOf(r.getKind()), r.getName(), CountryCode.of(r.getCountry()), r.getLocality(),
                r.getVersion());
    }

    /**
     * One statement: the page of the partners that match, in the list's order, each row with the total (see
     * {@link Listing}).
     */
    @Override
    public Page<PartnerSummary> list(MunicipalityCode municipality, PartnerQuery query, PageRequest request) {
        checkNotNull(municipality, "municipality is required");
        checkNotNull(query, "query is required");
        checkNotNull(request, "request is required");
        return transactions.statement(dsl -> listing.page(dsl, municipality.value(), query, request));
    }

    /** The list's order: ties are broken by id, ascending, whatever the direction of the name. */
    private static List<SortField<?>> order(PartnerQuery.Sort sort) {
        return sort == PartnerQuery.Sort.NAME_DESCENDING ? List.of(PARTNER.NAME.desc(), PARTNER.ID.asc())
                : List.of(PARTNER.NAME.asc(), PARTNER.ID.asc());
    }
}
