package se.omvarld.adapter.http.api;

import java.util.List;
import java.util.OptionalLong;
import se.omvarld.adapter.http.Access;
import se.omvarld.adapter.http.Exchange;
import se.omvarld.adapter.http.Outcomes;
import se.omvarld.adapter.http.Reply;
import se.omvarld.adapter.http.Route;
import se.omvarld.adapter.http.TokenSecrets;
import se.omvarld.application.AccessCommands;
import se.omvarld.domain.access.ApiToken;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.shared.UnitId;

/**
 * The municipality's API tokens, for its admins: list them (never a secret or hash), create one (its secret answered
 * once) and revoke one (refused from the very next request), through {@link se.omvarld.application.AccessUseCases},
 * which audits each creation and revocation. The secret is made and hashed here: the core only ever sees its hash.
 */
public final class TokenRoutes {

    private static final String TOKENS = PartnershipRoutes.BASE + "/tokens";
    private static final String ONE = TOKENS + "/{tokenId}";
    private static final String TAG = "Tokens";

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
        return Reply.ok(Outcomes.value(services.access().list(x.municipality())).stream().map(TokenRoutes::view)
                .toList());
    }

    private Reply one(Exchange x) {
        return Reply.ok(view(Outcomes.value(services.access().find(x.municipality(), x.path("tokenId")))));
    }

    /** Makes the secret here, at the edge: the core is given only its hash, and the caller sees it only now. */
    private Reply create(Exchange x) {
        TokenDtos.CreateTokenRequest body = x.body(TokenDtos.CreateTokenRequest.class);
        String secret = TokenSecrets.newSecret();
        ApiToken token = Outcomes.value(services.access().issue(new AccessCommands.Issue(x.actor(),
                x.municipality().value(), Role.valueOf(body.role().name()), body.owner(), body.unit(),
                TokenSecrets.hash(secret))));
        return new Reply(201, new TokenDtos.CreatedTokenView(token.id(), body.role(), token.owner(),
                token.unit().map(UnitId::value).orElse(null), token.createdAt(), secret), OptionalLong.empty(),
                "/api/v1/municipalities/" + token.municipality().value() + "/tokens/" + token.id());
    }

    /** Revokes the token, then has authentication forget it, so that it is refused from the very next request. */
    private Reply revoke(Exchange x) {
        ApiToken revoked = Outcomes.value(services.access().revoke(new AccessCommands.Revoke(x.actor(),
                x.municipality().value(), x.path("tokenId"))));
        services.authentication().forget(revoked.hash());
        return Reply.ok(view(revoked));
    }

    private static TokenDtos.TokenView view(ApiToken t) {
        return new TokenDtos.TokenView(t.id(), ApiEnums.Role.valueOf(t.role().name()), t.owner(),
                t.unit().map(UnitId::value).orElse(null), t.createdAt(), t.revokedAt().orElse(null),
                t.isRevoked());
    }
}
