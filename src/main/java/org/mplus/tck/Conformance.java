package org.mplus.tck;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * The conformance suite for a vendor's own build: a test class that extends it judges the vendor's bridge under
 * `mvn test`, one test per scenario. What to judge comes from JUnit Platform configuration parameters
 * (src/test/resources/junit-platform.properties, or Surefire's configurationParameters): mplus.tck.bridge,
 * mplus.tck.im-types, mplus.tck.profile, mplus.tck.engine, mplus.tck.timeout-ms, mplus.tck.strict and
 * mplus.tck.report-dir (the kit's reports), and cucumber.filter.tags; see examples/vendor-maven. A subclass's own
 * {@code @ConfigurationParameter} wins over those. One suite class is one execution of the Launcher and judges one
 * vendor (mplus.tck.im-types takes one imType): a bridge for several IMs has a suite class per vendor.
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "org.mplus.tck.steps")
@ConfigurationParameter(key = "cucumber.junit-platform.naming-strategy.short.example-name", value = "pickle")
public class Conformance {
}
