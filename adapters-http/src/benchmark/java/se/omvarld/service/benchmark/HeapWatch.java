package se.omvarld.service.benchmark;

import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The heap of this JVM while a run lasts, through JMX: the peak of the heap used (sampled every 10 ms; garbage
 * included, so bounded by -Xmx rather than by what is live), the largest heap used right after a collection of
 * this run (what survived it: the live set, and what a young collection did not reach), and the collections' count and pause time.
 */
final class HeapWatch {

    /** What a run used. */
    record Peak(double peakUsedMb, double maxAfterGcMb, long collections, long pauseMillis) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "peak %.0f MB, after GC ≤ %.0f MB, %d GCs, %d ms", peakUsedMb,
                    maxAfterGcMb, collections, pauseMillis);
        }
    }

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    /** A collection's report names every pool, Metaspace and code cache too: only these are the heap. */
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private volatile boolean running;
    private Thread sampler;
    private long peak;
    private long afterGc;
    private long collections0;
    private long pause0;
    private long[] counts0;

    void start() {
        peak = 0;
        afterGc = 0;
        collections0 = collections();
        pause0 = pause();
        counts0 = collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).toArray();
        running = true;
        sampler = new Thread(() -> {
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                for (int i = 0; i < collectors.size(); i++) {
                    // Only the collections of this run: a collector's last one, if it collected since the start.
                    if (collectors.get(i) instanceof com.sun.management.GarbageCollectorMXBean g
                            && g.getCollectionCount() > counts0[i]) {
                        GcInfo info = g.getLastGcInfo();
                        if (info != null) {
                            afterGc = Math.max(afterGc, info.getMemoryUsageAfterGc().entrySet().stream()
                                    .filter(e -> heapPools.contains(e.getKey()))
                                    .mapToLong(e -> e.getValue().getUsed()).sum());
                        }
                    }
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    Peak stop() throws InterruptedException {
        running = false;
        sampler.join();
        return new Peak(peak / 1048576.0, afterGc / 1048576.0, collections() - collections0, pause() - pause0);
    }

    private long collections() {
        return collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private long pause() {
        return collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
}
