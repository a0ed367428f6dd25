package se.omvarld.adapter.http.web;

import static com.google.common.base.Preconditions.checkNotNull;

/** One choice of a select or a group of checkboxes: the value sent, the label shown, whether it is chosen. */
public record Choice(String value, String label, boolean selected) {

    public Choice {
        checkNotNull(value, "value is required");
        checkNotNull(label, "label is required");
    }
}
