package org.mplus.tck.harness.chromium;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mplus.tck.harness.HarnessError;

/**
 * A Selenium Grid 4 the Chromium engine opens its sessions on, and the host its nodes reach this machine at: the
 * pages the kit serves from its mock (the bridge page, mplus.js) are loaded from there by a browser on another
 * machine. Vendor requests never need it: the kit intercepts them in the browser over the Grid's DevTools
 * connection and answers them from the mock itself, as it does for a local browser.
 *
 * @param url            the Grid's address, e.g. http://grid:4444
 * @param advertisedHost the address the Grid's nodes reach this machine at
 */
public record SeleniumGrid(URI url, String advertisedHost) {

    private static final Duration STATUS_TIMEOUT = Duration.ofSeconds(10);

    /**
     * @param advertise the host the Grid's nodes reach this machine at; empty: this machine's address on its way to
     *                  the Grid (loopback for a Grid on this machine)
     * @throws IllegalArgumentException when the URL is no http(s) URL
     * @throws HarnessError             when the Grid's host has no address
     */
    public static SeleniumGrid at(String url, Optional<String> advertise) {
        URI uri;
        try {
            uri = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null
                || !List.of("http", "https").contains(String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("--grid " + url + " is not a Grid's URL: give its http address, e.g. "
                    + "http://grid.example:4444");
        }
        if (advertise.filter(String::isBlank).isPresent()) {
            throw new IllegalArgumentException("--advertise is blank: give the host name or address the Grid's nodes "
                    + "reach this machine at");
        }
        URI grid = uri;
        return new SeleniumGrid(uri, advertise.orElseGet(() -> localAddressToward(grid)));
    }

    /** The address this machine sends from to reach the Grid: what its nodes most likely reach it at. */
    private static String localAddressToward(URI grid) {
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.connect(InetAddress.getByName(grid.getHost()), port(grid));
            InetAddress local = socket.getLocalAddress();
            return local.isAnyLocalAddress() ? InetAddress.getLoopbackAddress().getHostAddress()
                    : local.getHostAddress().replaceFirst("%.*", "");
        } catch (UnknownHostException e) {
            throw new HarnessError("the Selenium Grid at " + grid + " cannot be reached: no such host "
                    + grid.getHost() + "; check --grid");
        } catch (IOException e) {
            throw new HarnessError("cannot tell this machine's address on the way to the Selenium Grid at " + grid
                    + " (" + e.getMessage() + "); give --advertise HOST, the address its nodes reach this machine at");
        }
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** Whether the nodes reach the kit through loopback: the Grid runs on this machine, and so may its mock. */
    public boolean advertisesLoopback() {
        try {
            return InetAddress.getByName(advertisedHost).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** A mock on this port, as the Grid's browsers reach it. */
    public String mockUrl(int port) {
        String host = advertisedHost.contains(":") && !advertisedHost.startsWith("[")
                ? "[" + advertisedHost + "]" : advertisedHost;
        return "http://" + host + ":" + port;
    }

    /** How errors name it: "the Selenium Grid at http://grid:4444". */
    public String describe() {
        return "the Selenium Grid at " + url;
    }

    /**
     * Asks the Grid's status before the run: it answers, and has a free Chrome slot for each session the run opens.
     * Each worker holds one Chrome session for the whole run.
     *
     * @param asked   the workers the command line asks for, if it does
     * @param usual   the workers a run has when nobody says
     * @return the run's workers: those asked for, else the usual number, at most the Grid's free Chrome slots
     * @throws HarnessError saying which: unreachable, not a Grid, no Chrome slot, or too few free
     */
    public int workers(Optional<Integer> asked, int usual) {
        JsonNode nodes = status().path("value").path("nodes");
        List<String> offered = new ArrayList<>();
        int chrome = 0;
        int free = 0;
        for (JsonNode node : nodes) {
            boolean up = "UP".equals(node.path("availability").asText("UP"));
            for (JsonNode slot : node.path("slots")) {
                String browser = slot.path("stereotype").path("browserName").asText("");
                offered.add(browser.isEmpty() ? "?" : browser);
                if (isChrome(browser)) {
                    chrome++;
                    if (up && (slot.path("session").isNull() || slot.path("session").isMissingNode())) {
                        free++;
                    }
                }
            }
        }
        if (chrome == 0) {
            throw new HarnessError(describe() + " has no Chrome slot (its nodes offer "
                    + (offered.isEmpty() ? "none" : String.join(", ", offered.stream().distinct().toList()))
                    + "): add a Chrome node to it, or give --grid one that has");
        }
        int sessions = asked.orElse(Math.min(usual, Math.max(1, free)));
        if (free < sessions) {
            throw new HarnessError(describe() + " has " + free + " free Chrome slot(s) of " + chrome
                    + ", and the run opens " + sessions + " session(s), one per worker: "
                    + (free == 0 ? "run again once a slot is free" : "give --threads " + free)
                    + ", or add Chrome slots to the Grid");
        }
        return sessions;
    }

    private static boolean isChrome(String browserName) {
        return browserName.equalsIgnoreCase("chrome") || browserName.equalsIgnoreCase("chromium")
                || browserName.equalsIgnoreCase("chrome-headless-shell");
    }

    private JsonNode status() {
        URI status = URI.create(url + "/status");
        HttpClient http = HttpClient.newBuilder().connectTimeout(STATUS_TIMEOUT).build();
        HttpResponse<String> answer;
        try {
            answer = http.send(HttpRequest.newBuilder(status).timeout(STATUS_TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new HarnessError(describe() + " cannot be reached: nothing listens at " + url.getHost() + ":"
                    + port(url) + " (connection refused); start the Grid, or give --grid the URL of a running one");
        } catch (HttpTimeoutException e) {
            throw new HarnessError(describe() + " cannot be reached: no answer within " + STATUS_TIMEOUT.toSeconds()
                    + " s; check --grid and the network between this machine and the Grid");
        } catch (IOException e) {
            throw new HarnessError(describe() + " cannot be reached: " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()) + "; check --grid");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarnessError("interrupted while asking " + describe() + " for its status", e);
        }
        try {
            JsonNode body = new ObjectMapper().readTree(answer.body());
            if (answer.statusCode() == 200 && body.path("value").has("ready")) {
                return body;
            }
        } catch (IOException | UncheckedIOException e) {
            // Not JSON: said below.
        }
        throw new HarnessError(describe() + " is not a Selenium Grid 4: " + status + " answered HTTP "
                + answer.statusCode() + " without the Grid's status; give --grid the Grid's own URL (port 4444 by "
                + "default)");
    }
}
