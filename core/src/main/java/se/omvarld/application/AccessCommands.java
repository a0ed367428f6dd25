package se.omvarld.application;

import static se.omvarld.application.PartnershipCommands.CODE;
import static se.omvarld.application.PartnershipCommands.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.omvarld.domain.access.Role;

/**
 * The commands of {@link AccessUseCases}: what a municipality's admin asks of its API tokens. A token's secret never
 * reaches the core: the edge makes it, answers it once, and hands over only its hash.
 */
public final class AccessCommands {

    static final String HASH = "[0-9a-f]{64}";

    private AccessCommands() {
    }

    /**
     * Issues a token of {@code role} to {@code owner}; a unit editor's names the one unit it may change, and no other
     * role's names one. {@code hash} is the SHA-256 hash of the secret the edge made for it.
     */
    public record Issue(
            @NotBlank String actor,
            @NotNull @Pattern(regexp = CODE, message = "must be a four-digit municipality code") String municipality,
            @NotNull Role role,
            @NotBlank @Size(max = 200) String owner,
            String unit,
            @NotNull @Pattern(regexp = HASH, message = "must be a SHA-256 hash in 64 lower-case hex digits")
            String hash) {

        /** Never shows the hash, so that a logged command gives nothing away. */
        @Override
        public String toString() {
            return "Issue[actor=" + actor + ", municipality=" + municipality + ", role=" + role + ", owner=" + owner
                    + ", unit=" + unit + "]";
        }
    }

    /** Revokes a token: it is refused from then on. Revoking a revoked token changes nothing. */
    public record Revoke(
            @NotBlank String actor,
            @NotNull @Pattern(regexp = CODE, message = "must be a four-digit municipality code") String municipality,
            @NotNull @Pattern(regexp = UUID, message = "must be a UUID") String tokenId) {
    }
}
