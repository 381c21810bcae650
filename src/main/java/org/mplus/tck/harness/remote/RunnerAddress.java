package org.mplus.tck.harness.remote;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.Optional;
import org.mplus.tck.harness.HarnessError;
import org.mplus.tck.mock.MockServer;
import org.mplus.tck.mock.proxy.VendorProxy;

/**
 * Where a device reaches the kit: the runner's URL, the proxy's host and port, the CA's URL. Off loopback the
 * runner's and the CA's URLs carry the admin token, without which the mock answers neither.
 *
 * @param host  as a device names the kit: the bind address, or this machine's LAN address when binding all
 * @param port  the mock's port
 * @param token the admin token, off loopback
 */
record RunnerAddress(String host, int port, Optional<String> token) {

    static RunnerAddress of(MockServer mock, Optional<String> advertise) {
        String bind = mock.options().bind();
        String host = mock.options().bindsEveryInterface() ? advertise.orElseGet(RunnerAddress::lanAddress)
                : bind.contains(":") && !bind.startsWith("[") ? "[" + bind + "]" : bind;
        return new RunnerAddress(host, mock.port(), mock.adminToken());
    }

    /** The first IPv4 address of an interface that is up and not loopback: what a phone on the LAN reaches. */
    private static String lanAddress() {
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback()) {
                    continue;
                }
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                        return a.getHostAddress();
                    }
                }
            }
            return InetAddress.getLocalHost().getHostAddress();
        } catch (SocketException | UnknownHostException e) {
            throw new HarnessError("cannot find this machine's LAN address for the runner's URL (" + e.getMessage()
                    + "): give it with --advertise HOST");
        }
    }

    /** What the runner's URLs carry besides their own: the token off loopback. */
    String query() {
        return token.map(t -> "&token=" + t).orElse("");
    }

    String origin() {
        return "http://" + host + ":" + port;
    }

    String runner() {
        return origin() + RunnerChannel.PREFIX + token.map(t -> "?token=" + t).orElse("");
    }

    String proxy() {
        return host + ":" + port;
    }

    String caCertificate() {
        return origin() + VendorProxy.CA_PATH + token.map(t -> "?token=" + t).orElse("");
    }
}
