package org.mplus.tck.spec;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A global the kit sets in a test page to play what only a person could do there (pick whom to share with), and
 * that a bridge's test build reads instead of asking the person. The kit notes whether the bridge read it: a
 * scenario that needs a hook the bridge never reads cannot be played, and is neither passed nor failed.
 *
 * @param name     the global on window: mplusTckUser
 * @param plays    what the kit plays through it, e.g. "the user at the share picker"
 * @param calls    the calls that consult it
 * @param fields   what the kit puts in it
 * @param contract what a bridge's test build does with it
 */
public record TestHook(String name, String plays, List<String> calls, List<Field> fields, String contract) {

    /** A field of the hook's object: its name, TypeScript type and meaning. */
    public record Field(String name, String type, String description) {
    }

    public TestHook {
        calls = List.copyOf(calls);
        fields = List.copyOf(fields);
    }

    /** The tag of a scenario whose verdict rests on the hook: @hook:mplusTckUser. */
    public String tag() {
        return NamingTag.HOOK.of(name);
    }

    /** What a vendor does to let the kit play it, in one sentence for reports. */
    public String advice() {
        return "to be judged here, read window." + name + " in a test build where " + plays + " would act ("
                + fields.stream().map(f -> f.name() + ": " + f.description()).collect(Collectors.joining("; "))
                + "); see docs/hooks.md";
    }
}
