package org.mplus.tck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.mplus.tck.spec.Catalog;
import org.mplus.tck.spec.FormatExample;

/** check-link and check-img-url, run as a user runs them: through Main, reading what they print. */
class FormatCheckCommandsTest {

    /** Exit code and the UTF-8 bytes written to stdout and stderr. */
    private record Run(int exit, String out, String err) {

        void prints(String line) {
            assertTrue(out.lines().anyMatch(l -> l.strip().equals(line.strip())),
                    "expected the line \"" + line + "\" in:\n" + out + err);
        }

        void mentions(String text) {
            assertTrue(out.contains(text), "expected \"" + text + "\" in:\n" + out + err);
        }
    }

    /** Runs the kit with {@code args}, checks its exit code, and returns what it printed. */
    private static Run exits(int code, String... args) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.execute(args);
            Run r = new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
            assertFalse((r.out + r.err).contains("\tat "), "a stack trace:\n" + r.out + r.err);
            assertEquals(code, r.exit(), "exit code of " + String.join(" ", args) + ", which printed:\n" + r.out + r.err);
            return r;
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    @Test
    void aNativeAppLinkShowsBothAppIds() {
        Run r = exits(Main.OK, "check-link", "mplus://2:com.acme.android##com.acme.ios/param?type=xxx");
        r.prints("valid link");
        r.prints("scheme             mplus");
        r.prints("app type           2 (native app)");
        r.prints("Android app id     com.acme.android");
        r.prints("iOS app id         com.acme.ios");
        r.prints("path               /param");
        r.prints("launch parameter   type = xxx");
    }

    @Test
    void anHtml5AppLinkShowsItsAppUrl() {
        Run r = exits(Main.OK, "check-link", "app_scheme://4:myapp/param/index?type=xxx&file=xxx");
        r.mentions("app URL            /index?type=xxx&file=xxx");
    }

    @Test
    void aWrongAppTypeExitsOneAndSaysWhatIsAllowed() {
        Run r = exits(Main.FINDING, "check-link", "mplus://3:x/param");
        r.prints("INVALID link: expected app type 1 (ExMobi app), 2 (native app) or 4 (html5 app) at index 8, "
                + "found \"3\"");
        List<String> lines = r.out().lines().toList();
        int input = lines.indexOf("    mplus://3:x/param");
        assertTrue(input > 0, r.out());
        assertEquals("            ^", lines.get(input + 1), "the pointer sits under the 3");
        r.mentions("rule               LINK-01 (MUST)");
        r.mentions("allowed            " + org.mplus.tck.spec.AppLink.FORM);
    }

    @Test
    void anUnknownImgUrlSchemeExitsOneAndNamesTheThreeForms() {
        Run r = exits(Main.FINDING, "check-img-url", "ftp://x/icon.png");
        r.prints("INVALID imgUrl: expected http://, https://, local: or app_local: at index 0, found \"f\"");
        r.mentions("allowed            http://HOST/… or https://HOST/…");
    }

    @Test
    void oneInvalidValueAmongValidOnesExitsOneAndCountsThem() {
        Run r = exits(Main.FINDING, "check-img-url", "local:图标.png", "", "app_local:4:myapp:/img/icon.png");
        r.prints("image name         图标.png");
        r.prints("\"\" (empty)");
        r.prints("3 values: 2 valid, 1 invalid");
    }

    @Test
    void aLinkWithoutParamIsValidWithAWarning() {
        Run r = exits(Main.OK, "check-link", "app_scheme://1:myapp?type=xxx");
        r.mentions("warning            LINK-05 (SHOULD): the path is empty");
    }

    /**
     * The format rules are not judged by run (its scenarios test the bridge, through shareIMUI): check-link and
     * check-img-url hold every shared example, and the examples exercise every rule of both formats.
     */
    @Test
    void theCommandsJudgeEveryExampleAndEveryFormatRule() {
        Set<String> exercised = new TreeSet<>();
        for (String format : List.of(FormatExample.LINK, FormatExample.IMG_URL)) {
            String command = format.equals(FormatExample.LINK) ? "check-link" : "check-img-url";
            for (FormatExample e : FormatExample.all(format)) {
                Run r = exits(e.valid() ? Main.OK : Main.FINDING, command, "--", e.value());
                e.warnings().forEach(w -> r.mentions("warning            " + w + " ("));
                if (!e.valid()) {
                    r.mentions("rule               " + e.rules().get(0) + " (");
                }
                exercised.addAll(e.rules());
                exercised.addAll(e.warnings());
            }
        }
        Set<String> formatRules = new TreeSet<>();
        Catalog.standard().formats().forEach(f -> Catalog.standard().rulesForFormat(f.name())
                .forEach(rule -> formatRules.add(rule.id())));
        assertEquals(formatRules, exercised, "the format rules the examples run through the commands exercise");
    }

    @Test
    void noValueOrAnUnknownOptionIsAUsageError() {
        Run none = exits(Main.USAGE, "check-link");
        assertTrue(none.err().contains("Missing required parameter: 'LINK'"), none.err());
        Run unknown = exits(Main.USAGE, "check-img-url", "--strict", "local:icon.png");
        assertTrue(unknown.err().contains("Unknown option: '--strict'"), unknown.err());
    }
}
