package org.mplus.tck.mock.thirdvendor;

import java.util.List;
import java.util.Optional;
import org.mplus.tck.mock.AccountDirectory;
import org.mplus.tck.mock.Credential;
import org.mplus.tck.mock.CredentialsPart;
import org.mplus.tck.mock.VendorModel;
import org.mplus.tck.mock.VendorPlugin;
import org.mplus.tck.spec.Vendor;

/** 回声IM (catalog code huisheng, imType 9, test-only) as a plug-in of the mock: "huisheng": {"keys": [{"key"}]}. */
public final class HuishengPlugin implements VendorPlugin {

    static final String KEY = "key";

    @Override
    public String code() {
        return "huisheng";
    }

    @Override
    public CredentialsPart credentials() {
        return new CredentialsPart("keys", List.of(KEY));
    }

    @Override
    public VendorModel model(Vendor vendor, AccountDirectory directory) {
        return new HuishengModel(vendor, directory);
    }

    @Override
    public List<String> endpoints(String base, Optional<Credential> credential) {
        return List.of(base + HuishengModel.SEND);
    }
}
