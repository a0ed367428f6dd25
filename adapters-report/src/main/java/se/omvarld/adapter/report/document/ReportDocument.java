package se.omvarld.adapter.report.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.omvarld.domain.report.ReportLanguage;

/**
 * A whole report: its title (the PDF's and HTML's title), its language, and its sections in reading order. Footnotes
 * belong to the whole document, e.g. the day and source of the exchange rates every SEK figure was converted at.
 */
public record ReportDocument(String title, ReportLanguage language, ImmutableList<Section> sections,
        ImmutableList<String> footnotes) {

    public ReportDocument {
        checkArgument(title != null && !title.isBlank(), "a report needs a title");
        checkNotNull(language, "language is required");
        sections = ImmutableList.copyOf(checkNotNull(sections, "sections are required"));
        footnotes = ImmutableList.copyOf(checkNotNull(footnotes, "footnotes are required"));
        checkArgument(!sections.isEmpty(), "report %s has no section", title);
        Set<String> ids = new HashSet<>();
        for (Section section : sections) {
            checkArgument(ids.add(section.id()), "report %s has two sections with id %s", title, section.id());
        }
    }

    public static ReportDocument of(String title, ReportLanguage language, List<Section> sections,
            List<String> footnotes) {
        return new ReportDocument(title, language, ImmutableList.copyOf(sections), ImmutableList.copyOf(footnotes));
    }
}
