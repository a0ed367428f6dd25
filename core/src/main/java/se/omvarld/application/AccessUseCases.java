package se.omvarld.application;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import se.omvarld.domain.access.ApiToken;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.UnitId;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;

/**
 * Access to a municipality's register (behörighet): its admins issue API tokens of a role, list and read them, and
 * revoke them. Each issue and revocation is in the audit trail. The core sees a token's hash, never its secret.
 */
public final class AccessUseCases {

    /** The aggregate type of tokens in the audit trail. */
    public static final String API_TOKEN = "api-token";

    private final Ports ports;
    private final Execution execution;

    public AccessUseCases(Ports ports) {
        this.ports = checkNotNull(ports, "ports are required");
        this.execution = new Execution(ports);
    }

    /**
     * Issues a token: a unit editor's must name one of the municipality's units, and only a unit editor's may name
     * one (both invalid, naming {@code unit}); an unknown municipality is not found.
     */
    public Result<ApiToken> issue(AccessCommands.Issue command) {
        return execution.run(command, () -> {
            Input input = new Input();
            MunicipalityCode municipality = input.field("municipality",
                    () -> MunicipalityCode.of(command.municipality()));
            Optional<UnitId> unit = input.field("unit", () -> Optional.ofNullable(command.unit()).map(UnitId::of));
            if (command.role() == Role.UNIT_EDITOR && command.unit() == null) {
                input.required("unit", null, Wording.of(WordingKey.FIELD_UNIT_REQUIRED_FOR_UNIT_EDITOR,
                        "is required for a unit editor: the unit it may change"));
            }
            if (command.role() != Role.UNIT_EDITOR && command.unit() != null) {
                input.required("unit", null, Wording.of(WordingKey.FIELD_UNIT_ONLY_FOR_UNIT_EDITOR,
                        "is only for a unit editor: a " + command.role() + " changes no one unit", command.role()));
            }
            input.check();
            Optional<Municipality> organisation = ports.municipalities().find(municipality);
            if (organisation.isEmpty()) {
                return new Result.NotFound<>("municipality", municipality.value());
            }
            if (unit.isPresent() && organisation.get().unit(unit.get()).isEmpty()) {
                input.required("unit", null, Input.unitNotOf(organisation.get()));
                input.check();
            }
            Instant now = now();
            String id = ports.ids().next().toString();
            ApiToken token = input.field("token", () -> ApiToken.issue(id, municipality, command.role(), unit,
                    command.owner(), command.hash(), now));
            input.check();
            ApiToken saved = ports.tokens().save(token);
            execution.audit(municipality, command.actor(), API_TOKEN, saved.id(), 1, "create", created(saved));
            return new Result.Ok<>(saved);
        });
    }

    /** Revokes a token; revoking a revoked token is ok and changes nothing (nor is it audited again). */
    public Result<ApiToken> revoke(AccessCommands.Revoke command) {
        return execution.run(command, () -> {
            Input input = new Input();
            MunicipalityCode municipality = input.field("municipality",
                    () -> MunicipalityCode.of(command.municipality()));
            input.check();
            Optional<ApiToken> token = ports.tokens().find(municipality, command.tokenId());
            if (token.isEmpty()) {
                return new Result.NotFound<>("token", command.tokenId());
            }
            if (token.get().isRevoked()) {
                return new Result.Ok<>(token.get());
            }
            Instant now = now();
            ApiToken saved = ports.tokens().save(token.get().revoke(now.isBefore(token.get().createdAt())
                    ? token.get().createdAt() : now));
            execution.audit(municipality, command.actor(), API_TOKEN, saved.id(), 2, "revoke", Wording.of(
                    WordingKey.AUDIT_TOKEN_REVOKED, "revoked the " + roleName(saved.role()) + " token of "
                            + saved.owner(), saved.role(), saved.owner()));
            return new Result.Ok<>(saved);
        });
    }

    /** The municipality's tokens, revoked ones included, oldest first, then by id. */
    public Result<ImmutableList<ApiToken>> list(MunicipalityCode municipality) {
        checkNotNull(municipality, "municipality is required");
        return ports.transactions().inTransaction(() -> ports.municipalities().exists(municipality)
                ? new Result.Ok<>(ports.tokens().of(municipality))
                : new Result.NotFound<>("municipality", municipality.value()));
    }

    /** One of the municipality's tokens. */
    public Result<ApiToken> find(MunicipalityCode municipality, String id) {
        checkNotNull(municipality, "municipality is required");
        checkNotNull(id, "id is required");
        return ports.transactions().inTransaction(() -> ports.tokens().find(municipality, id)
                .<Result<ApiToken>>map(Result.Ok::new)
                .orElseGet(() -> new Result.NotFound<>("token", id)));
    }

    /** Tokens keep their instants to the microsecond, as the repository stores them. */
    private Instant now() {
        return ports.clock().now().truncatedTo(ChronoUnit.MICROS);
    }

    private static Wording created(ApiToken token) {
        String english = "created " + (token.role() == Role.ADMIN ? "an " : "a ") + roleName(token.role())
                + " token for " + token.owner() + token.unit().map(u -> " of unit " + u.value()).orElse("");
        return token.unit().isEmpty()
                ? Wording.of(WordingKey.AUDIT_TOKEN_CREATED, english, token.role(), token.owner())
                : Wording.of(WordingKey.AUDIT_TOKEN_CREATED_UNIT, english, token.role(), token.owner(),
                        token.unit().get().value());
    }

    private static String roleName(Role role) {
        return role.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
