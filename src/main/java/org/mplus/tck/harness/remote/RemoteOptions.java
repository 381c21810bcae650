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
 * @param answerGrace    past a script's own timeout, how long the kit waits for the page's answer before it judges
 *                       the page lost
 */
public record RemoteOptions(String bind, int port, Optional<String> advertise, Duration connectTimeout,
        Path caKeystore, Duration answerGrace) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(180);
    /** Room for a slow network, and for a page that works a while before it answers (a bridge's synchronous call). */
    public static final Duration DEFAULT_ANSWER_GRACE = Duration.ofSeconds(5);

    public RemoteOptions {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(advertise, "advertise");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(caKeystore, "caKeystore");
        Objects.requireNonNull(answerGrace, "answerGrace");
    }

    /** With the default grace for the page's answers. */
    public RemoteOptions(String bind, int port, Optional<String> advertise, Duration connectTimeout, Path caKeystore) {
        this(bind, port, advertise, connectTimeout, caKeystore, DEFAULT_ANSWER_GRACE);
    }
}
