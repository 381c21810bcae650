package org.mplus.tck.steps;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.mplus.tck.harness.CallOutcome;
import org.mplus.tck.harness.CallbackMode;
import org.mplus.tck.harness.HarnessError;
import org.mplus.tck.harness.Judge;
import org.mplus.tck.harness.Observation;
import org.mplus.tck.harness.PageSession;
import org.mplus.tck.harness.RunSettings;
import org.mplus.tck.harness.ScenarioRecord;
import org.mplus.tck.harness.Workbench;
import org.mplus.tck.harness.Workbenches;
import org.mplus.tck.spec.Call;
import org.mplus.tck.spec.Catalog;
import org.mplus.tck.spec.Vendor;
import org.opentest4j.TestAbortedException;

/** The state of the running scenario, shared by the step classes of one worker thread. */
final class ScenarioContext {

    private static final ThreadLocal<ScenarioContext> CURRENT = new ThreadLocal<>();

    final Catalog catalog = Catalog.standard();
    final RunSettings settings = RunSettings.current();
    final Judge judge;
    private Workbench bench;
    private Vendor vendor;
    private Call subject;
    private String skipReason;
    private PageSession page;
    private Observation last;
    private String message;

    private ScenarioContext(List<String> ruleTags) {
        this.judge = new Judge(catalog, ruleTags);
    }

    static ScenarioContext begin(List<String> ruleTags) {
        ScenarioContext context = new ScenarioContext(ruleTags);
        CURRENT.set(context);
        return context;
    }

    static ScenarioContext current() {
        ScenarioContext context = CURRENT.get();
        if (context == null) {
            throw new HarnessError("no scenario is running on this thread");
        }
        return context;
    }

    /** Names the vendor before anything can skip the scenario, so that reports place even a skip. */
    void intend(Vendor v) {
        vendor = v;
    }

    /** Names the call before anything can skip the scenario. */
    void intend(Call call) {
        subject = call;
    }

    /**
     * Marks the scenario as one the bridge does not claim. The skip takes effect at the next step that needs the
     * page or the mock, so that the call is named first and the skip lands in the right cell of the reports.
     */
    void skip(String reason) {
        skipReason = reason;
    }

    private void skipIfMarked() {
        if (skipReason != null) {
            throw new TestAbortedException(skipReason);
        }
    }

    void runOn(Vendor v) {
        vendor = v;
        bench().reset(v.imType());
    }

    Vendor vendor() {
        if (vendor == null) {
            throw new HarnessError("this scenario does not say which vendor the client runs on: "
                    + "start it with \"Given the client runs on 容联云\" (or 先维IM)");
        }
        return vendor;
    }

    /** This worker's mock and engine, started on first use (format scenarios never need them). */
    Workbench bench() {
        skipIfMarked();
        if (bench == null) {
            bench = Workbenches.forThisThread(settings);
        }
        return bench;
    }

    PageSession page() {
        if (page == null) {
            page = bench().openPage();
        }
        return page;
    }

    Observation call(Call call, ObjectNode options, CallbackMode mode) {
        CallOutcome outcome = page().call(call.name(), options, mode, settings.timeout());
        bench().engine().limitation(outcome).ifPresent(limit -> {
            throw new HarnessError(limit);
        });
        last = new Observation(call, vendor(), outcome, bench().traffic());
        return last;
    }

    /** The message text the page is about to send, for steps that check it arrived unchanged. */
    void sending(String text) {
        message = text;
    }

    String sentMessage() {
        if (message == null) {
            throw new HarnessError("\"reading that message\" needs a \"When the page calls … and message …\" step first");
        }
        return message;
    }

    Observation last() {
        if (last == null) {
            throw new HarnessError("this scenario checks a result before any \"When the page calls …\" step");
        }
        return last;
    }

    /** The last call's observation with the vendor traffic read again: requests may land after the callback. */
    Observation observeTraffic() {
        Observation o = last();
        return new Observation(o.call(), o.vendor(), o.outcome(), bench().traffic());
    }

    ScenarioRecord record() {
        return new ScenarioRecord(Optional.ofNullable(subject).map(Call::name),
                Optional.ofNullable(vendor).map(Vendor::imType), judge.judgedRules(), judge.warnings());
    }

    void end() {
        if (page != null) {
            page.close();
        }
        CURRENT.remove();
    }
}
