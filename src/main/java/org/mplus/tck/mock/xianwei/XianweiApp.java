package org.mplus.tck.mock.xianwei;

import java.util.List;
import org.mplus.tck.mock.Credential;
import org.mplus.tck.mock.CredentialsPart;

/** 先维IM credentials (the kit's model): an app key and the bearer token issued to it. */
record XianweiApp(String appKey, String token) {

    static final String APP_KEY = "appKey";
    /** fixture.json's "xianwei": {"apps": [{appKey, token}]}. */
    static final CredentialsPart PART = new CredentialsPart("apps", List.of(APP_KEY, "token"));

    static XianweiApp of(Credential c) {
        return new XianweiApp(c.get(APP_KEY), c.get("token"));
    }
}
