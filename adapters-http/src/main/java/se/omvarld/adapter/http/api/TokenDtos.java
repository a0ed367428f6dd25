package se.omvarld.adapter.http.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import se.omvarld.adapter.http.Description;
import se.omvarld.adapter.http.MayBeAbsent;

/** The bodies of the token routes. A token's secret is answered once, when it is created; its hash never. */
public final class TokenDtos {

    private TokenDtos() {
    }

    @Description("A token to create: its role, who holds it, and for a unit editor the unit it may change.")
    public record CreateTokenRequest(
            @NotNull ApiEnums.Role role,
            @NotBlank @Size(max = 200) String owner,
            @Description("The unit's id, e.g. barn-och-skola: required for a unit editor, refused for any other role.")
            @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a unit id such as barn-och-skola")
            @Size(max = 120) String unit) {
    }

    @Description("An API token, without its secret: its role, holder, unit, and whether it was revoked.")
    public record TokenView(String id, ApiEnums.Role role, String owner, @MayBeAbsent String unit,
            Instant createdAt, @MayBeAbsent Instant revokedAt, boolean revoked) {
    }

    @Description("A token just created, with its secret: shown only now, never again. Send it as Authorization:"
            + " Bearer <secret>.")
    public record CreatedTokenView(String id, ApiEnums.Role role, String owner, @MayBeAbsent String unit,
            Instant createdAt, String secret) {
    }
}
