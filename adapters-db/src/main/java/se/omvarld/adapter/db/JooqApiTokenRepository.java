package se.omvarld.adapter.db;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static se.omvarld.adapter.db.jooq.Tables.API_TOKEN;
import static se.omvarld.adapter.db.jooq.Tables.MUNICIPALITY;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import se.omvarld.adapter.db.jooq.tables.records.ApiTokenRecord;
import se.omvarld.domain.access.ApiToken;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.UnitId;
import se.omvarld.port.ApiTokenRepository;

/**
 * API tokens: one row each, keyed by (municipality, id), the hash unique across every municipality. A stored row is
 * only ever updated to set its {@code revoked_at}. Instants are kept to the microsecond, as the database keeps them.
 */
public final class JooqApiTokenRepository implements ApiTokenRepository {

    private final JooqTransactions transactions;

    public JooqApiTokenRepository(JooqTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions are required");
    }

    @Override
    public ApiToken save(ApiToken token) {
        checkNotNull(token, "token is required");
        return transactions.dsl(dsl -> {
            Condition key = key(token.municipality(), token.id());
            Optional<ApiToken> stored = dsl.selectFrom(API_TOKEN).where(key).fetchOptional()
                    .map(JooqApiTokenRepository::token);
            if (stored.isEmpty()) {
                checkArgument(!dsl.fetchExists(API_TOKEN, API_TOKEN.HASH.eq(token.hash())),
                        "another token has the same hash");
                try {
                    dsl.executeInsert(record(dsl, token));
                } catch (DataAccessException e) {
                    if (Store.uniqueViolation(e)) {
                        throw new IllegalArgumentException("another token has the same id or hash", e);
                    }
                    if (Store.foreignKeyViolation(e)) {
                        throw new IllegalArgumentException("municipality " + token.municipality()
                                + " is not stored", e);
                    }
                    throw e;
                }
                return token;
            }
            if (stored.get().equals(token)) {
                return token;
            }
            checkArgument(!stored.get().isRevoked() && token.isRevoked()
                            && stored.get().revoke(token.revokedAt().orElseThrow()).equals(token),
                    "token %s is stored already; only its revocation can be saved", token.id());
            int updated = dsl.update(API_TOKEN)
                    .set(API_TOKEN.REVOKED_AT, Rows.timestamp(token.revokedAt().orElseThrow()))
                    .where(key.and(API_TOKEN.REVOKED_AT.isNull())).execute();
            checkArgument(updated == 1, "token %s was revoked meanwhile", token.id());
            return token;
        });
    }

    @Override
    public Optional<ApiToken> findByHash(String hash) {
        checkNotNull(hash, "hash is required");
        return transactions.statement(dsl -> dsl.selectFrom(API_TOKEN).where(API_TOKEN.HASH.eq(hash)).fetchOptional()
                .map(JooqApiTokenRepository::token));
    }

    @Override
    public Optional<ApiToken> find(MunicipalityCode municipality, String id) {
        checkNotNull(municipality, "municipality is required");
        checkNotNull(id, "id is required");
        return transactions.dsl(dsl -> dsl.selectFrom(API_TOKEN).where(key(municipality, id)).fetchOptional()
                .map(JooqApiTokenRepository::token));
    }

    @Override
    public ImmutableList<ApiToken> of(MunicipalityCode municipality) {
        checkNotNull(municipality, "municipality is required");
        return transactions.dsl(dsl -> dsl.selectFrom(API_TOKEN)
                .where(API_TOKEN.MUNICIPALITY_CODE.eq(municipality.value()))
                .orderBy(API_TOKEN.CREATED_AT, API_TOKEN.ID).fetch().stream()
                .map(JooqApiTokenRepository::token).collect(ImmutableList.toImmutableList()));
    }

    @Override
    public ImmutableList<MunicipalityCode> municipalitiesWithoutTokens() {
        return transactions.dsl(dsl -> dsl.select(MUNICIPALITY.CODE).from(MUNICIPALITY)
                .whereNotExists(DSL.selectOne().from(API_TOKEN).where(API_TOKEN.MUNICIPALITY_CODE.eq(MUNICIPALITY.CODE)))
                .orderBy(MUNICIPALITY.CODE).fetch(MUNICIPALITY.CODE).stream().map(MunicipalityCode::of)
                .collect(ImmutableList.toImmutableList()));
    }

    private static Condition key(MunicipalityCode municipality, String id) {
        return API_TOKEN.MUNICIPALITY_CODE.eq(municipality.value()).and(API_TOKEN.ID.eq(id));
    }

    private static ApiTokenRecord record(DSLContext dsl, ApiToken t) {
        ApiTokenRecord r = dsl.newRecord(API_TOKEN);
        r.setMunicipalityCode(t.municipality().value());
        r.setId(t.id());
        r.setRole(t.role().name());
        r.setUnitId(t.unit().map(UnitId::value).orElse(null));
        r.setOwner(t.owner());
        r.setHash(t.hash());
        r.setCreatedAt(Rows.timestamp(t.createdAt()));
        r.setRevokedAt(t.revokedAt().map(Rows::timestamp).orElse(null));
        return r;
    }

    private static ApiToken token(ApiTokenRecord r) {
        return new ApiToken(r.getId(), MunicipalityCode.of(r.getMunicipalityCode()), Role.valueOf(r.getRole()),
                Optional.ofNullable(r.getUnitId()).map(UnitId::of), r.getOwner(), r.getHash(),
                r.getCreatedAt().toInstant(), Optional.ofNullable(r.getRevokedAt()).map(o -> o.toInstant()));
    }
}
