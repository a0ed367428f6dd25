package se.omvarld.adapter.report.opendata;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.stream.Collectors;
import se.omvarld.adapter.report.document.Xml;
import se.omvarld.domain.register.PublicView;
import se.omvarld.domain.report.ReportLanguage;
import se.omvarld.domain.shared.CountryCode;

/**
 * The public view as an HTML fragment a municipality's website includes as it is: one {@code <section>} with its
 * {@code lang}, headings from the level the page asks for, and lists; no {@code <html>}, no script, no
 * {@code style} attribute (nothing that needs a Content-Security-Policy exception), only classes prefixed
 * {@code omvarld-} for the site's own style sheet to take up. Every value is escaped.
 */
public final class OpenDataHtml {

    /** The {@code Content-Type} the fragment is served with. */
    public static final String MEDIA_TYPE = "text/html; charset=utf-8";

    private OpenDataHtml() {
    }

    /**
     * The fragment, its first heading at {@code headingLevel} (2 to 5: the page's own {@code h1} stays the page's),
     * the lists' headings one level below.
     */
    public static String fragment(PublicView view, ReportLanguage language, int headingLevel) {
        checkNotNull(view, "view is required");
        checkNotNull(language, "language is required");
        checkArgument(headingLevel >= 2 && headingLevel <= 5, "the heading level must be 2 to 5, was %s",
                headingLevel);
        Labels labels = new Labels(language);
        String id = "omvarld-" + view.code().value() + "-international";
        String top = "h" + headingLevel;
        String sub = "h" + (headingLevel + 1);
        StringBuilder html = new StringBuilder();
        html.append("<section class=\"omvarld-open-data\" lang=\"").append(language.tag())
                .append("\" aria-labelledby=\"").append(id).append("\">\n")
                .append("  <").append(top).append(" id=\"").append(id).append("\">")
                .append(Xml.escape(labels.pick("Internationellt arbete i ", "International work of ") + view.name()))
                .append("</").append(top).append(">\n");

        html.append("  <").append(sub).append(">")
                .append(labels.pick("Vänorter och partnerskap", "Twin towns and partnerships"))
                .append("</").append(sub).append(">\n");
        if (view.partnerships().isEmpty()) {
            html.append("  <p class=\"omvarld-none\">")
                    .append(labels.pick("Inga partnerskap gäller i dag.", "No partnership is in force today."))
                    .append("</p>\n");
        } else {
            html.append("  <ul class=\"omvarld-partnerships\">\n");
            for (PublicView.PublicPartnership p : view.partnerships()) {
                html.append("    <li class=\"omvarld-partnership\">")
                        .append("<span class=\"omvarld-title\">").append(Xml.escape(p.title())).append("</span>")
                        .append(" <span class=\"omvarld-kind\">").append(Xml.escape(labels.kind(p.kind())))
                        .append("</span>")
                        .append(" <span class=\"omvarld-place\">").append(Xml.escape(p.locality() + ", "))
                        .append(country(p.country(), labels)).append("</span>")
                        .append(" <span class=\"omvarld-since\">")
                        .append(labels.pick("sedan ", "since ")).append("<time datetime=\"").append(p.since())
                        .append("\">").append(p.since().getYear()).append("</time></span>");
                if (!p.areas().isEmpty()) {
                    html.append(" <span class=\"omvarld-areas\">").append(Xml.escape(labels.pick("Områden: ",
                            "Areas: ") + p.areas().stream().map(labels::area).collect(Collectors.joining(", "))))
                            .append("</span>");
                }
                html.append("</li>\n");
            }
            html.append("  </ul>\n");
        }

        html.append("  <").append(sub).append(">")
                .append(labels.pick("Pågående projekt", "Current projects"))
                .append("</").append(sub).append(">\n");
        if (view.projects().isEmpty()) {
            html.append("  <p class=\"omvarld-none\">")
                    .append(labels.pick("Inga pågående projekt.", "No current projects."))
                    .append("</p>\n");
        } else {
            html.append("  <ul class=\"omvarld-projects\">\n");
            for (PublicView.PublicProject p : view.projects()) {
                html.append("    <li class=\"omvarld-project\">")
                        .append("<span class=\"omvarld-title\">").append(Xml.escape(p.title())).append("</span>")
                        .append(" <span class=\"omvarld-kind\">").append(Xml.escape(labels.kind(p.kind())))
                        .append("</span>")
                        .append(" <span class=\"omvarld-unit\">").append(Xml.escape(p.unit())).append("</span>");
                if (!p.countries().isEmpty()) {
                    html.append(" <span class=\"omvarld-countries\">");
                    String separator = "";
                    for (CountryCode c : p.countries()) {
                        html.append(separator).append(country(c, labels));
                        separator = ", ";
                    }
                    html.append("</span>");
                }
                if (p.programme().isPresent()) {
                    html.append(" <span class=\"omvarld-programme\">").append(Xml.escape(p.programme().get()))
                            .append("</span>");
                }
                html.append("</li>\n");
            }
            html.append("  </ul>\n");
        }
        return html.append("</section>\n").toString();
    }

    /** The country's name, marked with its code for machines ({@code data-country}). */
    private static String country(CountryCode country, Labels labels) {
        return "<span class=\"omvarld-country\" data-country=\"" + country.value() + "\">"
                + Xml.escape(labels.country(country)) + "</span>";
    }
}
