package org.mplus.tck.steps;

import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.mplus.tck.spec.AppLink;
import org.mplus.tck.spec.Catalog;
import org.mplus.tck.spec.FormatWarning;
import org.mplus.tck.spec.ImgUrl;
import org.mplus.tck.spec.NamingTag;
import org.mplus.tck.spec.ParseError;
import org.mplus.tck.spec.Parsed;
import org.mplus.tck.spec.Platform;
import org.mplus.tck.spec.Rule;
import org.mplus.tck.spec.VisibleText;

/**
 * Glue of features/link-format.feature and features/img-url-format.feature: each step asks the spec's parsers
 * and, when they disagree with the scenario, says what was expected, what the parser found, where, and which
 * rule is at stake.
 */
public class FormatSteps {

    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");

    private final Set<String> scenarioRules = new TreeSet<>();
    private String kind = "value";
    private String value;
    private Parsed<?> parsed;
    private URI published;

    @Before
    public void readRuleTags(Scenario scenario) {
        scenarioRules.addAll(NamingTag.RULE.names(scenario.getSourceTagNames()));
    }

    /** Feature tables cannot hold leading or trailing whitespace, so values write it as \\uXXXX. */
    static String unescape(String text) {
        Matcher m = ESCAPE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        return m.appendTail(out).toString();
    }

    @Given("the link {string}")
    public void theLink(String text) {
        kind = "link";
        value = unescape(text);
        parsed = AppLink.parse(value);
    }

    @Given("the image URL {string}")
    public void theImageUrl(String text) {
        kind = "imgUrl";
        value = unescape(text);
        parsed = ImgUrl.parse(value);
    }

    @Given("the app was published at {string}")
    public void theAppWasPublishedAt(String url) {
        published = URI.create(url);
    }

    @Then("it is valid")
    public void itIsValid() {
        valid();
    }

    @Then("it is invalid at character {int} with a message naming {string}")
    public void itIsInvalidAt(int index, String expected) {
        ParseError e = parsed.errorIfInvalid().orElseThrow(() -> failure(
                "invalid at character " + index + ", expecting " + expected, "valid: " + parsed.valueIfValid().get()));
        if (e.index() != index || !e.message().contains(expected)) {
            throw failure("invalid at character " + index + " with a message naming \"" + expected + "\"",
                    explain(e));
        }
        if (!scenarioRules.contains(e.rule())) {
            throw failure("an error under one of the scenario's rules " + scenarioRules,
                    "an error under " + headline(e.rule()) + " (tag the Examples @rule:" + e.rule()
                            + " if that is the right rule): " + explain(e));
        }
    }

    @Then("it has no warnings")
    public void itHasNoWarnings() {
        List<FormatWarning> warnings = link().warnings();
        if (!warnings.isEmpty()) {
            throw failure("no warnings", warnings.stream().map(w -> headline(w.rule()) + ": " + w.message())
                    .collect(Collectors.joining("; ")));
        }
    }

    @Then("it warns {string}")
    public void itWarns(String text) {
        List<FormatWarning> warnings = link().warnings();
        if (warnings.stream().noneMatch(w -> w.message().contains(text) && scenarioRules.contains(w.rule()))) {
            throw failure("a warning under " + scenarioRules + " naming \"" + text + "\"",
                    warnings.isEmpty() ? "no warnings" : warnings.toString());
        }
    }

    @Then("the scheme is {string}")
    public void theSchemeIs(String scheme) {
        same("scheme", scheme, link().scheme());
    }

    @Then("the app type is {int} \\({}\\)")
    public void theAppTypeIs(int code, String meaning) {
        same("app type", code + " (" + meaning + ")", link().appType().describe());
    }

    @Then("the app id is {string}")
    public void theAppIdIs(String appId) {
        same("app id", unescape(appId), link().appId());
    }

    @Then("the Android app id is {string}")
    public void theAndroidAppIdIs(String appId) {
        same("app id an Android client opens", unescape(appId), link().appIdFor(Platform.ANDROID));
    }

    @Then("the iOS app id is {string}")
    public void theIosAppIdIs(String appId) {
        same("app id an iOS client opens", unescape(appId), link().appIdFor(Platform.IOS));
    }

    /** "type=xxx, file=xxx", decoded and in order; "(none)" when there are none. */
    @Then("the launch parameters are {string}")
    public void theLaunchParametersAre(String parameters) {
        String actual = link().launchParameters().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
        same("launch parameters", unescape(parameters), actual.isEmpty() ? "(none)" : actual);
    }

    @Then("the app URL is {string}")
    public void theAppUrlIs(String url) {
        same("app URL", unescape(url), link().appUrl().orElse("(none: not an html5 app)"));
    }

    @Then("it opens {string}")
    public void itOpens(String url) {
        if (published == null) {
            throw new IllegalStateException("say where the app was published first: And the app was published at \"…\"");
        }
        same("URL opened on the server the app was published at (" + published + ")", url,
                link().resolveAppUrl(published).toString());
    }

    @Then("it is a network image on host {string}")
    public void itIsANetworkImageOnHost(String host) {
        same("network image host", host, imgUrl(ImgUrl.Network.class, "a network image").authority());
    }

    @Then("it is the image {string} packed in the client")
    public void itIsTheImagePackedInTheClient(String name) {
        same("client image name", unescape(name), imgUrl(ImgUrl.Local.class, "an image packed in the client").name());
    }

    @Then("it is the image {string} of the html5 app {string}")
    public void itIsTheImageOfTheHtml5App(String path, String appId) {
        ImgUrl.AppLocal img = imgUrl(ImgUrl.AppLocal.class, "an html5 app's image");
        same("app id", unescape(appId), img.appId());
        same("image path", unescape(path), img.path());
    }

    private Object valid() {
        return parsed.valueIfValid().orElseThrow(() -> failure("valid", explain(parsed.errorIfInvalid().get())));
    }

    private AppLink link() {
        return as(AppLink.class, "a link (Given the link \"…\")");
    }

    private <T extends ImgUrl> T imgUrl(Class<T> form, String what) {
        as(ImgUrl.class, "an imgUrl (Given the image URL \"…\")");
        return as(form, what);
    }

    private <T> T as(Class<T> type, String what) {
        if (parsed == null) {
            throw new IllegalStateException("this step needs " + what + " first");
        }
        Object v = valid();
        if (!type.isInstance(v)) {
            throw failure(what, v.toString());
        }
        return type.cast(v);
    }

    private void same(String part, String expected, String actual) {
        if (!Objects.equals(expected, actual)) {
            throw failure(part + " \"" + expected + "\"", part + " \"" + actual + "\"");
        }
    }

    private AssertionError failure(String expected, String actual) {
        return new AssertionError(kind + " \"" + VisibleText.render(value) + "\"\n  expected: " + expected
                + "\n  actual:   " + actual + "\n  rules:    "
                + scenarioRules.stream().map(FormatSteps::headline).collect(Collectors.joining("\n            ")));
    }

    private static String explain(ParseError e) {
        return "invalid at character " + e.index() + " (" + e.rule() + "): " + e.message() + "\n    "
                + e.pointer().replace("\n", "\n    ");
    }

    private static String headline(String ruleId) {
        return Catalog.standard().rule(ruleId).map(Rule::headline).orElse(ruleId + " (not in the catalog)");
    }
}
