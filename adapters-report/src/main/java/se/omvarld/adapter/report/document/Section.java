package se.omvarld.adapter.report.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One section of a report: a heading (a PDF bookmark, a DOCX "heading 1", an XLSX sheet) and its blocks.
 *
 * @param id a stable, language-independent name (lower case letters, digits and hyphens), for anchors, sheet and
 *           file names
 */
public record Section(String id, String heading, ImmutableList<Block> blocks) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Section {
        checkArgument(id != null && ID.matcher(id).matches(),
                "a section id is lower case letters, digits and single hyphens, not %s", id);
        checkArgument(heading != null && !heading.isBlank(), "section %s needs a heading", id);
        blocks = ImmutableList.copyOf(checkNotNull(blocks, "blocks are required"));
    }

    public static Section of(String id, String heading, List<? extends Block> blocks) {
        return new Section(id, heading, ImmutableList.copyOf(blocks));
    }

    public static Section of(String id, String heading, Block... blocks) {
        return new Section(id, heading, ImmutableList.copyOf(blocks));
    }

    public ImmutableList<Table> tables() {
        return blocks.stream().filter(Table.class::isInstance).map(Table.class::cast)
                .collect(ImmutableList.toImmutableList());
    }
}
