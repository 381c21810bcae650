package org.mplus.tck.steps;

import io.cucumber.java.en.Then;
import org.mplus.tck.harness.HarnessError;
import org.mplus.tck.harness.Observation;
import org.mplus.tck.harness.checks.CallbacksAfterReturn;
import org.mplus.tck.harness.checks.ErrMsgNames;
import org.mplus.tck.harness.checks.ExactlyOneCallback;
import org.mplus.tck.harness.checks.FailCarriesErrMsg;
import org.mplus.tck.harness.checks.Fails;
import org.mplus.tck.harness.checks.ImTypeIsAVendors;
import org.mplus.tck.harness.checks.ImTypeIsNumber;
import org.mplus.tck.harness.checks.ImTypeNamesVendor;
import org.mplus.tck.harness.checks.NeverSucceeds;
import org.mplus.tck.harness.checks.NothingThrown;
import org.mplus.tck.harness.checks.Succeeds;
import org.mplus.tck.harness.checks.SuccessGetsObject;
import org.mplus.tck.spec.CallOption;

/** What the page saw come back: the callbacks, their arguments, and what was thrown. */
public final class CallbackSteps {

    private final ScenarioContext context;

    /** Cucumber's dependency injection hands every step class of a scenario the same context. */
    public CallbackSteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("success is called once")
    public void successIsCalledOnce() {
        succeededOnce(context.last());
    }

    /** A page calls the same function again: each call is answered on its own, once, after it returned. */
    @Then("each call is answered with success once, after it returned")
    public void eachCallSucceedsOnce() {
        context.all().forEach(o -> {
            succeededOnce(o);
            context.judge().check(new CallbacksAfterReturn(), o);
        });
    }

    private void succeededOnce(Observation o) {
        context.judge().check(new ExactlyOneCallback(), o);
        context.judge().check(new Succeeds(), o);
        context.judge().checkIfTagged(new SuccessGetsObject(), o);
        context.judge().checkIfTagged(new CallbacksAfterReturn(), o);
    }

    @Then("fail is called once with an errMsg")
    public void failIsCalledOnce() {
        Observation o = context.last();
        context.judge().check(new ExactlyOneCallback(), o);
        context.judge().check(new Fails(), o);
        context.judge().check(new FailCarriesErrMsg(), o);
        context.judge().checkIfTagged(new CallbacksAfterReturn(), o);
    }

    @Then("success is never called")
    public void successIsNeverCalled() {
        context.judge().check(new NeverSucceeds(), context.last());
    }

    @Then("nothing is thrown, then or later")
    public void nothingIsThrown() {
        context.judge().check(new NothingThrown(), context.last());
    }

    @Then("the errMsg names the option {string}")
    public void theErrMsgNames(String optionName) {
        Observation o = context.last();
        CallOption option = o.call().option(optionName).orElseThrow(() -> new HarnessError(
                o.call().name() + " has no option " + optionName + " in the catalog"));
        context.judge().check(new ErrMsgNames(option), o);
    }

    @Then("res.imType is a vendor's imType")
    public void imTypeIsAVendors() {
        context.judge().check(new ImTypeIsAVendors(context.catalog.imTypes()), context.last());
    }

    @Then("res.imType is a number, not a string")
    public void imTypeIsANumber() {
        context.judge().check(new ImTypeIsNumber(), context.last());
    }

    @Then("res.imType names that vendor")
    public void imTypeNamesTheVendor() {
        context.judge().check(new ImTypeNamesVendor(), context.last());
    }

    @Then("each answer's res.imType names that vendor")
    public void eachImTypeNamesTheVendor() {
        context.all().forEach(o -> context.judge().check(new ImTypeNamesVendor(), o));
    }
}
