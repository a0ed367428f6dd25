package se.omvarld.domain.municipality;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import se.omvarld.domain.shared.Text;

/**
 * An administration (förvaltning, sektor), serving a committee, with its representative in the international
 * group where one has been appointed (R4).
 */
public record Administration(String name, String committee, Optional<Representative> representative) {

    public Administration {
        name = Text.name("administration name", name);
        committee = Text.name("administration committee", committee);
        checkNotNull(representative, "representative is required (may be empty)");
    }

    public Administration withRepresentative(Representative appointed) {
        return new Administration(name, committee, Optional.of(appointed));
    }
}
