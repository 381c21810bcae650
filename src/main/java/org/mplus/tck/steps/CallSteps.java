package org.mplus.tck.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import java.util.List;
import org.mplus.tck.harness.CallbackMode;
import org.mplus.tck.harness.HarnessError;
import org.mplus.tck.spec.Call;
import org.mplus.tck.spec.ClientVersion;
import org.opentest4j.TestAbortedException;

/** The page's side: the client set up on the vendor under test, and the calls the page makes. */
public final class CallSteps {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ScenarioContext context;

    /** Cucumber's dependency injection hands every step class of a scenario the same context. */
    public CallSteps(ScenarioContext context) {
        this.context = context;
    }

    /** The vendor is the pass's: a run judges every scenario once per vendor under test. */
    @Given("the client runs on the vendor under test")
    public void theClientRunsOnTheVendorUnderTest() {
        context.runOnTheVendorUnderTest();
    }

    @When("the page calls {call}")
    public void callsWithEmptyOptions(Call call) {
        call(call, JSON.createObjectNode(), CallbackMode.BOTH);
    }

    @When("the page calls {call} with imaccount {string} and message {string}")
    public void callsToSend(Call call, String imaccount, String message) {
        context.sending(message);
        call(call, options("imaccount", imaccount, "message", message), CallbackMode.BOTH);
    }

    @When("the page calls {call} with imaccount {string} and this message:")
    public void callsToSendText(Call call, String imaccount, String message) {
        callsToSend(call, imaccount, message);
    }

    @When("the page calls {call} with imaccount {string} and the longest message the vendor takes, ending in {string}")
    public void callsWithTheLongest(Call call, String imaccount, String tail) {
        callsToSend(call, imaccount, context.vendor().messageLimit().longestAccepted(tail));
    }

    @When("the page calls {call} with imaccount {string} and a message one past the vendor's limit, ending in {string}")
    public void callsWithOnePast(Call call, String imaccount, String tail) {
        callsToSend(call, imaccount, context.vendor().messageLimit().shortestRefused(tail));
    }

    @When("the page calls {call} with imaccount {string} and message {string} and {callbacks}")
    public void callsToSendWith(Call call, String imaccount, String message, CallbackMode mode) {
        call(call, options("imaccount", imaccount, "message", message), mode);
    }

    @When("the page calls {call} with imaccount {string} and name {string}")
    public void callsToShow(Call call, String imaccount, String name) {
        call(call, options("imaccount", imaccount, "name", name), CallbackMode.BOTH);
    }

    @When("the page calls {call} with imaccount {string} and name {string} and {callbacks}")
    public void callsToShowWith(Call call, String imaccount, String name, CallbackMode mode) {
        call(call, options("imaccount", imaccount, "name", name), mode);
    }

    @When("the page calls {call} with {callbacks}")
    public void callsWithCallbacks(Call call, CallbackMode mode) {
        call(call, JSON.createObjectNode(), mode);
    }

    @When("the page calls {call} without an options object")
    public void callsWithoutOptions(Call call) {
        call(call, null, CallbackMode.NO_OPTIONS);
    }

    /** A table cell that leaves the option out of the options object. */
    static final String ABSENT = "(absent)";

    /**
     * Rows of option name and JSON value: | imaccount | "lisi" |, | message | 42 |, | name | null |; the
     * value (absent) leaves the option out.
     */
    @When("the page calls {call} with these options:")
    public void callsWithOptions(Call call, DataTable table) {
        call(call, optionsFrom(table), CallbackMode.BOTH);
    }

    static ObjectNode optionsFrom(DataTable table) {
        ObjectNode options = JSON.createObjectNode();
        for (List<String> row : table.asLists()) {
            if (row.size() != 2) {
                throw new HarnessError("an options row has an option name and a JSON value, not " + row);
            }
            if (row.get(1).equals(ABSENT)) {
                continue;
            }
            try {
                JsonNode value = JSON.readTree(row.get(1));
                options.set(row.get(0), value);
            } catch (java.io.IOException e) {
                throw new HarnessError("the value of option " + row.get(0) + " is not JSON: " + row.get(1)
                        + " (write strings in double quotes: \"lisi\")");
            }
        }
        return options;
    }

    static ObjectNode options(String... namesAndValues) {
        ObjectNode options = JSON.createObjectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            options.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return options;
    }

    void call(Call call, ObjectNode options, CallbackMode mode) {
        context.intend(call);
        claimed(call);
        context.call(call, options, mode);
    }

    /** Skips calls the bridge's profile does not claim, by name or by client version. */
    private void claimed(Call call) {
        context.settings.calls().filter(calls -> !calls.contains(call.name())).ifPresent(calls -> {
            throw new TestAbortedException("the profile does not claim " + call.name() + " (partial: "
                    + calls.size() + " calls)");
        });
        if (call.since().isPresent() && context.settings.clientVersion().isPresent()) {
            ClientVersion since = call.since().get();
            ClientVersion claimed = context.settings.clientVersion().get();
            if (claimed.isBefore(since)) {
                throw new TestAbortedException(call.name() + " arrived in client " + since
                        + "; the profile claims client " + claimed);
            }
        }
    }
}
