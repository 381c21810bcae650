package org.mplus.tck.spec;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.github.jknack.handlebars.EscapingStrategy;
import java.util.List;
import java.util.Locale;

/**
 * The reference bridge's copy of the catalog: the calls, their options and the vendors, as a JavaScript object
 * between the lines {@code // <catalog>} and {@code // </catalog>} of mock-server/__files/mplus.js, which checks
 * every call's arguments against it. Generated through bridge-catalog.js.hbs, so that the catalog stays the only
 * list of the calls.
 */
public final class BridgeCatalog {

    public static final String BEGIN = "  // <catalog>";
    public static final String END = "  // </catalog>";

    /**
     * JavaScript string contents, escaped as Jackson writes JSON (quotes, backslashes, control characters). In the
     * template, "~}} }" closes an object right after a block: "}}}" would read as the end of a {{{raw}}} value.
     */
    private static final EscapingStrategy JSON_STRING = s -> new String(
            JsonStringEncoder.getInstance().quoteAsString(s.toString()));

    private static final TextTemplate TEMPLATE = TextTemplate.load(BridgeCatalog.class, "bridge-catalog.js",
            JSON_STRING);

    private BridgeCatalog() {
    }

    record Copy(List<Vendor> vendors, List<CallEntry> calls) {
    }

    /** {@code since} and the option's {@code account} and {@code format} are empty when the catalog names none. */
    record CallEntry(String name, String kind, List<Integer> vendors, String since, List<OptionEntry> options) {
    }

    record OptionEntry(String name, String description, boolean required, String account, String format) {
    }

    /** The lines between the markers, each ending in a newline. */
    public static String render(Catalog catalog) {
        return TEMPLATE.render(new Copy(catalog.vendors(), catalog.calls().stream().map(c -> new CallEntry(c.name(),
                c.kind().name().toLowerCase(Locale.ROOT), c.vendors(), c.since().map(ClientVersion::toString).orElse(""),
                c.options().stream().map(o -> new OptionEntry(o.name(), o.description(), o.required(),
                        o.account().map(a -> a.name().toLowerCase(Locale.ROOT).replace('_', '-')).orElse(""),
                        o.format().orElse(""))).toList())).toList()));
    }

    /** The text between the marker lines of {@code source}. */
    public static String block(String source) {
        int begin = source.indexOf(BEGIN + "\n");
        int end = source.indexOf(END + "\n");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("mplus.js has no \"" + BEGIN.strip() + "\" … \"" + END.strip()
                    + "\" block");
        }
        return source.substring(begin + BEGIN.length() + 1, end);
    }

    /** {@code source} with the text between its marker lines replaced by {@code block}. */
    public static String splice(String source, String block) {
        String old = block(source);
        int at = source.indexOf(BEGIN + "\n") + BEGIN.length() + 1;
        return source.substring(0, at) + block + source.substring(at + old.length());
    }
}
