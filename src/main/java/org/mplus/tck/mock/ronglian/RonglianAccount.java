package org.mplus.tck.mock.ronglian;

import java.util.List;
import org.mplus.tck.mock.Credential;
import org.mplus.tck.mock.CredentialsPart;

/** 容联云 credentials: the main account, its token, and the IM application that belongs to it. */
record RonglianAccount(String accountSid, String authToken, String appId) {

    static final String ACCOUNT_SID = "accountSid";
    static final String APP_ID = "appId";
    /** fixture.json's "ronglian": {"accounts": [{accountSid, authToken, appId}]}. */
    static final CredentialsPart PART = new CredentialsPart("accounts", List.of(ACCOUNT_SID, "authToken", APP_ID));

    static RonglianAccount of(Credential c) {
        return new RonglianAccount(c.get(ACCOUNT_SID), c.get("authToken"), c.get(APP_ID));
    }
}
