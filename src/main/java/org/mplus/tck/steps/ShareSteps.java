package org.mplus.tck.steps;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.mplus.tck.harness.CallbackMode;
import org.mplus.tck.harness.HarnessError;
import org.mplus.tck.harness.checks.DeliveredCards;
import org.mplus.tck.spec.Call;
import org.mplus.tck.spec.Vendor;

/**
 * shareIMUI: the user's pick is played through the test hook window.mplusTckUser, which a bridge's share picker
 * reads in test pages ({shareTo: "lisi"} picks lisi, {shareTo: null} cancels).
 */
public final class ShareSteps {

    /** The global a bridge's share picker consults in a test page. */
    public static final String USER_HOOK = "mplusTckUser";

    private final ScenarioContext context;
    private final CallSteps calls;
    private final Call share;

    /** Cucumber's dependency injection hands every step class of a scenario the same context (and call steps). */
    public ShareSteps(ScenarioContext context, CallSteps calls) {
        this.context = context;
        this.calls = calls;
        this.share = context.catalog.call("shareIMUI").orElseThrow();
    }
    private String sharedLink;

    @Given("the user will share with {string}")
    public void theUserWillShareWith(String account) {
        context.offerHook(USER_HOOK, JsonNodeFactory.instance.objectNode().put("shareTo", account));
    }

    @Given("the user will cancel the share")
    public void theUserWillCancel() {
        context.offerHook(USER_HOOK, JsonNodeFactory.instance.objectNode().putNull("shareTo"));
    }

    @When("the page shares its app with link {string}")
    public void sharesWithLink(String link) {
        shares(validOptions().put("link", link));
    }

    @When("the page shares its app with imgUrl {string}")
    public void sharesWithImgUrl(String imgUrl) {
        shares(validOptions().put("imgUrl", imgUrl));
    }

    @When("the page shares its app")
    public void sharesItsApp() {
        shares(validOptions());
    }

    private void shares(ObjectNode options) {
        sharedLink = options.path("link").asText();
        calls.call(share, options, CallbackMode.BOTH);
    }

    /** A share every conforming bridge accepts: each test varies one option of it. */
    static ObjectNode validOptions() {
        return JsonNodeFactory.instance.objectNode()
                .put("title", "研发周报")
                .put("desc", "本周进展与下周计划")
                .put("appname", "周报")
                .put("appid", "weekly")
                .put("imgUrl", "app_local:4:weekly:/img/icon.png")
                .put("link", "mplus://4:weekly/param/index?type=week&file=2026-48");
    }

    @Then("the vendor delivered one link card to {string} carrying the link")
    public void deliveredTheCard(String to) {
        deliveredCards(1, to);
    }

    @Then("the vendor delivered {int} link cards to {string} carrying the link")
    public void deliveredCards(int count, String to) {
        if (sharedLink == null) {
            throw new HarnessError("this step needs \"When the page shares its app …\" first");
        }
        Vendor vendor = context.vendor();
        context.judge().check(new DeliveredCards(vendor.code(), vendor.name(), to, sharedLink, count),
                context.observeTraffic());
    }
}
