import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Stop-the-world GC pauses of the two JVMs on a delivery's path, on this JVM's {@code System.nanoTime}
 * axis, so a slow delivery can be told apart by who stopped: this load generator (its own GC
 * notifications; a paused generator reads frames late, which the service did not cause) or the app
 * (its {@code -Xlog:gc:file=…:utctime} log, path in {@code BENCH_APP_GC_LOG}, written by run.sh).
 * Concurrent collector work ({@code Shenandoah Cycles}, {@code ZGC Cycles}) is not a pause and is left out.
 */
final class GcPauses {
    private static final Pattern APP_PAUSE = Pattern.compile("^\\[([^\\]]+)\\] GC\\(\\d+\\) Pause (\\w+).* ([\\d.]+)ms$");
    private static final DateTimeFormatter UTCTIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    /** Pauses up to this long (ns) after the window's end still count: deliveries due in the window are in flight then. */
    static final long AFTER_WINDOW_NS = 1_000_000_000L;

    /** Wall-clock ns minus {@code System.nanoTime()}, taken once: converts epoch times to the nanoTime axis. */
    private final long epochMinusNano = System.currentTimeMillis() * 1_000_000L - System.nanoTime();
    /** This JVM's pauses. */
    private final ConcurrentLinkedQueue<Pause> own = new ConcurrentLinkedQueue<>();

    /**
     * One stop-the-world pause: {@code start} on the nanoTime axis, {@code duration} in ns, {@code kind}
     * the word after "Pause" in the app's log (Young, Remark, Cleanup, Full, …) or the collector's name here.
     */
    record Pause(long start, long duration, String kind) {
        boolean overlaps(long from, long to) {
            return start <= to && start + duration >= from;
        }
    }

    private GcPauses() {
    }

    /** Starts recording this JVM's GC pauses. */
    static GcPauses start() {
        GcPauses p = new GcPauses();
        long jvmStartMs = ManagementFactory.getRuntimeMXBean().getStartTime();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc.getName().contains("Cycles")) {
                continue; // Shenandoah's or ZGC's concurrent cycles; their pauses come from "… Pauses"
            }
            ((NotificationEmitter) gc).addNotificationListener((n, h) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
                    p.own.add(new Pause(p.toNano((jvmStartMs + info.getStartTime()) * 1_000_000L),
                            info.getDuration() * 1_000_000L, gc.getName()));
                }
            }, null, null);
        }
        return p;
    }

    private long toNano(long epochNanos) {
        return epochNanos - epochMinusNano;
    }

    /** @return this JVM's pauses that overlap {@code [from, to]} (nanoTime) */
    List<Pause> own(long from, long to) {
        return own.stream().filter(p -> p.overlaps(from, to)).toList();
    }

    /** @return the app's pauses from its GC log that overlap {@code [from, to]}, or none without a log */
    List<Pause> app(long from, long to) {
        String path = System.getenv("BENCH_APP_GC_LOG");
        List<Pause> pauses = new ArrayList<>();
        if (path == null) {
            return pauses;
        }
        try {
            for (String line : Files.readAllLines(Path.of(path))) {
                Matcher m = APP_PAUSE.matcher(line);
                if (m.find()) {
                    // the line is written when the pause ends
                    long endEpochNanos = OffsetDateTime.parse(m.group(1), UTCTIME).toInstant().toEpochMilli() * 1_000_000L;
                    long duration = (long) (Double.parseDouble(m.group(3)) * 1_000_000L);
                    Pause p = new Pause(toNano(endEpochNanos) - duration, duration, m.group(2));
                    if (p.overlaps(from, to)) {
                        pauses.add(p);
                    }
                }
            }
        } catch (IOException e) {
            System.err.println("could not read the app's GC log " + path + ": " + e);
        }
        return pauses;
    }

    /**
     * Prints the pauses of both JVMs in the window and which of them the slowest 1 % of deliveries
     * ({@code {dueNanos, latencyNanos}}) were in flight during, and the p99 of the deliveries no
     * load-generator pause touched.
     */
    void report(Collection<long[]> deliveries, long from, long to) {
        List<Pause> gen = own(from, to + AFTER_WINDOW_NS);
        List<Pause> app = app(from, to + AFTER_WINDOW_NS);
        System.out.printf("  stop-the-world GC pauses in the window: load generator %s; app %s%n", summary(gen),
                System.getenv("BENCH_APP_GC_LOG") == null ? "(no BENCH_APP_GC_LOG)" : summary(app));
        if (deliveries.isEmpty()) {
            return;
        }
        List<long[]> byLatency = new ArrayList<>(deliveries);
        byLatency.sort((a, b) -> Long.compare(b[1], a[1]));
        List<long[]> slowest = byLatency.subList(0, Math.max(1, byLatency.size() / 100));
        int inGen = 0;
        int inApp = 0;
        int neither = 0;
        for (long[] d : slowest) {
            boolean g = any(gen, d);
            boolean a = any(app, d);
            inGen += g ? 1 : 0;
            inApp += a ? 1 : 0;
            neither += g || a ? 0 : 1;
        }
        System.out.printf("  the slowest 1 %% (%d deliveries, >= %.1f ms) were in flight during a load-generator pause: %d,"
                        + " an app pause: %d, neither: %d%n", slowest.size(),
                slowest.get(slowest.size() - 1)[1] / 1e6, inGen, inApp, neither);
        long[] clear = deliveries.stream().filter(d -> !any(gen, d)).mapToLong(d -> d[1]).sorted().toArray();
        System.out.printf("  deliveries no load-generator pause touched: %d of %d, p50 %.1f ms, p99 %.1f ms%n",
                clear.length, deliveries.size(), Bench.pct(clear, 50), Bench.pct(clear, 99));
    }

    private static boolean any(List<Pause> pauses, long[] delivery) {
        for (Pause p : pauses) {
            if (p.overlaps(delivery[0], delivery[0] + delivery[1])) {
                return true;
            }
        }
        return false;
    }

    private static String summary(List<Pause> pauses) {
        if (pauses.isEmpty()) {
            return "none";
        }
        long total = pauses.stream().mapToLong(Pause::duration).sum();
        long max = pauses.stream().mapToLong(Pause::duration).max().orElse(0);
        java.util.Map<String, Long> kinds = new java.util.TreeMap<>();
        pauses.forEach(p -> kinds.merge(p.kind(), 1L, Long::sum));
        return String.format("%d (%.0f ms in all, longest %.1f ms) %s", pauses.size(), total / 1e6, max / 1e6, kinds);
    }
}
