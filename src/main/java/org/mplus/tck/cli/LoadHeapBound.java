package org.mplus.tck.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Keeps a {@code serve} started on the JVM's defaults small while a load runs. Under a sustained load G1 enlarges
 * its young generation (towards a quarter of RAM) to keep collection under about 8 % of the time, though what the
 * mock keeps stays near 30 MB; JVM 17 offers no option a running process may set that bounds this growth, and G1
 * gives heap back only after a full collection or a concurrent mark, which such a load never starts. So once a
 * young collection leaves more than the bound committed, the kit asks for a full collection (about 50 ms for the
 * mock's live heap), after which G1 keeps at most {@code MaxHeapFreeRatio} free (80 % for that collection, then
 * back to {@link IdleHeapRelease}'s).
 * Not used when a heap size was given to the JVM (command line or environment): the user chose it.
 */
final class LoadHeapBound implements NotificationListener, AutoCloseable {

    /** Committed heap past which serve collects in full: with the JVM's own memory, under 400 MB resident. */
    static final long DEFAULT_BYTES = 256L * 1024 * 1024;
    private static final String MINOR = "end of minor GC";
    private static final String MAX_FREE = "MaxHeapFreeRatio";
    /** What a full collection under load keeps free: 180-200 MB stayed committed for the mock's 30 MB live. */
    private static final String UNDER_LOAD_MAX_FREE = "80";

    private final long bytes;
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final AtomicBoolean collecting = new AtomicBoolean();
    private final AtomicLong fullCollections = new AtomicLong();
    /** The JVM's options, when the free ratio is the kit's to change (not given on the command line). */
    private final Optional<HotSpotDiagnosticMXBean> freeRatio;

    LoadHeapBound(long bytes) {
        this.bytes = bytes;
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        this.freeRatio = Optional.ofNullable(vm).filter(v -> !given(v.getVMOption(MAX_FREE)));
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(this, null, null);
                emitters.add(emitter);
            }
        }
    }

    /** Bounds the heap unless its size was given to the JVM (or this JVM cannot tell). */
    static boolean enableUnlessCapped() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        if (vm == null || given(vm.getVMOption("MaxHeapSize")) || given(vm.getVMOption("MaxRAMPercentage"))) {
            return false;
        }
        new LoadHeapBound(DEFAULT_BYTES); // lives as long as the collectors it listens to: the JVM's
        return true;
    }

    /** Set by the user (command line, JAVA_TOOL_OPTIONS, a flags file); the JVM's own sizing is ERGONOMIC. */
    static boolean given(VMOption option) {
        return switch (option.getOrigin()) {
            case VM_CREATION, ENVIRON_VAR, CONFIG_FILE -> true;
            default -> false;
        };
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                (CompositeData) notification.getUserData());
        // A full collection's own notification must not ask for another; one at a time.
        if (MINOR.equals(info.getGcAction()) && memory.getHeapMemoryUsage().getCommitted() > bytes
                && collecting.compareAndSet(false, true)) {
            Thread collector = new Thread(this::collect, "mplus-tck-heap-bound");
            collector.setDaemon(true);
            collector.start();
        }
    }

    /**
     * A full collection that leaves G1 room to work in: with {@code MaxHeapFreeRatio} at 30 (for an idle serve) it
     * would shrink the heap to about 40 MB, and a young generation that small collects every few dozen ms under load.
     */
    private void collect() {
        Optional<String> idleRatio = freeRatio.map(vm -> vm.getVMOption(MAX_FREE).getValue());
        try {
            maxFreeRatio(UNDER_LOAD_MAX_FREE);
            System.gc();
        } finally {
            idleRatio.ifPresent(this::maxFreeRatio);
            fullCollections.incrementAndGet();
            collecting.set(false);
        }
    }

    private void maxFreeRatio(String percent) {
        try {
            freeRatio.ifPresent(vm -> vm.setVMOption(MAX_FREE, percent));
        } catch (IllegalArgumentException e) {
            // below a MinHeapFreeRatio given on the command line: the collection keeps the ratio of the moment
        }
    }

    /** How many full collections the bound has asked for and seen through (the free ratio restored). */
    long fullCollections() {
        return fullCollections.get();
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(this);
            } catch (ListenerNotFoundException e) {
                // never added: nothing to remove
            }
        }
    }
}
