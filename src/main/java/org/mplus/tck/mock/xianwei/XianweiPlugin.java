package org.mplus.tck.mock.xianwei;

import java.util.List;
import java.util.Optional;
import org.mplus.tck.mock.AccountDirectory;
import org.mplus.tck.mock.Credential;
import org.mplus.tck.mock.CredentialsPart;
import org.mplus.tck.mock.VendorModel;
import org.mplus.tck.mock.VendorPlugin;
import org.mplus.tck.spec.Vendor;

/** 先维IM (catalog code xianwei) as a plug-in of the mock. */
public final class XianweiPlugin implements VendorPlugin {

    @Override
    public String code() {
        return "xianwei";
    }

    @Override
    public CredentialsPart credentials() {
        return XianweiApp.PART;
    }

    @Override
    public VendorModel model(Vendor vendor, AccountDirectory directory) {
        return new XianweiModel(vendor, directory);
    }

    @Override
    public List<String> endpoints(String base, Optional<Credential> credential) {
        return List.of(base + XianweiModel.BASE + "/messages" + credential.map(XianweiApp::of)
                .map(app -> "  (" + XianweiModel.APP_HEADER + ": " + app.appKey() + ")").orElse(""));
    }
}
