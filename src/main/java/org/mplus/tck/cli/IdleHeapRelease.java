package org.mplus.tck.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;

/**
 * Lets a long-running {@code serve} give the heap it no longer uses back to the system once a load stops
 * (JEP 346): after 2 s without a collection G1 runs a concurrent cycle, and its heap then keeps at most 30 %
 * free. Without this, the heap a load test grew (a quarter of RAM at most, on the JVM's defaults) stays
 * resident for good. These options can be set while the JVM runs; one given on the command line is kept.
 */
final class IdleHeapRelease {

    /** In this order: the JVM refuses a MaxHeapFreeRatio below the MinHeapFreeRatio of the moment (40). */
    private static final List<Map.Entry<String, String>> OPTIONS = List.of(
            Map.entry("G1PeriodicGCInterval", "2000"),
            Map.entry("MinHeapFreeRatio", "10"),
            Map.entry("MaxHeapFreeRatio", "30"));

    private IdleHeapRelease() {
    }

    /** @return false when this JVM offers no such options (not HotSpot); nothing else changes then */
    static boolean enable() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (vm == null) {
                return false;
            }
            for (Map.Entry<String, String> option : OPTIONS) {
                if (vm.getVMOption(option.getKey()).getOrigin() == VMOption.Origin.DEFAULT) {
                    vm.setVMOption(option.getKey(), option.getValue());
                }
            }
            return true;
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return false;
        }
    }
}
