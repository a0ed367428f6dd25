package se.omvarld.adapter.http.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import java.util.Map;

/** Javalin's renderer over the templates compiled at build time (Javalin 7's own JTE module is not published). */
final class JteRenderer implements FileRenderer {

    private final TemplateEngine engine;

    JteRenderer(TemplateEngine engine) {
        this.engine = engine;
    }

    @Override
    @SuppressWarnings("unchecked")
    public String render(String file, Map<String, ?> model, Context ctx) {
        StringOutput output = new StringOutput(8192);
        // The cast picks render(String, Map<String, Object>, TemplateOutput): with Map<String, ?> Java would choose
        // render(String, Object, TemplateOutput), which passes the whole map as the template's one parameter.
        engine.render(file, (Map<String, Object>) model, output);
        return output.toString();
    }
}
