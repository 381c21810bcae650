package com.example.acme;

import org.mplus.tck.Conformance;

/** The mplus conformance suite, judging this project's bridge as src/test/resources/junit-platform.properties says. */
public class BridgeConformanceTest extends Conformance {
}
