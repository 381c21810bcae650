package org.mplus.tck.report;

/** Told about a run as it goes: how many scenarios it will judge, then each verdict as it comes. */
@FunctionalInterface
public interface RunListener {

    /** Before the first scenario starts: how many the run judges (after --tags). */
    default void planned(int scenarios) {
    }

    /** A scenario is judged; runs on the thread that judged it. */
    void finished(ScenarioResult result);
}
