package se.omvarld.adapter.report.document;

import static com.google.common.base.Preconditions.checkArgument;

/** A paragraph of plain text (no markup: every writer escapes it for its format). */
public record Paragraph(String text) implements Block {

    public Paragraph {
        checkArgument(text != null && !text.isBlank(), "a paragraph needs text");
    }
}
