package org.mplus.tck.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.mplus.tck.harness.BridgeSource;
import org.mplus.tck.harness.EngineKind;
import org.mplus.tck.harness.BridgePreflight;
import org.mplus.tck.harness.RunSettings;
import org.mplus.tck.report.Profile;
import org.mplus.tck.report.RunSetup;

/**
 * A run of the suite as JUnit Platform configuration parameters say it, for the {@link org.mplus.tck.Conformance}
 * suite in a vendor's own build (junit-platform.properties, or Surefire's configurationParameters):
 * {@value #BRIDGE} (a .js file or a URL; default: the reference bridge), {@value #IM_TYPES} (the one vendor the
 * suite judges: "1"; default: what the bridge's getImType says; required for the reference bridge, which runs on
 * every vendor),
 * {@value #ENGINE} (htmlunit or chromium), {@value #TIMEOUT_MS}, {@value #PROFILE} (a profile file),
 * {@value #STRICT} and {@value #REPORT_DIR} (where the kit writes its reports; none when not given).
 */
record SuiteSettings(RunSettings settings, Profile profile, boolean strict, Optional<Path> reportDir,
        Optional<String> tags) {

    static final String BRIDGE = "mplus.tck.bridge";
    static final String IM_TYPES = "mplus.tck.im-types";
    static final String ENGINE = "mplus.tck.engine";
    static final String TIMEOUT_MS = "mplus.tck.timeout-ms";
    static final String PROFILE = "mplus.tck.profile";
    static final String STRICT = "mplus.tck.strict";
    static final String REPORT_DIR = "mplus.tck.report-dir";
    static final String TAGS = "cucumber.filter.tags";

    /**
     * @param parameter the configuration parameter of a key, if set
     * @throws IllegalArgumentException naming the parameter that is wrong and what it takes
     */
    static SuiteSettings from(Function<String, Optional<String>> parameter) {
        RunSettings base = RunSettings.reference();
        BridgeSource bridge = parameter.apply(BRIDGE).map(BridgeSource::parse).orElse(base.bridge());
        EngineKind engine = parameter.apply(ENGINE).map(name -> Arrays.stream(EngineKind.values())
                .filter(k -> k.cliName().equals(name)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                        ENGINE + "=" + name + " is not an engine here: give htmlunit or chromium")))
                .orElse(base.engine());
        Duration timeout = parameter.apply(TIMEOUT_MS).map(ms -> Duration.ofMillis(number(TIMEOUT_MS, ms)))
                .orElse(base.timeout());
        Optional<List<Integer>> imTypes = parameter.apply(IM_TYPES).map(list -> Arrays.stream(list.split(","))
                .map(String::strip).map(t -> (int) number(IM_TYPES, t)).toList());
        if (imTypes.isPresent() && imTypes.get().size() != 1) {
            throw oneVendor(IM_TYPES + "=" + parameter.apply(IM_TYPES).orElseThrow() + " names "
                    + imTypes.get().size() + " vendors");
        }
        Profile profile = parameter.apply(PROFILE).map(Path::of).map(Profile::read).orElse(Profile.none());
        RunSettings settings = profile.applyTo(new RunSettings(bridge, engine, timeout, imTypes, Optional.empty(),
                Optional.empty(), Optional.empty()));
        RunSettings checked = BridgePreflight.withVendors(settings);
        if (checked.imTypes().map(List::size).orElse(0) != 1) {
            throw oneVendor("the suite would judge imTypes " + checked.imTypes().orElse(List.of()) + " ("
                    + (settings.imTypes().isPresent() ? "the profile's imTypes" : IM_TYPES
                            + " is not given, and the reference bridge runs on every vendor") + ")");
        }
        return new SuiteSettings(checked, profile,
                parameter.apply(STRICT).map(Boolean::parseBoolean).orElse(false),
                parameter.apply(REPORT_DIR).map(Path::of), parameter.apply(TAGS));
    }

    /** A suite class is one run of the Launcher, and judges one vendor. */
    private static IllegalArgumentException oneVendor(String what) {
        return new IllegalArgumentException(what + ", but a suite class judges one vendor: write one suite class "
                + "per vendor, each with @ConfigurationParameter(key = \"" + IM_TYPES
                + "\", value = \"<its imType>\"), "
                + "or use `mplus-tck run`, which judges every vendor the bridge claims");
    }

    private static long number(String key, String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + "=" + value + " is not a number");
        }
    }

    RunSetup setup(Instant started) {
        return RunSetup.of(KitVersion.current(), settings, profile, tags, strict, started);
    }
}
