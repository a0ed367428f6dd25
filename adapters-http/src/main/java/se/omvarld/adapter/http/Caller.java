package se.omvarld.adapter.http;

import java.util.Optional;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.UnitId;

/** Who is calling: the holder of a valid token, in its one municipality, with its role. */
public record Caller(String tokenId, MunicipalityCode municipality, Role role, Optional<UnitId> unit, String owner) {

    /** The name the audit trail records for changes this caller makes. */
    public String actor() {
        return owner + " (token " + tokenId + ")";
    }
}
