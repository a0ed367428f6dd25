package se.omvarld.adapter.http.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import se.omvarld.adapter.http.Access;
import se.omvarld.adapter.http.Exchange;
import se.omvarld.adapter.http.ProblemException;
import se.omvarld.adapter.http.Reply;
import se.omvarld.adapter.http.Route;
import se.omvarld.adapter.http.TokenSecrets;
import se.omvarld.domain.access.ApiToken;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.UnitId;
import se.omvarld.port.AuditEntry;

/**
 * The municipality's API tokens, for its admins: list them (never a secret or hash), create one (its secret answered
 * once) and revoke one (refused from the very next request). Each creation and revocation is in the audit trail.
 */
public final class TokenRoutes {

    private static final String TOKENS = PartnershipRoutes.BASE + "/tokens";
    private static final String ONE = TOKENS + "/{tokenId}";
    private static final String TAG = "Tokens";
    private static final String AGGREGATE = "api-token";

    private final ApiServices services;

    public TokenRoutes(ApiServices services) {
        this.services = services;
    }

    public List<Route> routes() {
        return List.of(
                Route.get(TOKENS).operation("listTokens", "List the API tokens")
                        .description("The municipality's tokens, revoked ones included, oldest first: never a"
                                + " secret or a hash.")
                        .tag(TAG).access(Access.ADMINISTER).returnsList(TokenDtos.TokenView.class)
                        .handle(this::list),
                Route.post(TOKENS).operation("createToken", "Create an API token")
                        .description("Creates a token of a role for its holder (a unit editor's for its unit) and"
                                + " answers its secret: only now, never again.")
                        .tag(TAG).access(Access.ADMINISTER).body(TokenDtos.CreateTokenRequest.class)
                        .creates(TokenDtos.CreatedTokenView.class).handle(this::create),
                Route.get(ONE).operation("getToken", "Read an API token")
                        .description("A token, without its secret.")
                        .tag(TAG).access(Access.ADMINISTER).returns(TokenDtos.TokenView.class).handle(this::one),
                Route.post(ONE + "/revoke").operation("revokeToken", "Revoke an API token")
                        .description("Revokes a token: it is refused (401) from the next request on. Revoking a"
                                + " revoked token changes nothing.")
                        .tag(TAG).access(Access.ADMINISTER).returns(TokenDtos.TokenView.class)
                        .handle(this::revoke));
    }

    private Reply list(Exchange x) {
        return Reply.ok(services.tokens().of(x.municipality()).stream().map(TokenRoutes::view).toList());
    }

    private Reply one(Exchange x) {
        return Reply.ok(view(find(x)));
    }

    private Reply create(Exchange x) {
        TokenDtos.CreateTokenRequest body = x.body(TokenDtos.CreateTokenRequest.class);
        MunicipalityCode code = x.municipality();
        Role role = Role.valueOf(body.role().name());
        Optional<UnitId> unit = Optional.ofNullable(body.unit()).map(UnitId::of);
        if (role == Role.UNIT_EDITOR && unit.isEmpty()) {
            throw ProblemException.badField("unit", "is required for a unit editor: the unit it may change");
        }
        if (role != Role.UNIT_EDITOR && unit.isPresent()) {
            throw ProblemException.badField("unit", "is only for a unit editor: a " + body.role() + " changes"
                    + " no one unit");
        }
        String secret = TokenSecrets.newSecret();
        ApiToken token = services.ports().transactions().inTransaction(() -> {
            Municipality municipality = services.ports().municipalities().find(code)
                    .orElseThrow(() -> ProblemException.notFound("municipality " + code.value()));
            if (unit.isPresent() && municipality.unit(unit.get()).isEmpty()) {
                throw ProblemException.badField("unit", "is not a unit of " + municipality.name() + ": it has "
                        + municipality.units().stream().map(u -> u.id().value()).toList());
            }
            Instant now = services.ports().clock().now().truncatedTo(ChronoUnit.MICROS);
            ApiToken issued = services.tokens().save(ApiToken.issue(services.ports().ids().next().toString(), code,
                    role, unit, body.owner(), TokenSecrets.hash(secret), now));
            services.ports().audit().append(new AuditEntry(code, x.actor(), now, AGGREGATE, issued.id(), 1,
                    "create", "created a " + role.name().toLowerCase(java.util.Locale.ROOT) + " token for "
                    + issued.owner() + unit.map(u -> " of unit " + u.value()).orElse("")));
            return issued;
        });
        return new Reply(201, new TokenDtos.CreatedTokenView(token.id(), body.role(), token.owner(),
                token.unit().map(UnitId::value).orElse(null), token.createdAt(), secret), OptionalLong.empty(),
                "/api/v1/municipalities/" + code.value() + "/tokens/" + token.id());
    }

    private Reply revoke(Exchange x) {
        MunicipalityCode code = x.municipality();
        String id = x.path("tokenId");
        ApiToken revoked = services.ports().transactions().inTransaction(() -> {
            ApiToken token = services.tokens().find(code, id)
                    .orElseThrow(() -> ProblemException.notFound("token " + id));
            if (token.isRevoked()) {
                return token;
            }
            Instant now = services.ports().clock().now().truncatedTo(ChronoUnit.MICROS);
            ApiToken saved = services.tokens().save(token.revoke(now.isBefore(token.createdAt())
                    ? token.createdAt() : now));
            services.ports().audit().append(new AuditEntry(code, x.actor(), now, AGGREGATE, saved.id(), 2,
                    "revoke", "revoked the " + saved.role().name().toLowerCase(java.util.Locale.ROOT)
                    + " token of " + saved.owner()));
            return saved;
        });
        services.authentication().forget(revoked.hash());
        return Reply.ok(view(revoked));
    }

    private ApiToken find(Exchange x) {
        String id = x.path("tokenId");
        return services.tokens().find(x.municipality(), id)
                .orElseThrow(() -> ProblemException.notFound("token " + id));
    }

    private static TokenDtos.TokenView view(ApiToken t) {
        return new TokenDtos.TokenView(t.id(), ApiEnums.Role.valueOf(t.role().name()), t.owner(),
                t.unit().map(UnitId::value).orElse(null), t.createdAt(), t.revokedAt().orElse(null),
                t.isRevoked());
    }
}
