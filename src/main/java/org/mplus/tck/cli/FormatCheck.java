package org.mplus.tck.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.mplus.tck.spec.Catalog;
import org.mplus.tck.spec.FormatWarning;
import org.mplus.tck.spec.ParseError;
import org.mplus.tck.spec.Parsed;
import org.mplus.tck.spec.Rule;
import org.mplus.tck.spec.VisibleText;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What check-link and check-img-url share: parse each value, explain it part by part or point at the error,
 * and exit 0 when all are valid, 1 when one is not.
 */
abstract class FormatCheck<T> implements Callable<Integer> {

    /** One line of an explanation: "  app type           2 (native app)". */
    record Part(String label, String value) {
    }

    @Spec
    CommandSpec spec;

    private final String formatName;
    private final Function<String, Parsed<T>> parser;
    private final Function<T, List<FormatWarning>> warnings;
    private final String allowedForms;

    /**
     * @param formatName   "link" or "imgUrl"
     * @param parser       the spec's parser of the format
     * @param warnings     the SHOULD rules a valid value breaks
     * @param allowedForms the allowed forms, shown under every error
     */
    FormatCheck(String formatName, Function<String, Parsed<T>> parser, Function<T, List<FormatWarning>> warnings,
            String allowedForms) {
        this.formatName = formatName;
        this.parser = parser;
        this.warnings = warnings;
        this.allowedForms = allowedForms;
    }

    /** The values given on the command line. */
    abstract List<String> inputs();

    /** A valid value, part by part. */
    abstract List<Part> explain(T value);

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int invalid = 0;
        for (String input : inputs()) {
            out.println(input.isEmpty() ? "\"\" (empty)" : VisibleText.render(input));
            Parsed<T> parsed = parser.apply(input);
            if (parsed instanceof Parsed.Valid<T> valid) {
                out.println("  valid " + formatName);
                explain(valid.value()).forEach(p -> row(out, p.label(), p.value()));
                warnings.apply(valid.value()).forEach(w -> row(out, "warning", headline(w.rule()) + w.message()));
            } else if (parsed instanceof Parsed.Invalid<T> bad) {
                invalid++;
                ParseError e = bad.error();
                out.println("  INVALID " + formatName + ": " + e.message());
                e.pointer().lines().forEach(l -> out.println("    " + l));
                row(out, "rule", headline(e.rule()) + rule(e.rule()).map(Rule::text).orElse(""));
                row(out, "allowed", allowedForms);
            }
        }
        if (inputs().size() > 1) {
            out.println(inputs().size() + " values: " + (inputs().size() - invalid) + " valid, " + invalid + " invalid");
        }
        out.flush();
        return invalid == 0 ? Main.OK : Main.FINDING;
    }

    private static void row(PrintWriter out, String label, String value) {
        out.printf("  %-18s %s%n", label, value);
    }

    /** "LINK-05 (SHOULD): ". */
    private static String headline(String ruleId) {
        return ruleId + rule(ruleId).map(r -> " (" + r.level() + ")").orElse("") + ": ";
    }

    private static Optional<Rule> rule(String id) {
        return Catalog.standard().rule(id);
    }
}
