import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phase {@code delivery} of {@link Bench}: send_message over /ws at a fixed rate, sender→recipient
 * latency, with the machine's stalls ({@link MachineStalls}), both JVMs' GC pauses ({@link GcPauses}) and the
 * app's CPU and GC in the window.
 */
final class DeliveryPhase {
    /** Ack ids of measured sends start here (warm-up sends count from 0). */
    private static final long MEASURED = 1_000_000_000L;
    private static final Pattern ACK_ID = Pattern.compile("\"ackId\":(\\d+)");
    private static final Pattern CONTENT_TIME = Pattern.compile("\"content\":\"t(\\d+)\"");
    private static final Pattern GC_GAUGE = Pattern.compile("\"jvm\\.gc\\.([^\"]+\\.(?:count|time))\":\\{\"value\":(\\d+)");

    private DeliveryPhase() {
    }

    /** Runs the phase; its figures go to stdout, progress to stderr. */
    static void run(Bench.Options o, List<String> tokens, List<String> conversations, String admin, long appPid)
            throws Exception {
        System.err.printf("delivery: connecting %d /ws sockets%n", 2 * o.pairs());
        ConcurrentLinkedQueue<Long> lat = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<long[]> timeline = new ConcurrentLinkedQueue<>();
        AtomicLong acks = new AtomicLong();
        AtomicLong failedAcks = new AtomicLong();
        AtomicLong measuredFrom = new AtomicLong(Long.MAX_VALUE);
        java.util.Map<String, AtomicLong> failures = new java.util.concurrent.ConcurrentHashMap<>();
        String wsBase = Bench.base.replaceFirst("^http", "ws") + "/ws?token=";
        List<Ws> senders = new ArrayList<>();
        List<Ws> receivers = new ArrayList<>();
        for (int p = 0; p < o.pairs(); p++) {
            Ws receiver = Ws.open(wsBase + tokens.get(o.pairs() + p), (self, text) -> {
                if (text.startsWith("{\"type\":\"message_sent\"")) {
                    Matcher m = CONTENT_TIME.matcher(text);
                    if (m.find() && Long.parseLong(m.group(1)) >= measuredFrom.get()) {
                        long due = Long.parseLong(m.group(1));
                        long took = System.nanoTime() - due;
                        lat.add(took);
                        timeline.add(new long[] {due, took});
                    }
                }
            });
            Ws sender = Ws.open(wsBase + tokens.get(p), (self, text) -> {
                Matcher m = ACK_ID.matcher(text);
                if (text.startsWith("{\"type\":\"ack\"") && m.find() && Long.parseLong(m.group(1)) >= MEASURED) {
                    if (text.contains("\"success\":true")) {
                        acks.incrementAndGet();
                    } else {
                        failedAcks.incrementAndGet();
                        Matcher code = Bench.ERROR_CODE.matcher(text);
                        failures.computeIfAbsent(code.find() ? code.group(1) : "?", k -> new AtomicLong())
                                .incrementAndGet();
                    }
                }
            });
            receivers.add(receiver);
            senders.add(sender);
        }
        for (int p = 0; p < o.pairs(); p++) {
            String join = "{\"type\":\"join_conversation\",\"data\":{\"conversationId\":\"" + conversations.get(p)
                    + "\"}}";
            receivers.get(p).send(join);
            senders.get(p).send(join);
        }
        Thread.sleep(3000);
        // the logins (1,000 Argon2 hashes) and the REST phase leave the app's old generation full of
        // their garbage; collect it now so that the measured window pays for its own garbage only
        Bench.fullGc(appPid);
        System.err.printf("delivery: %d msgs/s for %d s over %d sockets (%d s warm-up first)%n", o.rate(),
                o.deliverySeconds(), 2 * o.pairs(), o.warmupSeconds());
        GcPauses pauses = GcPauses.start();
        paced(o.rate(), o.warmupSeconds(), senders, conversations, 0);
        MachineStalls machine = MachineStalls.start();
        measuredFrom.set(System.nanoTime());
        java.util.Map<Long, Long> cpuBefore = cpuTicks(appPid);
        java.util.Map<String, Long> gcBefore = gcTotals(admin);
        long sent = paced(o.rate(), o.deliverySeconds(), senders, conversations, MEASURED);
        long measuredTo = System.nanoTime();
        Thread.sleep(5000);
        java.util.Map<Long, Long> cpuAfter = cpuTicks(appPid);
        java.util.Map<String, Long> gcAfter = gcTotals(admin);
        long[] s = Bench.sorted(new ArrayList<>(lat));
        System.out.printf("Delivery over /ws, %d sockets, %d msgs/s offered for %d s: sent %d, acked %d (%d failed),"
                        + " delivered %d; sender->recipient p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                2 * o.pairs(), o.rate(), o.deliverySeconds(), sent, acks.get(), failedAcks.get(), s.length,
                Bench.pct(s, 50), Bench.pct(s, 99), s.length == 0 ? 0 : s[s.length - 1] / 1e6);
        if (!failures.isEmpty()) {
            System.out.println("  failed acks by code: " + failures);
        }
        machine.close();
        machine.report(timeline, measuredFrom.get(), measuredTo,
                pauses.own(measuredFrom.get(), measuredTo + GcPauses.AFTER_WINDOW_NS));
        pauses.report(timeline, measuredFrom.get(), measuredTo);
        if (TIMELINE) {
            printTimeline(timeline, measuredFrom.get());
        }
        long self = ProcessHandle.current().pid();
        long appTicks = cpuAfter.getOrDefault(appPid, 0L) - cpuBefore.getOrDefault(appPid, 0L);
        long selfTicks = cpuAfter.getOrDefault(self, 0L) - cpuBefore.getOrDefault(self, 0L);
        long dbTicks = 0;
        for (var e : cpuAfter.entrySet()) {
            if (e.getKey() != appPid && e.getKey() != self) {
                dbTicks += e.getValue() - cpuBefore.getOrDefault(e.getKey(), 0L);
            }
        }
        double per = Math.max(1, acks.get());
        System.out.printf("  CPU per acked message (measured window + 5 s drain, all threads; %d PostgreSQL"
                        + " backends): app %.3f ms, PostgreSQL %.3f ms, this load generator %.3f ms%n",
                cpuAfter.size() - 2, appTicks * TICK_MS / per, dbTicks * TICK_MS / per, selfTicks * TICK_MS / per);
        StringBuilder gc = new StringBuilder();
        gcAfter.forEach((k, v) -> {
            if (k.endsWith(".count") && v > gcBefore.getOrDefault(k, 0L)) {
                String name = k.substring(0, k.length() - ".count".length());
                long n = v - gcBefore.getOrDefault(k, 0L);
                long ms = gcAfter.getOrDefault(name + ".time", 0L) - gcBefore.getOrDefault(name + ".time", 0L);
                gc.append(String.format(" %s %d (%d ms, %.1f ms each);", name, n, ms, (double) ms / n));
            }
        });
        System.out.println("  app garbage collections in the same window (admin /metrics jvm.gc.*):"
                + (gc.length() == 0 ? " none" : gc.toString()));
        for (Ws w : senders) {
            w.close();
        }
        for (Ws w : receivers) {
            w.close();
        }
    }

    /** {@code BENCH_TIMELINE=1}: also print, per 100 ms of the measured window, the deliveries slower than 20 ms. */
    private static final boolean TIMELINE = System.getenv("BENCH_TIMELINE") != null;

    /** Prints the 100 ms windows (offset from the measured start, ms) holding deliveries over 20 ms, with their max. */
    private static void printTimeline(java.util.Collection<long[]> timeline, long from) {
        java.util.TreeMap<Long, long[]> windows = new java.util.TreeMap<>();
        for (long[] t : timeline) {
            long[] w = windows.computeIfAbsent((t[0] - from) / 100_000_000L, k -> new long[3]);
            w[0]++;
            if (t[1] > 20_000_000L) {
                w[1]++;
            }
            w[2] = Math.max(w[2], t[1]);
        }
        String raw = System.getenv("BENCH_TIMELINE_FILE");
        if (raw != null) {
            StringBuilder lines = new StringBuilder();
            timeline.forEach(t -> lines.append(t[0]).append(' ').append(t[1]).append('\n'));
            try {
                Files.writeString(Path.of(raw), lines);
            } catch (java.io.IOException e) {
                System.err.println("could not write " + raw + ": " + e);
            }
        }
        long unix = System.currentTimeMillis() - (System.nanoTime() - from) / 1_000_000L;
        System.out.printf("  timeline (measured start = %d ms since the epoch): window ms, sent, over 20 ms, max ms%n", unix);
        windows.forEach((k, w) -> {
            if (w[1] > 0) {
                System.out.printf("    +%6d  %4d  %4d  %6.1f%n", k * 100, w[0], w[1], w[2] / 1e6);
            }
        });
    }

    /** Sends {@code rate} messages per second, round robin over the senders; @return how many */
    private static long paced(int rate, int seconds, List<Ws> senders, List<String> conversations, long firstAckId) {
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long total = (long) rate * seconds;
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long due = start + i * interval;
            LockSupport.parkNanos(due - System.nanoTime());
            int p = (int) (i % senders.size());
            senders.get(p).send("{\"type\":\"send_message\",\"ackId\":" + (firstAckId + i) + ",\"data\":{\"conversationId\":\""
                    + conversations.get(p) + "\",\"content\":\"t" + due + "\"}}");
        }
        return total;
    }

    /** Milliseconds per clock tick of {@code /proc/<pid>/stat} (USER_HZ, 100 on Linux). */
    private static final double TICK_MS = 10.0;

    /**
     * CPU time (user + system, in clock ticks) of the app, of this load generator and of the PostgreSQL backends serving the
     * bench database ({@code BENCH_DB}, found through {@code psql}); load on the machine from other
     * processes does not enter these figures.
     */
    private static java.util.Map<Long, Long> cpuTicks(long appPid) throws Exception {
        java.util.Map<Long, Long> ticks = new java.util.HashMap<>();
        List<Long> pids = new ArrayList<>(List.of(appPid, ProcessHandle.current().pid()));
        String db = System.getenv("BENCH_DB");
        if (db != null) {
            Process psql = new ProcessBuilder("psql", "-Atc", "SELECT pid FROM pg_stat_activity WHERE datname ="
                    + " current_database() AND pid <> pg_backend_pid()", db).redirectErrorStream(true).start();
            for (String line : new String(psql.getInputStream().readAllBytes()).split("\n")) {
                if (line.matches("\\d+")) {
                    pids.add(Long.parseLong(line));
                }
            }
            psql.waitFor();
        }
        for (long pid : pids) {
            try {
                ticks.put(pid, MachineStalls.cpuTicks(Path.of("/proc/" + pid + "/stat")));
            } catch (java.io.IOException gone) {
                // the backend ended between the query and the read
            }
        }
        return ticks;
    }

    /** @return the app's {@code jvm.gc.<collector>.count} and {@code .time} (ms) gauges from the admin {@code /metrics} */
    private static java.util.Map<String, Long> gcTotals(String admin) throws Exception {
        String metrics = Bench.metrics(admin);
        java.util.Map<String, Long> totals = new java.util.TreeMap<>();
        Matcher m = GC_GAUGE.matcher(metrics);
        while (m.find()) {
            totals.put(m.group(1), Long.parseLong(m.group(2)));
        }
        return totals;
    }
}
