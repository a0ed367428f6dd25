package se.omvarld.domain.municipality;

import se.omvarld.domain.shared.Text;

/** The person an administration appoints to the international group (internationella gruppen), R4. */
public record Representative(String name, String title) {

    public Representative {
        name = Text.required("representative name", name);
        title = Text.required("representative title", title);
    }
}
