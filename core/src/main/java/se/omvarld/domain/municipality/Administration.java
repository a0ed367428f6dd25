package se.omvarld.domain.municipality;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import se.omvarld.domain.shared.CommitteeId;
import se.omvarld.domain.shared.Text;

/**
 * An administration (förvaltning, sektor), serving a committee, with its representative in the international
 * group where one has been appointed (R4).
 */
public record Administration(String name, CommitteeId committee, Optional<Representative> representative) {

    public Administration {
        name = Text.name("administration name", name);
        checkNotNull(committee, "administration committee is required");
        checkNotNull(representative, "representative is required (may be empty)");
    }

    public Administration withRepresentative(Representative appointed) {
        return new Administration(name, committee, Optional.of(appointed));
    }
}
