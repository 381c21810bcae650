package org.mplus.tck.mock.proxy;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * The mock as a device's HTTP(S) proxy, on the mock's own port: WireMock's browser proxying, whose CONNECT
 * tunnels end at a TLS connector of its own on loopback where the kit's CA signs a certificate for each host asked
 * for. Requests for the vendors' hosts are answered by the mock as direct requests are; any other host gets a 403
 * ({@link VendorHostsOnly}); nothing is ever forwarded. The CA's certificate is served at {@value
 * CaCertificatePage#PATH}.
 */
public final class VendorProxy {

    /** The CA page's path on the mock. */
    public static final String CA_PATH = CaCertificatePage.PATH;

    private static final int MAKING_TIMEOUT_MS = 30_000;

    private final KitCertificateAuthority ca;
    private final List<URI> vendorOrigins;
    private final Optional<String> adminToken;
    private final CompletableFuture<Void> certificatesMade = new CompletableFuture<>();

    private VendorProxy(KitCertificateAuthority ca, List<URI> vendorOrigins, Optional<String> adminToken) {
        this.ca = ca;
        this.vendorOrigins = List.copyOf(vendorOrigins);
        this.adminToken = adminToken;
    }

    /**
     * @param caKeystore    the kit's CA, made there if there is none ({@link KitCertificateAuthority#at})
     * @param vendorOrigins the vendors' origins (scheme://host[:port]) the mock answers for
     * @param adminToken    the mock's admin token, which the CA page then needs too
     */
    public static VendorProxy open(Path caKeystore, List<URI> vendorOrigins, Optional<String> adminToken) {
        return new VendorProxy(KitCertificateAuthority.at(caKeystore), vendorOrigins, adminToken);
    }

    public KitCertificateAuthority ca() {
        return ca;
    }

    /** The hosts it answers for. */
    public List<URI> vendorOrigins() {
        return vendorOrigins;
    }

    /**
     * Turns WireMock's browser proxying on with the kit's CA, and pass-through off: a request that reaches the mock
     * and matches no stub is answered "not matched", never sent on. Call it after the stores are set (pass-through is
     * a setting of theirs).
     */
    public void configure(WireMockConfiguration cfg) {
        cfg.enableBrowserProxying(true)
                .caKeystorePath(ca.keystore().toString())
                .caKeystorePassword(KitCertificateAuthority.PASSWORD)
                .caKeystoreType(KitCertificateAuthority.TYPE)
                .proxyPassThrough(false);
    }

    /**
     * Puts the host rule and the CA page in front of the server's handlers, and keeps the tunnels' TLS connector on
     * loopback (WireMock opens it on every interface). Before the server starts.
     *
     * @param plain the server's HTTP connector, where devices reach the proxy
     */
    public void install(Server jetty, ServerConnector plain) {
        ServerConnector tunnelEnd = Arrays.stream(jetty.getConnectors()).filter(c -> c != plain)
                .filter(ServerConnector.class::isInstance).map(ServerConnector.class::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("WireMock opened no connector for its proxy's tunnels:"
                        + " is browser proxying on?"));
        tunnelEnd.setHost("127.0.0.1"); // the tunnels start in this process: no one else needs to reach it
        VendorHostsOnly gate = new VendorHostsOnly(vendorOrigins.stream().map(Origin::of).toList(), tunnelEnd);
        CaCertificatePage page = new CaCertificatePage(ca, adminToken);
        page.setHandler(jetty.getHandler());
        gate.setHandler(page);
        jetty.setHandler(gate);
        jetty.addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarted(LifeCycle server) {
                Thread maker = new Thread(() -> makeCertificates(tunnelEnd.getLocalPort()),
                        "mplus-tck-proxy-certificates");
                maker.setDaemon(true);
                maker.start();
            }
        });
    }

    /**
     * Completes once the certificates for the vendors' hosts are made, soon after the mock starts. Until then the
     * first request for a host waits while its key is made (up to a second or two on a busy machine), which a
     * bridge's own deadline may not allow.
     */
    public CompletableFuture<Void> certificatesMade() {
        return certificatesMade.copy(); // the caller's to wait on, not to complete
    }

    /** A TLS handshake for each vendor host with the tunnels' end: WireMock makes a host's certificate on first use. */
    private void makeCertificates(int port) {
        SSLSocketFactory tls = ca.clientContext().getSocketFactory();
        for (URI origin : vendorOrigins) {
            try (SSLSocket socket = (SSLSocket) tls.createSocket("127.0.0.1", port)) {
                socket.setSoTimeout(MAKING_TIMEOUT_MS);
                SSLParameters parameters = socket.getSSLParameters();
                parameters.setServerNames(List.of(new SNIHostName(origin.getHost())));
                socket.setSSLParameters(parameters);
                socket.startHandshake();
            } catch (IOException | IllegalArgumentException e) {
                // the host's first request makes its certificate instead
            }
        }
        certificatesMade.complete(null);
    }
}
