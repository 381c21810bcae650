package org.mplus.tck;

/**
 * Runs every scenario of the features under `mvn verify` through the public suite a vendor's build extends, on
 * the reference bridge (no configuration parameters given).
 */
class FeaturesTest extends Conformance {
}
