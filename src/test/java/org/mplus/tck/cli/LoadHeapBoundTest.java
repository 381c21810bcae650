package org.mplus.tck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs on G1, serve's collector by default, in a JVM of its own (the pom's on-g1 execution). */
class LoadHeapBoundTest {

    private static final long LIMIT_MS = 60_000;
    /** Keeps the allocation from being optimised away. */
    private static volatile byte[] last;

    /**
     * The other test JVMs run the parallel collector: the test is skipped there (`-Dtest=` runs it in both) and must
     * run in the JVM the pom starts on G1 for it.
     */
    @BeforeAll
    static void onG1() {
        boolean g1 = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .anyMatch(c -> c.getName().startsWith("G1"));
        if ("G1".equals(System.getProperty("tests.jvm"))) {
            assertTrue(g1, "the pom's on-g1 execution runs this JVM without G1");
        }
        Assumptions.assumeTrue(g1, "serve's heap bound works with G1; the pom's on-g1 execution runs this test");
    }

    @Test
    void aYoungCollectionLeavingMoreThanTheBoundCommittedIsFollowedByAFullOne() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        String maxFree = vm.getVMOption("MaxHeapFreeRatio").getValue();
        long full = fullCollections();
        try (LoadHeapBound bound = new LoadHeapBound(1)) {
            allocateUntil(() -> bound.fullCollections() > 0);
            assertTrue(bound.fullCollections() > 0, "no full collection within " + LIMIT_MS + " ms of allocation");
        }
        assertTrue(fullCollections() > full, "the JVM counted no full collection");
        assertEquals(maxFree, vm.getVMOption("MaxHeapFreeRatio").getValue(), "the free ratio is put back");
    }

    @Test
    void aHeapUnderTheBoundIsLeftToG1() {
        try (LoadHeapBound bound = new LoadHeapBound(Long.MAX_VALUE)) {
            long young = youngCollections();
            allocateUntil(() -> youngCollections() >= young + 3);
            assertTrue(youngCollections() >= young + 3, "the allocation ran no young collections");
            assertEquals(0, bound.fullCollections());
        }
    }

    @Test
    void takesAHeapSizeAsGivenOnlyWhenTheUserGaveIt() {
        for (VMOption.Origin user : List.of(VMOption.Origin.VM_CREATION, VMOption.Origin.ENVIRON_VAR,
                VMOption.Origin.CONFIG_FILE)) {
            assertTrue(LoadHeapBound.given(heapSize(user)), user + " is the user's");
        }
        for (VMOption.Origin jvm : List.of(VMOption.Origin.DEFAULT, VMOption.Origin.ERGONOMIC)) {
            assertFalse(LoadHeapBound.given(heapSize(jvm)), jvm + " is the JVM's own sizing");
        }
    }

    private static VMOption heapSize(VMOption.Origin origin) {
        return new VMOption("MaxHeapSize", "134217728", false, origin);
    }

    /** Short-lived garbage (young: under G1's humongous size) until the condition holds or the limit passes. */
    private static void allocateUntil(BooleanSupplier done) {
        long until = System.currentTimeMillis() + LIMIT_MS;
        while (!done.getAsBoolean() && System.currentTimeMillis() < until) {
            last = new byte[64 * 1024];
        }
    }

    private static long youngCollections() {
        return collections("Young");
    }

    private static long fullCollections() {
        return collections("Old");
    }

    /** G1's collectors: "G1 Young Generation", "G1 Old Generation" (its full collections). */
    private static long collections(String kind) {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().filter(c -> c.getName().contains(kind))
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }
}
