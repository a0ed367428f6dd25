package se.omvarld.adapter.db;

import static com.google.common.base.Preconditions.checkNotNull;
import static se.omvarld.adapter.db.jooq.Tables.ASSOCIATION_GRANT;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import se.omvarld.adapter.db.jooq.tables.records.AssociationGrantRecord;
import se.omvarld.domain.grant.AssociationGrant;
import se.omvarld.domain.grant.GrantStatus;
import se.omvarld.domain.shared.DateRange;
import se.omvarld.domain.shared.Decision;
import se.omvarld.domain.shared.GrantId;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.port.GrantQuery;
import se.omvarld.port.GrantRepository;
import se.omvarld.port.GrantSummary;
import se.omvarld.port.Page;
import se.omvarld.port.PageRequest;

/** Grants to associations, one row each: the decision, granted amount and follow-up are nullable column groups. */
public final class JooqGrantRepository implements GrantRepository {

    static final String AGGREGATE = "AssociationGrant";

    private final JooqTransactions transactions;
    private final Listing<GrantQuery, GrantSummary> listing = Listing.<GrantQuery>select(ASSOCIATION_GRANT.ID,
                    ASSOCIATION_GRANT.ASSOCIATION, ASSOCIATION_GRANT.STATUS, ASSOCIATION_GRANT.REQUESTED,
                    ASSOCIATION_GRANT.REQUESTED_CURRENCY, ASSOCIATION_GRANT.GRANTED, ASSOCIATION_GRANT.GRANTED_CURRENCY,
                    ASSOCIATION_GRANT.EXCHANGE_START, ASSOCIATION_GRANT.EXCHANGE_END, ASSOCIATION_GRANT.APPLIED_ON,
                    ASSOCIATION_GRANT.VERSION)
            .from(select -> select.from(ASSOCIATION_GRANT), ASSOCIATION_GRANT.MUNICIPALITY_CODE)
            .filters(Listing.Filter.equal(ASSOCIATION_GRANT.STATUS, q -> q.status().map(Enum::name)),
                    Listing.Filter.inYear(ASSOCIATION_GRANT.APPLIED_ON, GrantQuery::year))
            .orderedBy(GrantQuery::sort, JooqGrantRepository::order)
            .map(r -> {
                BigDecimal granted = r.get(ASSOCIATION_GRANT.GRANTED);
                return new GrantSummary(new GrantId(r.get(ASSOCIATION_GRANT.ID)), r.get(ASSOCIATION_GRANT.ASSOCIATION),
                        GrantStatus.valueOf(r.get(ASSOCIATION_GRANT.STATUS)),
                        Rows.money(r.get(ASSOCIATION_GRANT.REQUESTED), r.get(ASSOCIATION_GRANT.REQUESTED_CURRENCY)),
                        granted == null ? Optional.empty()
                                : Optional.of(Rows.money(granted, r.get(ASSOCIATION_GRANT.GRANTED_CURRENCY))),
                        r.get(ASSOCIATION_GRANT.EXCHANGE_START), r.get(ASSOCIATION_GRANT.EXCHANGE_END),
                        r.get(ASSOCIATION_GRANT.APPLIED_ON), r.get(ASSOCIATION_GRANT.VERSION));
            });

    public JooqGrantRepository(JooqTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions are required");
    }

    @Override
    public Optional<AssociationGrant> find(MunicipalityCode municipality, GrantId id) {
        checkNotNull(municipality, "municipality is required");
        checkNotNull(id, "id is required");
        return transactions.dsl(dsl -> dsl.selectFrom(ASSOCIATION_GRANT)
                .where(ASSOCIATION_GRANT.MUNICIPALITY_CODE.eq(municipality.value()),
                        ASSOCIATION_GRANT.ID.eq(id.value()))
                .fetchOptional(JooqGrantRepository::grant));
    }

    @Override
    public ImmutableList<AssociationGrant> all(MunicipalityCode municipality) {
        checkNotNull(municipality, "municipality is required");
        return transactions.dsl(dsl -> dsl.selectFrom(ASSOCIATION_GRANT)
                .where(ASSOCIATION_GRANT.MUNICIPALITY_CODE.eq(municipality.value()))
                .orderBy(ASSOCIATION_GRANT.APPLIED_ON, ASSOCIATION_GRANT.ID)
                .fetch(JooqGrantRepository::grant)
                .stream().collect(ImmutableList.toImmutableList()));
    }

    @Override
    public AssociationGrant save(AssociationGrant grant) {
        checkNotNull(grant, "grant is required");
        String id = grant.id().toString();
        return transactions.dsl(dsl -> Store.guard(AGGREGATE, id, grant.version(), () -> {
            AssociationGrantRecord r = dsl.newRecord(ASSOCIATION_GRANT);
            r.setMunicipalityCode(grant.municipality().value());
            r.setId(grant.id().value());
            r.setAssociation(grant.association());
            r.setPurpose(grant.purpose());
            r.setPurposeAnchored(grant.purposeAnchored());
            r.setRequested(grant.requested().amount());
            r.setRequestedCurrency(grant.requested().currency().getCurrencyCode());
            r.setOwnFinancing(grant.ownFinancing().amount());
            r.setOwnFinancingCurrency(grant.ownFinancing().currency().getCurrencyCode());
            r.setExchangeStart(grant.exchange().start());
            r.setExchangeEnd(grant.exchange().end());
            r.setAppliedOn(grant.appliedOn());
            r.setStatus(grant.status().name());
            Optional<Decision> d = grant.decision();
            r.setDecidedByKind(d.map(x -> x.decidedBy().kind().name()).orElse(null));
            r.setDecidedByName(d.map(x -> x.decidedBy().name()).orElse(null));
            r.setDecidedOn(d.map(Decision::date).orElse(null));
            r.setDecisionReference(d.flatMap(Decision::reference).orElse(null));
            r.setGranted(grant.granted().map(Money::amount).orElse(null));
            r.setGrantedCurrency(grant.granted().map(g -> g.currency().getCurrencyCode()).orElse(null));
            r.setFollowUpSubmittedOn(grant.followUp().map(AssociationGrant.FollowUp::submittedOn).orElse(null));
            r.setFollowUpSummary(grant.followUp().map(AssociationGrant.FollowUp::summary).orElse(null));
            return grant.withVersion(Store.saveRoot(dsl, r, ASSOCIATION_GRANT.VERSION, grant.version(), AGGREGATE,
                    id));
        }));
    }

    private static AssociationGrant grant(AssociationGrantRecord r) {
        Optional<Decision> decision = r.getDecidedByKind() == null
                ? Optional.empty()
                : Optional.of(Rows.decision(r.getDecidedByKind(), r.getDecidedByName(), r.getDecidedOn(),
                        r.getDecisionReference()));
        Optional<Money> granted = r.getGranted() == null
                ? Optional.empty()
                : Optional.of(Rows.money(r.getGranted(), r.getGrantedCurrency()));
        Optional<AssociationGrant.FollowUp> followUp = r.getFollowUpSubmittedOn() == null
                ? Optional.empty()
                : Optional.of(new AssociationGrant.FollowUp(r.getFollowUpSubmittedOn(), r.getFollowUpSummary()));
        return AssociationGrant.restore(new GrantId(r.getId()), MunicipalityCode.of(r.getMunicipalityCode()),
                r.getAssociation(), r.getPurpose(), r.getPurposeAnchored(),
                Rows.money(r.getRequested(), r.getRequestedCurrency()),
                Rows.money(r.getOwnFinancing(), r.getOwnFinancingCurrency()),
                DateRange.of(r.getExchangeStart(), r.getExchangeEnd()), r.getAppliedOn(),
                GrantStatus.valueOf(r.getStatus()), decision, granted, followUp, r.getVersion());
    }

    /**
     * One statement: the page of the grants that match, in the list's order, each row with the total (see
     * {@link Listing}).
     */
    @Override
    public Page<GrantSummary> list(MunicipalityCode municipality, GrantQuery query, PageRequest request) {
        checkNotNull(municipality, "municipality is required");
        checkNotNull(query, "query is required");
        checkNotNull(request, "request is required");
        return transactions.statement(dsl -> listing.page(dsl, municipality.value(), query, request));
    }

    /** The list's order: ties are broken by id, ascending, whatever the direction of the first key. */
    private static List<SortField<?>> order(GrantQuery.Sort sort) {
        switch (sort) {
            case APPLIED_ON:
                return List.of(ASSOCIATION_GRANT.APPLIED_ON.asc(), ASSOCIATION_GRANT.ID.asc());
            case APPLIED_ON_DESCENDING:
                return List.of(ASSOCIATION_GRANT.APPLIED_ON.desc(), ASSOCIATION_GRANT.ID.asc());
            case ASSOCIATION:
                return List.of(ASSOCIATION_GRANT.ASSOCIATION.asc(), ASSOCIATION_GRANT.ID.asc());
            case ASSOCIATION_DESCENDING:
                return List.of(ASSOCIATION_GRANT.ASSOCIATION.desc(), ASSOCIATION_GRANT.ID.asc());
            default:
                throw new IllegalArgumentException("unknown sort " + sort);
        }
    }
}
