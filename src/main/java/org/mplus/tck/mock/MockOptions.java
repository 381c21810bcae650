package org.mplus.tck.mock;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to start a {@link MockServer}. Start from {@link #defaults()} and change what you need with the
 * {@code with…} methods.
 *
 * @param port       TCP port; 0 picks a free one
 * @param bind       address to listen on; anything but loopback makes the admin API require a token
 * @param imType     the vendor the mock client runs on at start and after reset (0 先维IM, 1 容联云 in the catalog)
 * @param root       a WireMock root directory to serve; empty serves the bundled mock-server/ from the classpath
 * @param journalCap how many requests WireMock's own journal keeps (stock WireMock keeps all)
 * @param storeCap   how many deliveries, vendor requests and feed events the kit keeps, each
 * @param adminToken the admin API token; empty means none on loopback and a random one elsewhere
 * @param accounts   fixture-shaped JSON documents added to the fixture (they survive reset)
 * @param hotReload  reload root/mappings/ when its files change (only with a root directory)
 * @param vendors    the vendors to serve: the catalog's, each with its plug-in
 * @param proxyCa    the kit's CA keystore: when set, the mock is also the vendors' HTTP(S) proxy on its port
 *                   ({@link org.mplus.tck.mock.proxy.VendorProxy}), the CA made there on first use
 */
public record MockOptions(int port, String bind, int imType, Optional<Path> root, int journalCap, int storeCap,
        Optional<String> adminToken, List<String> accounts, boolean hotReload, MockVendors vendors,
        Optional<Path> proxyCa) {

    public static final String LOOPBACK = "127.0.0.1";

    public MockOptions {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(vendors, "vendors");
        root = Objects.requireNonNullElse(root, Optional.empty());
        adminToken = Objects.requireNonNullElse(adminToken, Optional.empty());
        proxyCa = Objects.requireNonNullElse(proxyCa, Optional.empty());
        accounts = List.copyOf(accounts);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0–65535, not " + port);
        }
        vendors.checkImType(imType);
        if (journalCap < 1 || storeCap < 1) {
            throw new IllegalArgumentException("journalCap and storeCap must be at least 1");
        }
        if (adminToken.filter(String::isBlank).isPresent()) {
            throw new IllegalArgumentException("an admin token must not be blank");
        }
    }

    /** Dynamic port, loopback, 容联云, the bundled root, journal 1000, store 10 000, no token. */
    public static MockOptions defaults() {
        return new MockOptions(0, LOOPBACK, 1, Optional.empty(), 1000, 10_000, Optional.empty(), List.of(), false,
                MockVendors.shipped(), Optional.empty());
    }

    /** Whether {@link #bind()} is a wildcard: every interface of the machine. */
    public boolean bindsEveryInterface() {
        return bind.equals("0.0.0.0") || bind.equals("::") || bind.equals("[::]");
    }

    public MockOptions withPort(int value) {
        return new MockOptions(value, bind, imType, root, journalCap, storeCap, adminToken, accounts, hotReload,
                vendors, proxyCa);
    }

    public MockOptions withBind(String value) {
        return new MockOptions(port, value, imType, root, journalCap, storeCap, adminToken, accounts, hotReload,
                vendors, proxyCa);
    }

    public MockOptions withImType(int value) {
        return new MockOptions(port, bind, value, root, journalCap, storeCap, adminToken, accounts, hotReload, vendors, proxyCa);
    }

    public MockOptions withRoot(Path value) {
        return new MockOptions(port, bind, imType, Optional.of(value), journalCap, storeCap, adminToken, accounts,
                hotReload, vendors, proxyCa);
    }

    public MockOptions withJournalCap(int value) {
        return new MockOptions(port, bind, imType, root, value, storeCap, adminToken, accounts, hotReload, vendors, proxyCa);
    }

    public MockOptions withStoreCap(int value) {
        return new MockOptions(port, bind, imType, root, journalCap, value, adminToken, accounts, hotReload, vendors, proxyCa);
    }

    public MockOptions withAdminToken(String value) {
        return new MockOptions(port, bind, imType, root, journalCap, storeCap, Optional.of(value), accounts,
                hotReload, vendors, proxyCa);
    }

    /** Adds accounts in the shape of fixture.json, e.g. the credentials a vendor's own bridge uses. */
    public MockOptions withAccounts(String fixtureJson) {
        List<String> more = new ArrayList<>(accounts);
        more.add(fixtureJson);
        return new MockOptions(port, bind, imType, root, journalCap, storeCap, adminToken, more, hotReload, vendors, proxyCa);
    }

    /** Serves these vendors (the catalog's with more, say), each with its plug-in; imType must be one of theirs. */
    public MockOptions withVendors(MockVendors value) {
        return new MockOptions(port, bind, imType, root, journalCap, storeCap, adminToken, accounts, hotReload, value,
                proxyCa);
    }

    public MockOptions withProxy(Path caKeystore) {
        return new MockOptions(port, bind, imType, root, journalCap, storeCap, adminToken, accounts, hotReload,
                vendors, Optional.of(caKeystore));
    }

    public MockOptions withHotReload(boolean value) {
        return new MockOptions(port, bind, imType, root, journalCap, storeCap, adminToken, accounts, value, vendors, proxyCa);
    }
}
