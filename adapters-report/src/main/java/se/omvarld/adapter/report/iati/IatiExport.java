package se.omvarld.adapter.report.iati;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import se.omvarld.domain.shared.ProjectId;
import se.omvarld.domain.shared.Text;

/** What an IATI export gives: the file, or why there is none (for the HTTP layer a 409 or 422 with the reason). */
public sealed interface IatiExport permits IatiExport.Written, IatiExport.Refused {

    /** The {@code Content-Type} the file is served with. */
    String MEDIA_TYPE = "application/xml; charset=utf-8";

    /** A project the selection took but the file leaves out, and why. */
    record Skipped(ProjectId project, String title, String reason) {

        public Skipped {
            checkNotNull(project, "project is required");
            title = Text.name("title", title);
            reason = Text.required("reason", reason);
        }
    }

    /**
     * The file in UTF-8, the projects it publishes (in its order) and those it leaves out.
     *
     * @param xml the document; a copy is kept and given
     */
    record Written(byte[] xml, ImmutableList<ProjectId> published, ImmutableList<Skipped> skipped)
            implements IatiExport {

        public Written {
            xml = checkNotNull(xml, "xml is required").clone();
            checkArgument(!checkNotNull(published, "published is required").isEmpty(),
                    "an IATI file holds at least one activity");
            checkNotNull(skipped, "skipped is required");
        }

        @Override
        public byte[] xml() {
            return xml.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Written w && Arrays.equals(xml, w.xml) && published.equals(w.published)
                    && skipped.equals(w.skipped);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(xml) + published.hashCode() * 17 + skipped.hashCode();
        }

        @Override
        public String toString() {
            return "Written[" + xml.length + " bytes, " + published.size() + " published, " + skipped.size()
                    + " skipped]";
        }
    }

    /** No file can be written: the reason, for the person who asked, and the projects left out, if any. */
    record Refused(String reason, ImmutableList<Skipped> skipped) implements IatiExport {

        public Refused {
            reason = Text.required("reason", reason);
            checkNotNull(skipped, "skipped is required");
        }
    }
}
