package se.omvarld.adapter.report.opendata;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Collection;
import java.util.Optional;
import se.omvarld.domain.register.PublicView;

/**
 * The public view as JSON (RFC 8259), written by hand: the module needs no JSON library for one fixed shape. Keys are
 * stable English names, codes are the register's (ISO 3166-1 alpha-2 countries, the enum names of kinds, areas and
 * funding sources), dates ISO 8601; a project without a programme has {@code "programme": null}.
 */
public final class OpenDataJson {

    /** The {@code Content-Type} the document is served with. */
    public static final String MEDIA_TYPE = "application/json; charset=utf-8";

    private OpenDataJson() {
    }

    public static String write(PublicView view) {
        checkNotNull(view, "view is required");
        StringBuilder json = new StringBuilder(512 + 256 * (view.partnerships().size() + view.projects().size()));
        json.append("{\n  \"municipality\": {\"code\": ").append(string(view.code().value()))
                .append(", \"name\": ").append(string(view.name())).append("},\n")
                .append("  \"date\": ").append(string(view.on().toString())).append(",\n")
                .append("  \"partnerships\": [");
        String separator = "\n";
        for (PublicView.PublicPartnership p : view.partnerships()) {
            json.append(separator).append("    {\"title\": ").append(string(p.title()))
                    .append(", \"kind\": ").append(string(p.kind().name()))
                    .append(", \"partner\": ").append(string(p.partner()))
                    .append(", \"country\": ").append(string(p.country().value()))
                    .append(", \"locality\": ").append(string(p.locality()))
                    .append(", \"areas\": ").append(array(p.areas().stream().map(Enum::name).toList()))
                    .append(", \"fundingSources\": ").append(array(p.funding().stream().map(Enum::name).toList()))
                    .append(", \"since\": ").append(string(p.since().toString())).append('}');
            separator = ",\n";
        }
        json.append(view.partnerships().isEmpty() ? "],\n" : "\n  ],\n").append("  \"projects\": [");
        separator = "\n";
        for (PublicView.PublicProject p : view.projects()) {
            json.append(separator).append("    {\"title\": ").append(string(p.title()))
                    .append(", \"kind\": ").append(string(p.kind().name()))
                    .append(", \"unit\": ").append(string(p.unit()))
                    .append(", \"participants\": ").append(array(p.participants()))
                    .append(", \"countries\": ").append(array(p.countries().stream().map(c -> c.value()).toList()))
                    .append(", \"programme\": ").append(nullable(p.programme())).append('}');
            separator = ",\n";
        }
        json.append(view.projects().isEmpty() ? "]\n" : "\n  ]\n").append("}\n");
        return json.toString();
    }

    private static String nullable(Optional<String> value) {
        return value.map(OpenDataJson::string).orElse("null");
    }

    private static String array(Collection<String> values) {
        StringBuilder array = new StringBuilder("[");
        for (String value : values) {
            if (array.length() > 1) {
                array.append(", ");
            }
            array.append(string(value));
        }
        return array.append(']').toString();
    }

    /**
     * A JSON string: quote, backslash and the control characters escaped (RFC 8259 §7), and U+2028 and U+2029 too,
     * so the document is also valid JavaScript should a page inline it.
     */
    static String string(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"':
                    escaped.append("\\\"");
                    break;
                case '\\':
                    escaped.append("\\\\");
                    break;
                case '\n':
                    escaped.append("\\n");
                    break;
                case '\r':
                    escaped.append("\\r");
                    break;
                case '\t':
                    escaped.append("\\t");
                    break;
                default:
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
            }
        }
        return escaped.append('"').toString();
    }
}
