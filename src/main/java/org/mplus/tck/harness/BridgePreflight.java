package org.mplus.tck.harness;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the kit makes sure of before the first scenario, so that a bridge it cannot load is a harness error said
 * once, in seconds, with the reason, and never a row of failures charged to the bridge: the bridge's URL answers,
 * the loaded page defines {@code window.mplus}, and, when nobody said, which vendor its getImType names.
 */
public final class BridgePreflight {

    /** How long the bridge's URL may take to answer before the run stops. */
    static final Duration URL_TIMEOUT = Duration.ofSeconds(5);

    private BridgePreflight() {
    }

    /**
     * Makes sure a bridge from outside loads and defines window.mplus. Without vendors given (--im-type, a
     * profile's imTypes): both vendors for the reference bridge, else what its getImType says.
     */
    public static RunSettings withVendors(RunSettings settings) {
        if (settings.bridge() instanceof BridgeSource.Reference) {
            return settings.imTypes().isPresent() ? settings : settings.withImTypes(List.of(0, 1));
        }
        Optional<Integer> asked = run(settings, settings.imTypes().isEmpty());
        return asked.map(t -> settings.withImTypes(List.of(t))).orElse(settings);
    }

    /**
     * @param askImType whether to ask the bridge's getImType which vendor it runs on
     * @return that vendor's imType when asked, read leniently ("1" counts as 1: the suite judges the string itself)
     * @throws HarnessError saying what was wrong and what to do
     */
    public static Optional<Integer> run(RunSettings settings, boolean askImType) {
        reachable(settings.bridge());
        try (Workbench bench = Workbench.start(settings); PageSession page = bench.openPage()) {
            requireMplus(settings.bridge(), page);
            return askImType ? Optional.of(imType(settings, page)) : Optional.empty();
        }
    }

    private static void reachable(BridgeSource bridge) {
        URI url;
        if (bridge instanceof BridgeSource.ScriptUrl script) {
            url = script.url();
        } else if (bridge instanceof BridgeSource.PageUrl pageUrl) {
            url = pageUrl.url();
        } else {
            return;
        }
        String cannot = "cannot load the bridge " + url + ": ";
        HttpClient http = HttpClient.newBuilder().connectTimeout(URL_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        try {
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(url).timeout(URL_TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() / 100 != 2) {
                throw new HarnessError(cannot + "it answered HTTP " + answer.statusCode()
                        + "; check the URL, or pass the bridge as a file");
            }
        } catch (ConnectException e) {
            throw new HarnessError(cannot + "nothing answers at " + url.getHost() + ":" + port(url)
                    + " (connection refused); start the server that serves it, or check the URL");
        } catch (HttpTimeoutException e) {
            throw new HarnessError(cannot + "no answer within " + URL_TIMEOUT.toSeconds() + " s");
        } catch (IOException e) {
            throw new HarnessError(cannot + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarnessError(cannot + "interrupted");
        }
    }

    private static int port(URI url) {
        return url.getPort() != -1 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }

    private static void requireMplus(BridgeSource bridge, PageSession page) {
        JsonNode shape = page.bridgeShape();
        String type = shape.path("type").asText();
        if (type.equals("object") || type.equals("function")) {
            return;
        }
        String errors = page.events().stream()
                .filter(e -> e.kind() == PageEvent.Kind.SCRIPT_ERROR)
                .map(PageEvent::toString).limit(3).collect(Collectors.joining("; "));
        throw new HarnessError("the bridge " + bridge.describe() + " defines no window.mplus (typeof window.mplus is "
                + type + " once the page has loaded)" + (errors.isEmpty() ? "" : "; the page reported: " + errors)
                + ". A bridge is a script or page that sets window.mplus to an object with the eight calls");
    }

    private static int imType(RunSettings settings, PageSession page) {
        CallOutcome outcome = page.call("getImType", null, CallbackMode.BOTH, settings.timeout());
        Optional<Integer> imType = outcome.callbacks().stream().filter(CallbackRecord::isSuccess).findFirst()
                .map(CallbackRecord::imType)
                .filter(t -> t.isNumber() || t.isTextual() && t.asText().matches("[01]"))
                .map(JsonNode::asInt);
        return imType.orElseThrow(() -> new HarnessError("could not learn the bridge's vendor from getImType ("
                + outcome.describe() + "); pass --im-type 0 or --im-type 1"));
    }
}
