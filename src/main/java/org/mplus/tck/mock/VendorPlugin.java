package org.mplus.tck.mock;

import java.util.List;
import java.util.Optional;
import org.mplus.tck.spec.Vendor;

/**
 * One IM vendor of the mock. The catalog says who the vendors are (imType, code, name, hosts, message limit); a
 * plug-in gives the vendor named by its {@link #code()} everything else: its credentials in fixture.json, its wire
 * model (what it accepts, its errors, how its faults answer) and its lines in serve's banner. Plug-ins are found
 * with {@link java.util.ServiceLoader}: list the class in META-INF/services/org.mplus.tck.mock.VendorPlugin. How
 * to add a vendor: mock-server/README.md.
 */
public interface VendorPlugin {

    /** The catalog vendor it implements: its code there ("ronglian"). */
    String code();

    /** Its credentials in fixture.json. */
    CredentialsPart credentials();

    /**
     * Its wire model over the mock's accounts.
     *
     * @param vendor    its catalog entry
     * @param directory the mock's users, groups and credentials
     */
    VendorModel model(Vendor vendor, AccountDirectory directory);

    /**
     * Its endpoints as serve lists them, one line each, on the mock at {@code base}.
     *
     * @param credential the first of its credentials in the fixture, if any, to fill in the URLs
     */
    List<String> endpoints(String base, Optional<Credential> credential);
}
