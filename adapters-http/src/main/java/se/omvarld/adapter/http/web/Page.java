package se.omvarld.adapter.http.web;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.omvarld.domain.access.Role;

/**
 * What the base template ({@code layout.jte}) needs of every page: the words of its language, who is signed in, the
 * session's CSRF token for its forms, the page's title (its {@code h1} and {@code <title>}), the section of the
 * navigation it belongs to, and the page the language switch returns to ({@code back}: an app path with its query).
 */
public record Page(Messages m, Optional<SignedIn> user, String csrfToken, String title, Section section,
        String back) {

    /** The sections of the navigation, in its order, with their paths below {@value WebApp#PREFIX}. */
    public enum Section {
        OVERVIEW("/"),
        PARTNERSHIPS("/partnerships"),
        PROJECTS("/projects"),
        GRANTS("/grants"),
        VISITS("/visits"),
        FUNDING("/funding"),
        ORGANISATION("/organisation"),
        REPORTS("/reports"),
        ADMINISTRATION("/admin"),
        /** A page outside the navigation: sign-in, errors. */
        NONE("");

        private final String path;

        Section(String path) {
            this.path = path;
        }

        public String href() {
            return WebApp.PREFIX + path;
        }

        /** The message key of its name in the navigation. */
        public String key() {
            return "nav." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** One link of the navigation; {@code current} marks it {@code aria-current="page"}. */
    public record NavItem(String href, String label, boolean current) {
    }

    public Page {
        checkNotNull(m, "messages are required");
        checkNotNull(user, "user is required (may be empty)");
        checkNotNull(csrfToken, "csrfToken is required");
        checkNotNull(title, "title is required");
        checkNotNull(section, "section is required");
        checkNotNull(back, "back is required");
    }

    /** The navigation the signed-in person sees: administration only for those who change the whole register. */
    public List<NavItem> nav() {
        List<NavItem> items = new ArrayList<>();
        for (Section s : Section.values()) {
            if (s == Section.NONE || s == Section.ADMINISTRATION && !user.map(u -> u.role() == Role.ADMIN
                    || u.role() == Role.COORDINATOR).orElse(false)) {
                continue;
            }
            items.add(new NavItem(s.href(), m.t(s.key()), s == section));
        }
        return items;
    }

    /** The {@code hx-headers} value that gives every htmx request the session's token. */
    public String htmxHeaders() {
        return "{\"" + WebApp.CSRF_HEADER + "\": \"" + csrfToken + "\"}";
    }
}
