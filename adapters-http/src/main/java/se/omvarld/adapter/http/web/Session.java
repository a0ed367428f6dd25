package se.omvarld.adapter.http.web;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import se.omvarld.domain.report.ReportLanguage;

/**
 * One browser's session, kept on the server: its secret id (the cookie's value), the synchroniser token every form
 * it posts must carry, when it began (for the absolute expiry), who signed in with it, if anyone, and the language
 * chosen in it, if any. Immutable: a change is a new value stored under the same id.
 */
public record Session(String id, String csrfToken, long startedNanos, Optional<SignedIn> user,
        Optional<ReportLanguage> language) {

    public Session {
        checkNotNull(id, "id is required");
        checkNotNull(csrfToken, "csrfToken is required");
        checkNotNull(user, "user is required (may be empty)");
        checkNotNull(language, "language is required (may be empty)");
    }

    public boolean isSignedIn() {
        return user.isPresent();
    }

    Session withLanguage(ReportLanguage chosen) {
        return new Session(id, csrfToken, startedNanos, user, Optional.of(chosen));
    }
}
