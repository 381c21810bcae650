package org.mplus.tck.spec;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.EscapingStrategy;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Helper;
import com.github.jknack.handlebars.Template;
import com.github.jknack.handlebars.context.MapValueResolver;
import com.github.jknack.handlebars.context.MethodValueResolver;
import com.github.jknack.handlebars.io.ClassPathTemplateLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A Handlebars template (the engine WireMock carries) kept as a resource beside the class that renders it,
 * {@code NAME.hbs}. Every {@code {{value}}} goes through the escaping of the format being written, so a string
 * from a bridge or the catalog cannot break out of its place; {@code {{{value}}}} is for the kit's own markup.
 * A model is records (read through their accessors), maps and lists. Block tags alone on a line leave no line.
 */
public final class TextTemplate {

    private final Template template;

    private TextTemplate(Template template) {
        this.template = template;
    }

    /** The template {@code name}.hbs in {@code owner}'s package, with no helpers. */
    public static TextTemplate load(Class<?> owner, String name, EscapingStrategy escaping) {
        return load(owner, name, escaping, Map.of());
    }

    /** The template {@code name}.hbs in {@code owner}'s package; {@code helpers} are called as {{name value}}. */
    public static TextTemplate load(Class<?> owner, String name, EscapingStrategy escaping,
            Map<String, Helper<?>> helpers) {
        Handlebars engine = new Handlebars(new ClassPathTemplateLoader("/" + owner.getPackageName().replace('.', '/')))
                .with(escaping).prettyPrint(true);
        helpers.forEach(engine::registerHelper);
        try {
            return new TextTemplate(engine.compile(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the template " + name + ".hbs beside " + owner.getName(), e);
        }
    }

    public String render(Object model) {
        try {
            return template.apply(Context.newBuilder(model)
                    .resolver(MapValueResolver.INSTANCE, MethodValueResolver.INSTANCE).build());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + template.filename(), e);
        }
    }
}
