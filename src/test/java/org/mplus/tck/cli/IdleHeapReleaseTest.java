package org.mplus.tck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class IdleHeapReleaseTest {

    private final HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

    @Test
    void setsTheOptionsLeftAtTheirDefaultsAndKeepsTheOnesGivenOnTheCommandLine() {
        VMOption interval = vm.getVMOption("G1PeriodicGCInterval");
        VMOption maxFree = vm.getVMOption("MaxHeapFreeRatio");

        assertTrue(IdleHeapRelease.enable(), "a HotSpot JVM offers the options");

        assertEquals(interval.getOrigin() == VMOption.Origin.DEFAULT ? "2000" : interval.getValue(),
                vm.getVMOption("G1PeriodicGCInterval").getValue());
        assertEquals(maxFree.getOrigin() == VMOption.Origin.DEFAULT ? "30" : maxFree.getValue(),
                vm.getVMOption("MaxHeapFreeRatio").getValue());
    }
}
