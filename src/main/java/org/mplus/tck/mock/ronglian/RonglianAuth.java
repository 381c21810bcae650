package org.mplus.tck.mock.ronglian;

import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.mplus.tck.mock.AccountDirectory;

/**
 * Checks a 容联云 request's Authorization header and sig, in the order the README's table lists them,
 * and finds the account it is for.
 */
final class RonglianAuth {

    private final AccountDirectory directory;
    private final String vendorCode;

    RonglianAuth(AccountDirectory directory, String vendorCode) {
        this.directory = directory;
        this.vendorCode = vendorCode;
    }

    /**
     * @param level  "Accounts" (the id is an accountSid) or "Application" (an appId)
     * @param pathId the id in the URL path
     */
    RonglianAccount check(Request request, String level, String pathId) {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            throw RonglianError.AUTH_EMPTY.refused();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw RonglianError.AUTH_UNDECODABLE.refused();
        }
        int colon = decoded.lastIndexOf(':');
        if (colon <= 0 || colon == decoded.length() - 1) {
            throw RonglianError.AUTH_UNDECODABLE.refused();
        }
        String id = decoded.substring(0, colon);
        String timestamp = decoded.substring(colon + 1);
        if (!id.equals(pathId)) {
            throw RonglianError.AUTH_ACCOUNT_MISMATCH.refused();
        }
        if (!RonglianSignature.isFresh(timestamp, Instant.now())) {
            throw RonglianError.TIMESTAMP.refused();
        }
        QueryParameter sigParam = request.queryParameter("sig");
        String sig = sigParam.isPresent() ? sigParam.firstValue() : "";
        if (sig.isBlank()) {
            throw RonglianError.SIG_EMPTY.refused();
        }
        Optional<RonglianAccount> account = directory.credential(vendorCode,
                level.equals("Accounts") ? RonglianAccount.ACCOUNT_SID : RonglianAccount.APP_ID, pathId)
                .map(RonglianAccount::of);
        RonglianAccount found = account.orElseThrow(RonglianError.NO_SUCH_ACCOUNT::refused);
        if (!RonglianSignature.sameSig(RonglianSignature.sig(pathId, found.authToken(), timestamp), sig)) {
            throw RonglianError.SIG_MISMATCH.refused();
        }
        return found;
    }
}
