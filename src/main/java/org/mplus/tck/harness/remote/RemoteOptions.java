package org.mplus.tck.harness.remote;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the remote engine serves its runner.
 *
 * @param bind           the address the mock (runner, channel and vendor proxy) listens on
 * @param port           its port; 0 picks a free one
 * @param advertise      the host a device reaches the kit at, when binding every interface; empty: this machine's
 *                       first LAN address
 * @param connectTimeout how long the kit waits for a page to connect, at the start and after a lost page
 * @param caKeystore     the kit's CA, which signs the proxy's certificates for the vendors' hosts
 */
public record RemoteOptions(String bind, int port, Optional<String> advertise, Duration connectTimeout,
        Path caKeystore) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(180);

    public RemoteOptions {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(advertise, "advertise");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(caKeystore, "caKeystore");
    }
}
