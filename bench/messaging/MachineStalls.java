import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * Watches the machine, not the app, while a phase is measured, so a latency tail can be told apart
 * from stalls the app did not cause. Two daemon threads:
 * <ul>
 * <li>a sleeper that parks for 1 ms in a loop and records every wake-up at least
 * {@link #LATE_NS} late (a stall of the whole machine, or of this JVM, shows up here);
 * <li>a poller that reads, every 5 ms, the CPU time ({@code /proc/<pid>/stat} utime + stime, in
 * clock ticks of 10 ms) of the kernel's DAMON threads ({@code kdamond.*}, Linux memory access
 * monitoring, which some hypervisors run for memory reclaim) and records when it grew.
 * </ul>
 * JDK only, Linux {@code /proc}; on a machine without {@code kdamond} threads the poller records nothing.
 */
final class MachineStalls implements AutoCloseable {
    /** A 1 ms park that returns this much later (ns) counts as a stall. */
    static final long LATE_NS = TimeUnit.MILLISECONDS.toNanos(10);
    /**
     * Deliveries due this long before a kdamond run was seen (ns) count as hit by it: in flight when
     * it began (a run is seen at its end, after up to tens of ms).
     */
    static final long BEFORE_NS = TimeUnit.MILLISECONDS.toNanos(50);
    /** …and this long after it (ns): the stall plus the backlog it leaves. */
    static final long AFTER_NS = TimeUnit.MILLISECONDS.toNanos(120);

    /** Room for one {@code /proc/<pid>/stat} (about 320 bytes). */
    private static final int STAT_BYTES = 4096;

    private final ConcurrentLinkedQueue<long[]> lateWakeUps = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<long[]> kdamondRuns = new ConcurrentLinkedQueue<>();
    private final List<Path> kdamonds = kdamondStats();
    private volatile boolean running = true;
    /** {@code /proc/stat} steal ticks (10 ms, all CPUs) at start and at {@link #close()}. */
    private final long stealAtStart = stealTicks();
    private final long startedAt = System.nanoTime();
    private volatile long stealAtClose = -1;
    private volatile long closedAt;

    private MachineStalls() {
    }

    /** Starts both watchers; {@link #close()} stops them. */
    static MachineStalls start() {
        MachineStalls m = new MachineStalls();
        Thread sleeper = new Thread(m::sleep, "stall-sleeper");
        sleeper.setDaemon(true);
        sleeper.setPriority(Thread.MAX_PRIORITY);
        sleeper.start();
        if (!m.kdamonds.isEmpty()) {
            Thread poller = new Thread(m::pollKdamond, "stall-kdamond");
            poller.setDaemon(true);
            poller.start();
        }
        return m;
    }

    private void sleep() {
        long step = TimeUnit.MILLISECONDS.toNanos(1);
        while (running) {
            long before = System.nanoTime();
            LockSupport.parkNanos(step);
            long late = System.nanoTime() - before - step;
            if (late >= LATE_NS) {
                lateWakeUps.add(new long[] {before, late});
            }
        }
    }

    /**
     * Keeps each kdamond's stat file open and re-reads it from offset 0 (one pread per file and poll: on
     * the benchmark's virtual machine, opening and closing the file 200 times a second cost this JVM about
     * 50 ms of CPU per second, CPU the app and PostgreSQL share).
     */
    private void pollKdamond() {
        List<FileChannel> stats = new ArrayList<>();
        for (Path stat : kdamonds) {
            try {
                stats.add(FileChannel.open(stat));
            } catch (IOException | RuntimeException gone) {
                // the thread went away; count nothing for it
            }
        }
        ByteBuffer buffer = ByteBuffer.allocate(STAT_BYTES);
        long last = ticks(stats, buffer);
        while (running) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
            long now = ticks(stats, buffer);
            if (now > last) {
                kdamondRuns.add(new long[] {System.nanoTime(), now - last});
            }
            last = now;
        }
        for (FileChannel stat : stats) {
            try {
                stat.close();
            } catch (IOException ignored) {
                // nothing to keep
            }
        }
    }

    private static long ticks(List<FileChannel> stats, ByteBuffer buffer) {
        long sum = 0;
        for (FileChannel stat : stats) {
            try {
                sum += cpuTicks(stat, buffer);
            } catch (IOException | RuntimeException gone) {
                // the thread went away; count nothing for it
            }
        }
        return sum;
    }

    /**
     * @return user + system CPU time of a process or thread, in clock ticks (USER_HZ, 10 ms on Linux),
     *     from its {@code /proc/<pid>/stat} (fields 14 and 15, counted after the {@code (comm)} field)
     * @throws IOException when the process is gone
     */
    static long cpuTicks(Path stat) throws IOException {
        try (FileChannel channel = FileChannel.open(stat)) {
            return cpuTicks(channel, ByteBuffer.allocate(STAT_BYTES));
        }
    }

    /** As {@link #cpuTicks(Path)}, from an open {@code stat} file, read again from its start into {@code buffer}. */
    static long cpuTicks(FileChannel stat, ByteBuffer buffer) throws IOException {
        buffer.clear();
        int n = stat.read(buffer, 0);
        String s = new String(buffer.array(), 0, Math.max(n, 0), StandardCharsets.US_ASCII);
        String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    private static List<Path> kdamondStats() {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            procs.filter(p -> p.getFileName().toString().matches("\\d+")).forEach(p -> {
                try {
                    if (Files.readString(p.resolve("comm")).startsWith("kdamond")) {
                        found.add(p.resolve("stat"));
                    }
                } catch (IOException | RuntimeException gone) {
                    // not readable or gone
                }
            });
        } catch (IOException noProc) {
            // not Linux
        }
        return found;
    }

    /** @return DAMON's sampling interval(s) in ms as configured in sysfs, or "?" */
    private static String damonSampleMs() {
        try (Stream<Path> files = Files.walk(Path.of("/sys/kernel/mm/damon/admin/kdamonds"), 6)) {
            List<String> ms = files.filter(p -> p.getFileName().toString().equals("sample_us"))
                    .map(p -> {
                        try {
                            return Long.parseLong(Files.readString(p).strip()) / 1000 + " ms";
                        } catch (IOException | RuntimeException e) {
                            return "?";
                        }
                    }).toList();
            return ms.isEmpty() ? "?" : String.join(", ", ms);
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /**
     * @return the CPU time (clock ticks of 10 ms, all CPUs) the hypervisor gave to others while this
     *     virtual machine had work ({@code steal}, the 8th value of the {@code cpu} line of {@code /proc/stat}), or 0
     */
    private static long stealTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            return f.length > 8 ? Long.parseLong(f[8]) : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        running = false;
        stealAtClose = stealTicks();
        closedAt = System.nanoTime();
    }

    /**
     * Prints what was seen between {@code from} and {@code to} (System.nanoTime) and splits the
     * deliveries ({@code {dueNanos, latencyNanos}}) into those due around a kdamond run and the others.
     * Late wake-ups during one of this JVM's own GC pauses ({@code ownPauses}, from {@link GcPauses}) are
     * this JVM's, not the machine's, and are left out.
     */
    void report(Collection<long[]> deliveries, long from, long to, List<GcPauses.Pause> ownPauses) {
        List<long[]> late = lateWakeUps.stream().filter(w -> w[0] >= from && w[0] <= to)
                .filter(w -> ownPauses.stream().noneMatch(p -> p.overlaps(w[0], w[0] + w[1]))).toList();
        List<long[]> runs = kdamondRuns.stream().filter(r -> r[0] >= from && r[0] <= to + AFTER_NS).toList();
        double seconds = (to - from) / 1e9;
        System.out.printf("  machine (not the app) during the window: a thread parking 1 ms woke >= %d ms late,"
                        + " outside this JVM's GC pauses, %d times"
                        + " (max %.1f ms)", LATE_NS / 1_000_000, late.size(),
                late.stream().mapToLong(w -> w[1]).max().orElse(0) / 1e6);
        long steal = stealAtClose < 0 ? 0 : stealAtClose - stealAtStart;
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("; CPU steal by the hypervisor, window and drain: %d ms (%.1f %% of %d cores)", steal * 10,
                100.0 * steal * 10 / Math.max(1, (closedAt - startedAt) / 1e6) / cores, cores);
        if (kdamonds.isEmpty()) {
            System.out.println("; no kdamond threads");
            return;
        }
        System.out.printf("; kernel DAMON (kdamond, sampling every %s) ran %d times, %.1f per s, %d ms of CPU%n",
                damonSampleMs(), runs.size(), runs.size() / seconds,
                runs.stream().mapToLong(r -> r[1]).sum() * 10);
        long[] hit = deliveries.stream().filter(d -> near(runs, d[0])).mapToLong(d -> d[1]).sorted().toArray();
        long[] clear = deliveries.stream().filter(d -> !near(runs, d[0])).mapToLong(d -> d[1]).sorted().toArray();
        System.out.printf("  deliveries due from %d ms before to %d ms after a kdamond run: %d, p50 %.1f ms, p99 %.1f ms;"
                        + " all others: %d, p50 %.1f ms, p99 %.1f ms%n",
                BEFORE_NS / 1_000_000, AFTER_NS / 1_000_000, hit.length, Bench.pct(hit, 50), Bench.pct(hit, 99),
                clear.length, Bench.pct(clear, 50), Bench.pct(clear, 99));
    }

    private static boolean near(List<long[]> runs, long due) {
        for (long[] r : runs) {
            if (due >= r[0] - BEFORE_NS && due <= r[0] + AFTER_NS) {
                return true;
            }
        }
        return false;
    }
}
