package org.mplus.tck.harness.chromium;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.devtools.DevTools;
import org.openqa.selenium.devtools.DevToolsException;
import org.openqa.selenium.devtools.v156.runtime.Runtime;
import org.openqa.selenium.devtools.v156.runtime.model.ExceptionDetails;
import org.openqa.selenium.devtools.v156.runtime.model.TimeDelta;
import org.mplus.tck.harness.PageEvent;

/**
 * Runs the kit's scripts in the page's main world over DevTools, not through chromedriver: a WebDriver command
 * stops at an open dialog, while the kit dismisses dialogs itself and must keep reading the page.
 */
final class PageRuntime {

    /** Past the page's own script timeout, how long the kit waits for DevTools to answer at all. */
    private static final Duration GRACE = Duration.ofSeconds(2);

    private final DevTools devTools;
    private final List<PageEvent> events;
    private volatile Duration scriptTimeout = Duration.ofSeconds(10);

    PageRuntime(DevTools devTools, List<PageEvent> events) {
        this.devTools = devTools;
        this.events = events;
    }

    void scriptTimeout(Duration timeout) {
        scriptTimeout = timeout;
    }

    /**
     * The script's value (JSON-like: strings, numbers, booleans, maps), or empty when it gave null or undefined
     * or could not run: the page is gone, or the script threw or was stopped for running too long.
     */
    Optional<Object> evaluate(String expression) {
        return evaluate(expression, false, true);
    }

    /** As {@link #evaluate}, for a script that gives a promise: its value once it settles. */
    Optional<Object> await(String expression) {
        return evaluate(expression, true, true);
    }

    private Optional<Object> evaluate(String expression, boolean awaitPromise, boolean mayStopPage) {
        Runtime.EvaluateResponse answer;
        try {
            answer = devTools.send(Runtime.evaluate(expression, Optional.empty(), Optional.empty(),
                    Optional.of(true), Optional.empty(), Optional.of(true), Optional.empty(), Optional.empty(),
                    Optional.of(awaitPromise), Optional.empty(), Optional.of(new TimeDelta(scriptTimeout.toMillis())),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                    scriptTimeout.plus(GRACE));
        } catch (TimeoutException e) {
            if (!mayStopPage) {
                return Optional.empty();
            }
            stopBusyPage();
            return evaluate(expression, awaitPromise, false);
        } catch (DevToolsException e) {
            // Chromium stopped the script at the timeout given, or the page is navigating away (no context).
            if (String.valueOf(e.getMessage()).contains("Execution was terminated")) {
                events.add(new PageEvent(PageEvent.Kind.SCRIPT_TIMEOUT,
                        "a script ran over " + scriptTimeout.toMillis() + " ms and was stopped"));
            }
            return Optional.empty();
        }
        return answer.getExceptionDetails().isPresent() ? Optional.empty() : answer.getResult().getValue();
    }

    /** Compiles a script without running it; the syntax error, if any. */
    Optional<ExceptionDetails> compile(String source, String sourceName) {
        return devTools.send(Runtime.compileScript(source, sourceName, false, Optional.empty()))
                .getExceptionDetails();
    }

    /** The page's own script (a timer looping forever) holds the main thread: stop it, as HtmlUnit would. */
    private void stopBusyPage() {
        devTools.send(Runtime.terminateExecution());
        events.add(new PageEvent(PageEvent.Kind.SCRIPT_TIMEOUT,
                "the page's scripts kept it busy over " + scriptTimeout.toMillis() + " ms and were stopped"));
    }

    /** How an exception reads in a page event: "Uncaught TypeError: … (bridge.js line 3)". */
    static String describe(ExceptionDetails details) {
        String what = details.getException()
                .flatMap(o -> o.getDescription().or(() -> o.getValue().map(String::valueOf)))
                .map(d -> d.lines().findFirst().orElse("")).orElse("");
        String text = what.isEmpty() || details.getText().contains(what) ? details.getText()
                : details.getText() + " " + what;
        String file = details.getUrl().filter(u -> !u.isEmpty()).map(u -> u.replaceAll(".*/", "") + " ").orElse("");
        return text + " (" + file + "line " + (details.getLineNumber() + 1) + ")";
    }
}
