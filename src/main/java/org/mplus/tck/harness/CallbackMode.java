package org.mplus.tck.harness;

/** Which callbacks the page hands a call, as the instrumentation's call() understands them. */
public enum CallbackMode {
    /** success and fail, both functions: the usual call. */
    BOTH("both"),
    SUCCESS_ONLY("success-only"),
    FAIL_ONLY("fail-only"),
    /** Options without success or fail. */
    NONE("none"),
    /** success and fail present, but a string and a number. */
    NOT_FUNCTIONS("not-functions"),
    /** The call gets no argument at all. */
    NO_OPTIONS("no-options");

    private final String js;

    CallbackMode(String js) {
        this.js = js;
    }

    /** The name instrument.js knows this mode by. */
    public String js() {
        return js;
    }

    /** Whether the kit can see the callbacks: only then can it count them. */
    public boolean observesBoth() {
        return this == BOTH;
    }
}
