package org.mplus.tck.report;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.mplus.tck.harness.Verdict;

/**
 * junit.xml, as Jenkins, GitLab and GitHub read it, valid against the JUnit schema Jenkins' xunit plugin checks
 * reports with (junit-10.xsd): one test case per scenario, named "call · vendor · what it checks" (an outline's
 * row adds the values that tell it from its siblings) in the class "feature/call", so that each keeps its
 * history from run to run. FAIL and TIMEOUT are failures, HARNESS-ERROR an error, SKIP and expected failures
 * skipped (as pytest reports xfail), NOT-PLAYABLE skipped, WARN and FLAKY a pass with the warning in system-out. That schema has no properties
 * on a test case, so each one's verdict is the first line of its system-out (and the type of its failure, error
 * or skipped). The profile's expected failures are test cases of a second suite, so that an unexpected pass or
 * an expiry shows in CI as what failed the run while the first suite counts the scenarios alone.
 */
final class JUnitReport {

    static final String VERDICT = "verdict: ";

    private JUnitReport() {
    }

    static String render(Assessment a) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            new JUnitReport.Writer(x, a).suites();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write junit.xml: " + e.getMessage(), e);
        }
        return text + "\n";
    }

    /** What CI makes of a test case. */
    enum Outcome {
        PASSED, FAILURE, ERROR, SKIPPED
    }

    /** A scenario's outcome in CI: what its verdict stands for, unless the profile excuses it (then skipped). */
    static Outcome outcome(ScenarioResult s, Assessment a) {
        if (a.excuse(s).isPresent()) {
            return Outcome.SKIPPED;
        }
        return switch (s.verdict().standing()) {
            case PASSED, BROKE_SHOULD, UNSURE -> Outcome.PASSED;
            case BROKE_MUST -> Outcome.FAILURE;
            case NOT_RUN -> Outcome.SKIPPED;
            case KIT_ERROR -> Outcome.ERROR;
        };
    }

    /** A test case before it is written: what CI shows of one scenario or profile entry. */
    private record Case(String classname, String name, long durationMs, Outcome outcome, String type, String detail) {
    }

    private record Writer(XMLStreamWriter x, Assessment a) {

        void suites() throws XMLStreamException {
            List<Case> scenarios = new ArrayList<>();
            a.run().scenarios().forEach(s -> scenarios.add(scenario(s)));
            a.run().stopped().ifPresent(why -> scenarios.add(new Case("mplus-tck/run", "the run · " + firstLine(why),
                    0, Outcome.ERROR, Verdict.HARNESS_ERROR.label(), why)));
            List<Case> entries = a.expected().outcomes().stream().map(Writer::entry).toList();
            List<Case> all = new ArrayList<>(scenarios);
            all.addAll(entries);
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "mplus-tck");
            counts(all, false);
            x.writeCharacters("\n");
            suite("mplus conformance · " + a.run().setup().bridgeLabel(), scenarios, true);
            if (!entries.isEmpty()) {
                suite("mplus profile · expected failures", entries, false);
            }
            x.writeEndElement();
        }

        private void suite(String name, List<Case> cases, boolean facts) throws XMLStreamException {
            x.writeStartElement("testsuite");
            x.writeAttribute("name", name);
            counts(cases, true);
            x.writeAttribute("timestamp", a.run().setup().started().toString());
            x.writeCharacters("\n");
            if (facts) {
                x.writeStartElement("properties");
                for (Assessment.Fact f : a.about()) {
                    property(f.name(), f.value());
                }
                property("gate", a.gate().reason());
                x.writeEndElement();
                x.writeCharacters("\n");
            }
            for (Case c : cases) {
                testcase(c);
            }
            x.writeEndElement();
            x.writeCharacters("\n");
        }

        /** The schema allows skipped= on a suite, not on the suites. */
        private void counts(List<Case> cases, boolean skipped) throws XMLStreamException {
            x.writeAttribute("tests", String.valueOf(cases.size()));
            x.writeAttribute("failures", count(cases, Outcome.FAILURE));
            x.writeAttribute("errors", count(cases, Outcome.ERROR));
            if (skipped) {
                x.writeAttribute("skipped", count(cases, Outcome.SKIPPED));
            }
            x.writeAttribute("time", seconds(a.run().wall().toMillis()));
        }

        private static String count(List<Case> cases, Outcome outcome) {
            return String.valueOf(cases.stream().filter(c -> c.outcome() == outcome).count());
        }

        private void property(String name, String value) throws XMLStreamException {
            x.writeEmptyElement("property");
            x.writeAttribute("name", name);
            x.writeAttribute("value", value);
        }

        private Case scenario(ScenarioResult s) {
            String classname = s.file().replaceFirst("\\.feature$", "") + "/" + s.subject();
            String detail = a.excuse(s).map(e -> "expected failure (profile, until " + e.expires() + "): "
                    + e.reason() + "\n" + s.message()).orElse(s.message());
            return new Case(classname, s.title(), s.durationMs(), outcome(s, a), s.verdict().label(), detail);
        }

        private static Case entry(ExpectedFailures.Outcome o) {
            Outcome outcome = o.failsTheRun() ? Outcome.FAILURE
                    : o.status() == ExpectedFailures.Status.NOT_RUN ? Outcome.SKIPPED : Outcome.PASSED;
            return new Case("profile/expectedFailures", "expected failure · " + o.entry().target(), 0, outcome,
                    o.status().name(), o.describe());
        }

        private void testcase(Case c) throws XMLStreamException {
            x.writeStartElement("testcase");
            x.writeAttribute("classname", c.classname());
            x.writeAttribute("name", c.name());
            x.writeAttribute("time", seconds(c.durationMs()));
            switch (c.outcome()) {
                case FAILURE -> problem("failure", c);
                case ERROR -> problem("error", c);
                case SKIPPED -> {
                    x.writeEmptyElement("skipped");
                    x.writeAttribute("message", firstLine(c.detail()));
                    x.writeAttribute("type", c.type());
                }
                case PASSED -> {
                }
            }
            x.writeStartElement("system-out");
            // a failure, error or skip carries the detail already
            boolean passed = c.outcome() == Outcome.PASSED && !c.detail().isEmpty();
            x.writeCharacters(VERDICT + c.type() + (passed ? "\n" + c.detail() : ""));
            x.writeEndElement();
            x.writeEndElement();
            x.writeCharacters("\n");
        }

        private void problem(String element, Case c) throws XMLStreamException {
            x.writeStartElement(element);
            x.writeAttribute("message", firstLine(c.detail()));
            x.writeAttribute("type", c.type());
            x.writeCharacters(c.detail());
            x.writeEndElement();
        }
    }

    private static String firstLine(String s) {
        int end = s.indexOf('\n');
        return end < 0 ? s : s.substring(0, end);
    }

    private static String seconds(long ms) {
        return String.format(Locale.ROOT, "%.3f", ms / 1000.0);
    }
}
