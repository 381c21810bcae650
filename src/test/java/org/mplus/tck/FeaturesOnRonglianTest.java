package org.mplus.tck;

import org.junit.platform.suite.api.ConfigurationParameter;

/**
 * Runs every scenario of the features under `mvn verify` through the public suite a vendor's build extends, on the
 * reference bridge, on 容联云: a suite class judges one vendor, so each vendor has its own.
 */
@ConfigurationParameter(key = "mplus.tck.im-types", value = "1")
class FeaturesOnRonglianTest extends Conformance {
}
