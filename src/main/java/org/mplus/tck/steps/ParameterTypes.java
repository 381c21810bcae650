package org.mplus.tck.steps;

import io.cucumber.java.ParameterType;
import org.mplus.tck.harness.CallbackMode;
import org.mplus.tck.harness.HarnessError;
import org.mplus.tck.spec.Call;
import org.mplus.tck.spec.Catalog;

/** The words features use for calls and callback styles, turned into the kit's types. */
public final class ParameterTypes {

    @ParameterType("[a-z][A-Za-z]+")
    public Call call(String name) {
        return Catalog.standard().call(name)
                .orElseThrow(() -> new HarnessError("no call " + name + " in the catalog"));
    }

    @ParameterType("no callbacks|only success|only fail|callbacks that are not functions")
    public CallbackMode callbacks(String words) {
        return switch (words) {
            case "no callbacks" -> CallbackMode.NONE;
            case "only success" -> CallbackMode.SUCCESS_ONLY;
            case "only fail" -> CallbackMode.FAIL_ONLY;
            default -> CallbackMode.NOT_FUNCTIONS;
        };
    }
}
