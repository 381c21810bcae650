package org.mplus.tck.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.util.List;
import org.mplus.tck.harness.HarnessError;
import org.mplus.tck.harness.checks.AtMostOneDelivery;
import org.mplus.tck.harness.checks.CaughtByTheBridge;
import org.mplus.tck.harness.checks.DeliveredMessages;
import org.mplus.tck.harness.checks.NothingDelivered;
import org.mplus.tck.harness.checks.SentNothing;
import org.mplus.tck.harness.checks.SuccessNotBefore;
import org.mplus.tck.harness.checks.SuccessOnlyIfDelivered;
import org.mplus.tck.mock.ChatType;
import org.mplus.tck.mock.Fault;
import org.mplus.tck.spec.Vendor;

/** The vendor's side: faults switched on before the call, and what the vendor mock received. */
public final class VendorSteps {

    private final ScenarioContext context;

    /** Cucumber's dependency injection hands every step class of a scenario the same context. */
    public VendorSteps(ScenarioContext context) {
        this.context = context;
    }
    private long vendorDelayMs = -1;

    private Vendor vendor() {
        return context.vendor();
    }

    /** With the vendor's own error code, whatever its wire model calls an error. */
    @Given("the vendor refuses every request with its error code")
    public void refuses() {
        context.bench().mock().faults().add(Fault.vendorError(vendor().code()));
    }

    @Given("the vendor answers every request after {int} ms")
    public void answersAfter(int delayMs) {
        vendorDelayMs = delayMs;
        context.bench().mock().faults().add(Fault.latency(vendor().code(), delayMs));
        context.timingMatters(vendor().name() + " answers after " + delayMs + " ms, a race with the bridge's deadline");
    }

    @Given("the vendor does not answer in time")
    public void doesNotAnswer() {
        int beyond = (int) context.settings.timeout().toMillis() * 2;
        context.bench().mock().faults().add(Fault.latency(vendor().code(), beyond));
        context.timingMatters(vendor().name() + " answers after " + beyond + " ms, past the kit's timeout");
    }

    @Given("the vendor resets every connection")
    public void resets() {
        context.bench().mock().faults().add(Fault.connectionReset(vendor().code()));
    }

    @Given("the vendor answers every request with a malformed body")
    public void malformed() {
        context.bench().mock().faults().add(Fault.malformedResponse(vendor().code()));
    }

    @Then("the vendor delivered exactly one message to user {string} reading {string}")
    public void deliveredToUser(String to, String content) {
        delivered(to, ChatType.USER, content);
    }

    @Then("the vendor delivered exactly one message to group {string} reading {string}")
    public void deliveredToGroup(String to, String content) {
        delivered(to, ChatType.GROUP, content);
    }

    @Then("the vendor delivered exactly one message to user {string} reading that message")
    public void deliveredThatToUser(String to) {
        delivered(to, ChatType.USER, context.sentMessage());
    }

    @Then("the vendor delivered exactly one message to group {string} reading that message")
    public void deliveredThatToGroup(String to) {
        delivered(to, ChatType.GROUP, context.sentMessage());
    }

    private void delivered(String to, ChatType type, String content) {
        var o = context.observeTraffic();
        context.judge().check(new DeliveredMessages(vendor().code(), vendor().name(), to, type, List.of(content)), o);
        context.judge().checkIfTagged(new AtMostOneDelivery(), o);
    }

    @Then("the vendor delivered {string} then {string} to user {string}")
    public void deliveredBothToUser(String first, String second, String to) {
        context.judge().check(new DeliveredMessages(vendor().code(), vendor().name(), to, ChatType.USER,
                List.of(first, second)), context.observeTraffic());
    }

    @Then("the vendor delivered {string} then {string} to group {string}")
    public void deliveredBothToGroup(String first, String second, String to) {
        context.judge().check(new DeliveredMessages(vendor().code(), vendor().name(), to, ChatType.GROUP,
                List.of(first, second)), context.observeTraffic());
    }

    @Then("a success comes only with the vendor having delivered {string} to {string}")
    public void successOnlyIfDelivered(String content, String to) {
        context.judge().check(new SuccessOnlyIfDelivered(vendor().code(), vendor().name(), to, content),
                context.observeTraffic());
    }

    @Then("nothing was sent to any vendor")
    public void nothingSent() {
        context.judge().check(new SentNothing(), context.observeTraffic());
    }

    @Then("the bridge caught it without asking the vendor")
    public void caughtByTheBridge() {
        context.judge().check(new CaughtByTheBridge(), context.observeTraffic());
    }

    @Then("nothing was delivered")
    public void nothingDelivered() {
        context.judge().check(new NothingDelivered(), context.observeTraffic());
    }

    @Then("no message was delivered twice")
    public void noDuplicate() {
        context.judge().check(new AtMostOneDelivery(), context.observeTraffic());
    }

    @Then("success came no sooner than the vendor's answer")
    public void successAfterTheVendor() {
        if (vendorDelayMs < 0) {
            throw new HarnessError("this step needs \"Given the vendor answers every request after N ms\" first");
        }
        context.judge().check(new SuccessNotBefore(vendorDelayMs), context.last());
    }
}
