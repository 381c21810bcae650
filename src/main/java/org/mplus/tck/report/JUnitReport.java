package org.mplus.tck.report;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.mplus.tck.harness.Verdict;

/**
 * junit.xml, as Jenkins, GitLab and GitHub read it: one test case per scenario, named "call · vendor · what it
 * checks" in the class "feature/call"; FAIL and TIMEOUT are failures, HARNESS-ERROR an error, SKIP, NOT-PLAYABLE and
 * expected failures skipped (as pytest reports xfail), WARN and FLAKY a pass with the warning in system-out. Each expected failure
 * of the profile is a test case too, so that an unexpected pass or an expiry shows in CI as what failed the run.
 */
final class JUnitReport {

    private JUnitReport() {
    }

    static String render(Assessment a) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            new JUnitReport.Writer(x, a).suite();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write junit.xml: " + e.getMessage(), e);
        }
        return text + "\n";
    }

    /** A test case before it is written: what CI shows of one scenario or profile entry. */
    private record Case(String classname, String name, long durationMs, Outcome outcome, String type, String detail) {
    }

    private enum Outcome {
        PASSED, FAILURE, ERROR, SKIPPED
    }

    private record Writer(XMLStreamWriter x, Assessment a) {

        void suite() throws XMLStreamException {
            List<Case> cases = new ArrayList<>();
            a.run().scenarios().forEach(s -> cases.add(scenario(s)));
            a.expected().outcomes().forEach(o -> cases.add(entry(o)));
            a.run().stopped().ifPresent(why -> cases.add(new Case("mplus-tck/run", "the run · " + firstLine(why), 0,
                    Outcome.ERROR, Verdict.HARNESS_ERROR.label(), why)));
            RunSetup setup = a.run().setup();
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "mplus-tck");
            counts(cases);
            x.writeCharacters("\n");
            x.writeStartElement("testsuite");
            x.writeAttribute("name", "mplus conformance · " + setup.bridgeLabel());
            counts(cases);
            x.writeAttribute("timestamp", setup.started().toString());
            x.writeCharacters("\n");
            x.writeStartElement("properties");
            for (RunResult.Fact f : a.run().about()) {
                property(f.name(), f.value());
            }
            property("gate", a.gate().reason());
            x.writeEndElement();
            x.writeCharacters("\n");
            for (Case c : cases) {
                testcase(c);
            }
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
        }

        private void counts(List<Case> cases) throws XMLStreamException {
            x.writeAttribute("tests", String.valueOf(cases.size()));
            x.writeAttribute("failures", count(cases, Outcome.FAILURE));
            x.writeAttribute("errors", count(cases, Outcome.ERROR));
            x.writeAttribute("skipped", count(cases, Outcome.SKIPPED));
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
            Optional<ExpectedFailure> excuse = a.excuse(s);
            if (excuse.isPresent()) {
                ExpectedFailure e = excuse.get();
                return new Case(classname, s.title(), s.durationMs(), Outcome.SKIPPED, s.verdict().label(),
                        "expected failure (profile, "
                        + "until " + e.expires() + "): " + e.reason() + "\n" + s.message());
            }
            Outcome outcome = switch (s.verdict()) {
                case PASS, WARN, FLAKY -> Outcome.PASSED;
                case FAIL, TIMEOUT -> Outcome.FAILURE;
                case SKIP, NOT_PLAYABLE -> Outcome.SKIPPED;
                case HARNESS_ERROR -> Outcome.ERROR;
            };
            return new Case(classname, s.title(), s.durationMs(), outcome, s.verdict().label(), s.message());
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
                }
                case PASSED -> {
                    if (!c.detail().isEmpty()) {
                        x.writeStartElement("system-out");
                        x.writeCharacters(c.detail());
                        x.writeEndElement();
                    }
                }
            }
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
