package org.mplus.tck.harness;

import java.util.Optional;

/** Asks a bridge's getImType which vendor it runs on, before the suite, when the user did not say. */
public final class ImTypeProbe {

    private ImTypeProbe() {
    }

    /** The settings with their vendors: as given, else both for the reference bridge, else what getImType says. */
    public static RunSettings complete(RunSettings settings) {
        if (settings.imTypes().isPresent()) {
            return settings;
        }
        return settings.bridge() instanceof BridgeSource.Reference ? settings.withImTypes(java.util.List.of(0, 1))
                : settings.withImTypes(java.util.List.of(ask(settings)));
    }

    /**
     * @return the vendor's imType, read leniently ("1" counts as 1: the suite will judge the string itself)
     * @throws HarnessError when the bridge gives no usable answer, saying what it did and what to pass instead
     */
    public static int ask(RunSettings settings) {
        try (Workbench bench = Workbench.start(settings); PageSession page = bench.openPage()) {
            CallOutcome outcome = page.call("getImType", null, CallbackMode.BOTH, settings.timeout());
            Optional<Integer> imType = outcome.callbacks().stream().filter(CallbackRecord::isSuccess).findFirst()
                    .map(CallbackRecord::imType)
                    .filter(t -> t.isNumber() || t.isTextual() && t.asText().matches("[01]"))
                    .map(t -> t.asInt());
            return imType.orElseThrow(() -> new HarnessError("could not learn the bridge's vendor from getImType ("
                    + outcome.describe() + "); pass --im-type 0 or --im-type 1"));
        }
    }
}
