package org.mplus.tck.mock.ronglian;

import java.util.List;
import java.util.Optional;
import org.mplus.tck.mock.AccountDirectory;
import org.mplus.tck.mock.Credential;
import org.mplus.tck.mock.CredentialsPart;
import org.mplus.tck.mock.VendorModel;
import org.mplus.tck.mock.VendorPlugin;
import org.mplus.tck.spec.Vendor;

/** 容联云 (catalog code ronglian) as a plug-in of the mock. */
public final class RonglianPlugin implements VendorPlugin {

    @Override
    public String code() {
        return "ronglian";
    }

    @Override
    public CredentialsPart credentials() {
        return RonglianAccount.PART;
    }

    @Override
    public VendorModel model(Vendor vendor, AccountDirectory directory) {
        return new RonglianModel(vendor, directory);
    }

    @Override
    public List<String> endpoints(String base, Optional<Credential> credential) {
        Optional<RonglianAccount> account = credential.map(RonglianAccount::of);
        return List.of(
                base + RonglianModel.VERSION + "/Accounts/" + account.map(RonglianAccount::accountSid)
                        .orElse("{accountSid}") + RonglianModel.PUSH_MSG + "?sig=…",
                base + RonglianModel.VERSION + "/Application/" + account.map(RonglianAccount::appId)
                        .orElse("{appId}") + RonglianModel.PUSH_MSG + "?sig=…");
    }
}
