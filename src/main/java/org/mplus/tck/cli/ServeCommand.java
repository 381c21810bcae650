package org.mplus.tck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.Inet4Address;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.mplus.tck.mock.MockOptions;
import org.mplus.tck.mock.MockServer;
import org.mplus.tck.mock.MockStartException;
import org.mplus.tck.spec.Vendor;
import org.mplus.tck.mock.proxy.KitCertificateAuthority;
import org.mplus.tck.mock.proxy.VendorProxy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: the vendor mock for front-end developers, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the vendor mock, mplus.js and the console until Ctrl-C.")
public final class ServeCommand implements Callable<Integer> {

    /** The admin token a container (or anyone) gives serve without putting it on the command line. */
    static final String ADMIN_TOKEN_ENV = "MPLUS_TCK_ADMIN_TOKEN";

    @Option(names = "--port", defaultValue = "8080", description = "TCP port (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", defaultValue = MockOptions.LOOPBACK,
            description = "Address to listen on (default ${DEFAULT-VALUE}); any other makes the admin API need a"
                    + " token: " + ADMIN_TOKEN_ENV + " if set, else one printed at start.")
    String bind;

    @Option(names = "--im-type", defaultValue = "1",
            description = "Vendor the mock client starts on: 0 先维IM, 1 容联云 (default ${DEFAULT-VALUE}).")
    int imType;

    @Option(names = "--root", description = "A WireMock root directory to serve instead of the bundled"
            + " mock-server/; its mappings/ reload when they change.")
    Path root;

    @Option(names = "--accounts", description = "A JSON file shaped like fixture.json whose accounts are added"
            + " (e.g. your bridge's own credentials).")
    Path accounts;

    @Option(names = "--journal-cap", defaultValue = "1000",
            description = "Requests WireMock's journal keeps (default ${DEFAULT-VALUE}).")
    int journalCap;

    @Option(names = "--store-cap", defaultValue = "10000",
            description = "Deliveries, vendor requests and feed events kept, each (default ${DEFAULT-VALUE}).")
    int storeCap;

    @Option(names = "--proxy", description = "Be the vendors' HTTP(S) proxy too, on the same port, for an app or"
            + " browser that talks to the vendors' real hosts: those are answered by the mock, every other host is"
            + " refused (nothing is forwarded). The device trusts the kit's CA, served at /__tck/ca.pem; it is made"
            + " on first use in ~/.mplus-tck/ (or $MPLUS_TCK_HOME, or $XDG_CONFIG_HOME/mplus-tck/).")
    boolean proxy;

    private final PrintStream out;
    private final PrintStream err;

    public ServeCommand() {
        this(System.out, System.err);
    }

    ServeCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws InterruptedException {
        MockServer server;
        try {
            server = MockServer.start(options(), line -> out.println("[hot reload] " + line));
        } catch (MockStartException | IllegalArgumentException e) {
            err.println("serve: " + e.getMessage());
            return Main.USAGE;
        }
        // On a signal the JVM ends once its shutdown hooks have run, before this thread could go on: the hook says it.
        AtomicBoolean said = new AtomicBoolean();
        Runnable stop = () -> {
            server.close();
            if (said.compareAndSet(false, true)) {
                out.println("stopped.");
                out.flush();
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "mplus-tck-serve-stop"));
        printUrls(server);
        // After the first answer can be served: these load the management classes.
        IdleHeapRelease.enable();
        LoadHeapBound.enableUnlessCapped();
        server.awaitStop(); // Ctrl-C, or POST /__admin/shutdown: either way the process ends
        stop.run();
        return Main.OK;
    }

    private MockOptions options() {
        MockOptions o = MockOptions.defaults().withPort(port).withBind(bind).withImType(imType)
                .withJournalCap(journalCap).withStoreCap(storeCap);
        if (root != null) {
            o = o.withRoot(root).withHotReload(true);
        }
        if (proxy) {
            o = o.withProxy(KitCertificateAuthority.defaultKeystore());
        }
        Optional<String> token = givenToken();
        if (token.isPresent()) {
            if (!token.get().matches("\\S+")) {
                throw new IllegalArgumentException(ADMIN_TOKEN_ENV + " holds a space: a token is one word, sent as"
                        + " Authorization: Bearer TOKEN (set another, or unset it for a generated one)");
            }
            o = o.withAdminToken(token.get());
        }
        if (accounts != null) {
            try {
                o = o.withAccounts(Files.readString(accounts, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new MockStartException("cannot read --accounts " + accounts + ": " + e.getMessage(), e);
            }
        }
        return o;
    }

    /** The admin token in the environment; an empty value counts as unset (compose passes one for ${VAR}). */
    private static Optional<String> givenToken() {
        return Optional.ofNullable(System.getenv(ADMIN_TOKEN_ENV)).filter(t -> !t.isEmpty());
    }

    private void printUrls(MockServer server) {
        String base = server.baseUrl();
        out.println("mplus-tck vendor mock " + KitVersion.current() + ", imType " + server.imType()
                + " (" + server.vendor().name() + "), listening on " + bind + ":" + server.port());
        // a token the environment gave is the operator's secret: it stays out of the log
        boolean tokenGiven = givenToken().isPresent();
        String withToken = tokenGiven ? "/?token=$" + ADMIN_TOKEN_ENV
                : server.adminToken().map(t -> "/?token=" + t).orElse("/");
        out.println("  console           " + base + withToken);
        for (String address : networkAddresses(server)) {
            out.println("    on the network  http://" + address + ":" + server.port() + withToken);
        }
        out.println("  reference bridge  " + base + "/mplus.js");
        out.println("  demo pages        " + base + "/demo/");
        out.println("  mock client       " + base + "/__tck/client.json");
        for (Vendor v : server.vendors().list()) {
            List<String> lines = server.vendors().plugin(v).endpoints(base,
                    server.directory().snapshot().credentials(v.code()).stream().findFirst());
            for (int i = 0; i < lines.size(); i++) {
                out.println("  " + (i == 0 ? v.label() + "  " : " ".repeat(18)) + lines.get(i));
            }
        }
        out.println("  admin API         " + base + "/__admin/tck/");
        server.proxy().ifPresent(p -> printProxy(server, p));
        if (tokenGiven) {
            out.println("  admin token       from " + ADMIN_TOKEN_ENV + "  (send Authorization: Bearer and its value;"
                    + " put the value in the console links above)");
        } else {
            server.adminToken().ifPresent(t -> out.println("  admin token       " + t
                    + "  (send Authorization: Bearer " + t + "; the console links above carry it)"));
        }
        out.println("  root              " + (root == null ? "the bundled mock-server/"
                : root.toAbsolutePath() + " (mappings/ reload on change)"));
        out.println("Ctrl-C to stop.");
        out.flush();
    }

    private void printProxy(MockServer server, VendorProxy proxy) {
        String token = server.adminToken().map(t -> "?token=" + t).orElse("");
        List<String> lan = networkAddresses(server);
        out.println("  vendor proxy      " + server.baseUrl().substring("http://".length())
                + "  (the app's or browser's HTTP(S) proxy: " + proxy.vendorOrigins().stream().map(URI::getAuthority)
                .collect(Collectors.joining(", ")) + " are answered here, any other host is refused)");
        lan.forEach(address -> out.println("    on the network  " + address + ":" + server.port()));
        out.println("  kit CA            " + server.baseUrl() + VendorProxy.CA_PATH + token
                + "  (install it on the test device; kept in " + proxy.ca().keystore() + ")");
        lan.forEach(address -> out.println("    on the network  http://" + address + ":" + server.port()
                + VendorProxy.CA_PATH + token));
        out.println("  Chromium          --proxy-server=" + server.baseUrl()
                + " --ignore-certificate-errors-spki-list=" + proxy.ca().spkiSha256());
    }

    /**
     * Where a phone on the LAN finds a mock bound to every interface: this machine's IPv4 addresses other than
     * loopback and link-local. Empty for any other bind (its own address is the one printed).
     */
    private List<String> networkAddresses(MockServer server) {
        if (!server.options().bindsEveryInterface()) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (nic.isUp() && !nic.isLoopback()) {
                    Collections.list(nic.getInetAddresses()).stream()
                            .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                            .forEach(a -> found.add(a.getHostAddress()));
                }
            }
        } catch (SocketException e) {
            out.println("  (cannot list this machine's addresses: " + e.getMessage() + ")");
        }
        return found;
    }
}
