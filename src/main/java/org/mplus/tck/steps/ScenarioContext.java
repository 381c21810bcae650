package org.mplus.tck.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mplus.tck.harness.CallOutcome;
import org.mplus.tck.harness.CallbackMode;
import org.mplus.tck.harness.HarnessError;
import org.mplus.tck.harness.HookUse;
import org.mplus.tck.harness.Judge;
import org.mplus.tck.harness.Observation;
import org.mplus.tck.harness.PageSession;
import org.mplus.tck.harness.RunSettings;
import org.mplus.tck.harness.ScenarioRecord;
import org.mplus.tck.harness.StallMeter;
import org.mplus.tck.harness.Timing;
import org.mplus.tck.harness.Workbench;
import org.mplus.tck.harness.KitRun;
import org.mplus.tck.spec.Call;
import org.mplus.tck.spec.Catalog;
import org.mplus.tck.spec.Vendor;
import org.mplus.tck.spec.VendorOnlyTags;
import org.opentest4j.TestAbortedException;

/**
 * The state of the running scenario, shared by its step classes: Cucumber's dependency injection
 * (cucumber-picocontainer) makes one per scenario and hands it to each of them.
 */
public final class ScenarioContext {

    /** The tag of scenarios whose verdict rests on the bridge talking to the vendor mock. */
    static final String WIRE = "@wire";

    private final KitRun run;
    final Catalog catalog;
    final RunSettings settings;
    private Judge judge;
    private List<String> neededHooks = List.of();
    /** The hooks offered to the page, and whether the bridge read each during a call. */
    private final Map<String, Boolean> offeredHooks = new LinkedHashMap<>();
    private final StallMeter.Mark stalls = StallMeter.jvm().mark();
    private final List<String> timing = new ArrayList<>();
    private final List<Observation> observations = new ArrayList<>();
    private Workbench bench;
    private Call subject;
    private String skipReason;
    private PageSession page;
    private String message;

    public ScenarioContext() {
        run = KitRun.bound().orElseThrow(() -> new HarnessError("no run of the suite is bound to this thread: run "
                + "the suite through `mplus-tck run`, ConformanceRun or the Conformance suite class"));
        catalog = run.catalog();
        settings = run.settings();
    }

    /**
     * @param ruleTags the rules the scenario names; @param hookTags the test hooks its verdict rests on;
     * @param tags all its tags, which say whether it is judged on the pass's vendor (a vendor-only call's)
     */
    void begin(List<String> ruleTags, List<String> hookTags, List<String> tags) {
        // the traffic read again when a rule breaks: requests may land after the callback
        judge = tags.contains(WIRE)
                ? new Judge(catalog, ruleTags, o -> bench().engine().vendorTrafficMissing(bench().traffic()))
                : new Judge(catalog, ruleTags);
        neededHooks = List.copyOf(hookTags);
        neededHooks.forEach(this::hook);
        // `run` leaves such scenarios out of the pass by tag; a suite class's run cannot, so it skips them (and its
        // reports leave them out)
        VendorOnlyTags.whyNotOn(catalog, run.vendor(), tags).ifPresent(this::skip);
    }

    Judge judge() {
        if (judge == null) {
            throw new HarnessError("the scenario's context was used before it began");
        }
        return judge;
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

    /** Sets this worker's mock and page up for the pass's vendor. */
    void runOnTheVendorUnderTest() {
        bench().reset(vendor().imType());
    }

    /** The vendor under test: the pass's, whatever the scenario's words. */
    Vendor vendor() {
        return run.vendor();
    }

    /** This worker's mock and engine, started on first use (format scenarios never need them). */
    Workbench bench() {
        skipIfMarked();
        if (bench == null) {
            bench = run.workbenches().forThisThread();
        }
        return bench;
    }

    PageSession page() {
        if (page == null) {
            page = bench().openPage();
        }
        return page;
    }

    /** Offers the page a test hook (window[name] = value); the calls' outcomes say whether the bridge read it. */
    void offerHook(String name, JsonNode value) {
        hook(name);
        page().setGlobal(name, value);
        offeredHooks.putIfAbsent(name, false);
    }

    private void hook(String name) {
        if (catalog.hook(name).isEmpty()) {
            throw new HarnessError("no test hook " + name + " in the catalog (tag or step of this scenario)");
        }
    }

    /** Says why this scenario's verdict rests on timing, so that a failure is re-run alone before it is reported. */
    void timingMatters(String why) {
        timing.add(why);
    }

    Observation call(Call call, ObjectNode options, CallbackMode mode) {
        requireDefined(call);
        StallMeter.Mark during = StallMeter.jvm().mark();
        CallOutcome outcome = page().call(call.name(), options, mode, settings.timeout()).withStalls(during.millis());
        bench().engine().limitation(outcome).ifPresent(limit -> {
            throw new HarnessError(limit);
        });
        outcome.consulted().stream().filter(offeredHooks::containsKey).forEach(h -> offeredHooks.put(h, true));
        if (outcome.waitedOutTheClock()) {
            timingMatters("the kit stopped waiting for " + call.name() + " after " + outcome.elapsedMs() + " ms");
        }
        Observation o = new Observation(call, vendor(), outcome, bench().traffic());
        observations.add(o);
        return o;
    }

    /**
     * A call the bridge does not define fails at once, said in the page's terms, rather than waiting out the
     * timeout for an answer that cannot come.
     */
    private void requireDefined(Call call) {
        JsonNode shape = page().bridgeShape();
        String type = shape.path("type").asText();
        String member = shape.path("members").path(call.name()).asText("");
        String missing;
        if (type.equals("unreadable")) {
            missing = "reading window.mplus threw " + shape.path("error").asText();
        } else if (!type.equals("object") && !type.equals("function")) {
            missing = "window.mplus is " + (type.equals("undefined") ? "not defined" : type);
        } else if (member.isEmpty()) {
            missing = "mplus." + call.name() + " is not defined";
        } else if (!member.equals("function")) {
            missing = "mplus." + call.name() + " is " + member + ", not a function";
        } else {
            return;
        }
        List<String> functions = new ArrayList<>();
        shape.path("functions").forEach(f -> functions.add(f.asText()));
        throw judge().broken("CALLBACK-01", call.name(), vendor().label(),
                "window.mplus." + call.name() + ", a function the page can call",
                missing + (functions.isEmpty() ? "" : " (window.mplus has " + String.join(", ", functions) + ")")
                        + "; a bridge that leaves calls out lists the ones it has in its profile's calls, and the "
                        + "others are skipped");
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
        if (observations.isEmpty()) {
            throw new HarnessError("this scenario checks a result before any \"When the page calls …\" step");
        }
        return observations.get(observations.size() - 1);
    }

    /** Every call of the scenario, in order, with the vendor traffic as it stood after each. */
    List<Observation> all() {
        last();
        return List.copyOf(observations);
    }

    /** The last call's observation with the vendor traffic read again: requests may land after the callback. */
    Observation observeTraffic() {
        Observation o = last();
        return new Observation(o.call(), o.vendor(), o.outcome(), bench().traffic());
    }

    ScenarioRecord record() {
        boolean unanswered = observations.stream()
                .anyMatch(o -> o.outcome().mode().observesBoth() && o.outcome().callbackCount() == 0);
        // A hook is put to the test only by a call: a scenario that never called (the call is missing) used none.
        List<HookUse> hooks = new ArrayList<>();
        if (!observations.isEmpty()) {
            offeredHooks.forEach((name, consulted) -> hooks.add(new HookUse(name, neededHooks.contains(name),
                    consulted, unanswered, wrongWhateverThePerson(name))));
        }
        return new ScenarioRecord(Optional.ofNullable(subject).map(Call::name),
                Optional.of(vendor().imType()), judge().judgedRules(), judge().warnings(), hooks,
                new Timing(timing, stalls.millis()));
    }

    /**
     * Whether a call the hook is for was wrong whatever the person the hook stands for would have done: a success
     * with nothing delivered fakes a share, two answers are one too many.
     */
    private boolean wrongWhateverThePerson(String hookName) {
        List<String> calls = catalog.hook(hookName).orElseThrow().calls();
        boolean nothingDelivered = bench().traffic().deliveries().isEmpty();
        return observations.stream().filter(o -> calls.contains(o.call().name())).map(Observation::outcome)
                .anyMatch(c -> c.successCount() > 0 && nothingDelivered || c.callbackCount() > 1);
    }

    /** Closes the scenario's page and leaves its record for the reports. */
    void end() {
        run.leave(record());
        if (page != null) {
            page.close();
        }
    }
}
