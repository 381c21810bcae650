package org.mplus.tck.mock;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.security.Authenticator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Guards the admin API with {@code Authorization: Bearer TOKEN}. (WireMock's TokenAuthenticator expects
 * "Token TOKEN"; the kit's README promises Bearer.) Compared in constant time.
 */
final class BearerTokenAuthenticator implements Authenticator {

    private final byte[] expected;

    BearerTokenAuthenticator(String token) {
        this.expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean authenticate(Request request) {
        String header = request.getHeader("Authorization");
        return header != null && MessageDigest.isEqual(expected, header.trim().getBytes(StandardCharsets.UTF_8));
    }
}
