import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Messaging load harness (issue 4 §5), JDK only ({@code java Bench.java}); bench/messaging/run.sh
 * prepares the app and the accounts and bench/README.md records the results. Three phases:
 * <ol>
 * <li>{@code rest}: REST send throughput ({@code POST /api/v1/chat/conversations/{id}/messages},
 * closed loop, {@code threads} clients, each in its own conversation) then, open loop at 50 % of
 * that peak, p50/p99 latency measured from each request's scheduled time (no coordinated omission);
 * <li>{@code delivery}: {@code pairs} sender and {@code pairs} recipient {@code /ws} sockets (one
 * DIRECT conversation per pair, both joined), a full GC in the app (so the setup's garbage is not
 * collected in the window), then senders emit {@code send_message} round robin at {@code rate}
 * msgs/s; latency is recipient's {@code message_sent} arrival minus the send's scheduled time (same
 * JVM clock), p50/p99, with the machine's stalls and the app's CPU and GC in the window;
 * <li>{@code idle}: {@code idle} Socket.IO v4 connections (Engine.IO v4 WebSocket transport, the
 * namespace CONNECT with {@code auth.token}, pings answered) held open for {@code holdSeconds};
 * the server's heap after a full GC ({@code jcmd GC.run}, admin {@code /metrics}) and its RSS
 * ({@code /proc/<pid>/status}) before and after.
 * </ol>
 * Arguments: base URL, admin URL, server pid, accounts file (one {@code email} per line, shared
 * password in {@code BENCH_PASSWORD}), then {@code key=value} options (see {@link Options}).
 */
public final class Bench {
    private static final Pattern TOKEN = Pattern.compile("\"accessToken\":\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"data\":\\{\"id\":\"([^\"]+)\"");
    private static final Pattern ERROR_CODE = Pattern.compile("\"code\":\"([A-Z_]+)\"");
    private static final Pattern ACK_ID = Pattern.compile("\"ackId\":(\\d+)");
    /** Ack ids of measured sends start here (warm-up sends count from 0). */
    private static final long MEASURED = 1_000_000_000L;
    private static final Pattern CONTENT_TIME = Pattern.compile("\"content\":\"t(\\d+)\"");
    private static final Pattern GC_GAUGE = Pattern.compile("\"jvm\\.gc\\.([^\"]+\\.(?:count|time))\":\\{\"value\":(\\d+)");
    private static final Pattern HEAP_USED = Pattern.compile("\"jvm\\.memory\\.heap\\.used\":\\{\"value\":(\\d+)");
    private static final Pattern HEAP_COMMITTED =
            Pattern.compile("\"jvm\\.memory\\.heap\\.committed\":\\{\"value\":(\\d+)");

    /** Phase sizes, from {@code key=value} arguments. */
    record Options(int threads, int restSeconds, int pairs, int rate, int deliverySeconds, int idle,
                   int idleUsers, int holdSeconds, int warmupSeconds, String phases) {
        static Options parse(List<String> args) {
            java.util.Map<String, String> m = new java.util.HashMap<>();
            for (String a : args) {
                int eq = a.indexOf('=');
                m.put(a.substring(0, eq), a.substring(eq + 1));
            }
            return new Options(i(m, "threads", 16), i(m, "restSeconds", 20), i(m, "pairs", 500), i(m, "rate", 1000),
                    i(m, "deliverySeconds", 30), i(m, "idle", 10000), i(m, "idleUsers", 100), i(m, "holdSeconds", 60),
                    i(m, "warmupSeconds", 15), m.getOrDefault("phases", "rest,delivery,idle"));
        }

        private static int i(java.util.Map<String, String> m, String k, int d) {
            return Integer.parseInt(m.getOrDefault(k, Integer.toString(d)));
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newFixedThreadPool(8)).build();
    private static String base;

    public static void main(String[] args) throws Exception {
        base = args[0];
        String admin = args[1];
        long pid = Long.parseLong(args[2]);
        List<String> emails = Files.readAllLines(Path.of(args[3])).stream().filter(s -> !s.isBlank()).toList();
        Options o = Options.parse(Arrays.asList(args).subList(4, args.length));
        String password = System.getenv().getOrDefault("BENCH_PASSWORD", "SecurePass123!");

        int needed = Math.max(2 * o.pairs(), o.idleUsers());
        System.err.printf("logging in %d accounts%n", needed);
        List<String> tokens = login(emails.subList(0, needed), password);
        List<String> ids = new ArrayList<>();
        for (String t : tokens) {
            ids.add(userId(t));
        }
        System.err.printf("opening %d DIRECT conversations%n", o.pairs());
        List<String> conversations = new ArrayList<>();
        for (int p = 0; p < o.pairs(); p++) {
            HttpResponse<String> r = get("/api/v1/chat/conversations/" + ids.get(o.pairs() + p), tokens.get(p));
            conversations.add(match(ID, r.body()));
        }
        if (o.phases().contains("rest")) {
            rest(o, tokens, conversations);
        }
        if (o.phases().contains("delivery")) {
            delivery(o, tokens, conversations, admin, pid);
        }
        if (o.phases().contains("idle")) {
            idle(o, tokens.subList(0, o.idleUsers()), admin, pid);
        }
        System.exit(0);
    }

    // ---------------------------------------------------------------- rest

    private static void rest(Options o, List<String> tokens, List<String> conversations) throws Exception {
        System.err.printf("rest: %d closed-loop clients, 5 s warm-up + %d s%n", o.threads(), o.restSeconds());
        closedLoop(o, tokens, conversations, 5);
        long[] done = closedLoop(o, tokens, conversations, o.restSeconds());
        double peak = done[0] / (double) o.restSeconds();
        System.out.printf("REST send, closed loop, %d clients: %d messages in %d s = %.0f msgs/s (%d errors)%n",
                o.threads(), done[0], o.restSeconds(), peak, done[1]);
        int rate = (int) Math.max(1, peak / 2);
        List<Long> lat = openLoop(rate, o.restSeconds(), tokens, conversations, o.threads());
        long[] s = sorted(lat);
        System.out.printf("REST send, open loop at %d msgs/s (50%% of peak): %d requests, p50 %.1f ms, p99 %.1f ms, "
                + "max %.1f ms%n", rate, s.length, pct(s, 50), pct(s, 99), s[s.length - 1] / 1e6);
    }

    /** @return {successful sends, errors} of {@code threads} sequential clients over {@code seconds} */
    private static long[] closedLoop(Options o, List<String> tokens, List<String> conversations, int seconds)
            throws Exception {
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(o.threads());
        for (int t = 0; t < o.threads(); t++) {
            int c = t % conversations.size();
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    try {
                        HttpResponse<String> r = HTTP.send(post(conversations.get(c), tokens.get(c)),
                                HttpResponse.BodyHandlers.ofString());
                        (r.statusCode() == 201 ? ok : errors).incrementAndGet();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60, TimeUnit.SECONDS);
        return new long[] {ok.get(), errors.get()};
    }

    private static List<Long> openLoop(int rate, int seconds, List<String> tokens, List<String> conversations,
                                       int spread) throws Exception {
        ConcurrentLinkedQueue<Long> lat = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long total = (long) rate * seconds;
        List<CompletableFuture<?>> pending = new ArrayList<>();
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long due = start + i * interval;
            LockSupport.parkNanos(due - System.nanoTime());
            int c = (int) (i % Math.min(spread, conversations.size()));
            pending.add(HTTP.sendAsync(post(conversations.get(c), tokens.get(c)), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((r, e) -> {
                        if (e == null && r.statusCode() == 201) {
                            lat.add(System.nanoTime() - due);
                        } else {
                            errors.incrementAndGet();
                        }
                    }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally(e -> null)
                .get(120, TimeUnit.SECONDS);
        if (errors.get() > 0) {
            System.out.printf("  (%d errors)%n", errors.get());
        }
        return new ArrayList<>(lat);
    }

    private static HttpRequest post(String conversation, String token) {
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/chat/conversations/" + conversation + "/messages"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString("{\"content\":\"bench message " + System.nanoTime() + "\"}"))
                .build();
    }

    // ------------------------------------------------------------ delivery

    private static void delivery(Options o, List<String> tokens, List<String> conversations, String admin,
                                 long appPid) throws Exception {
        System.err.printf("delivery: connecting %d /ws sockets%n", 2 * o.pairs());
        ConcurrentLinkedQueue<Long> lat = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<long[]> timeline = new ConcurrentLinkedQueue<>();
        AtomicLong acks = new AtomicLong();
        AtomicLong failedAcks = new AtomicLong();
        AtomicLong measuredFrom = new AtomicLong(Long.MAX_VALUE);
        java.util.Map<String, AtomicLong> failures = new java.util.concurrent.ConcurrentHashMap<>();
        String wsBase = base.replaceFirst("^http", "ws") + "/ws?token=";
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
                        Matcher code = ERROR_CODE.matcher(text);
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
        fullGc(appPid);
        System.err.printf("delivery: %d msgs/s for %d s over %d sockets (%d s warm-up first)%n", o.rate(),
                o.deliverySeconds(), 2 * o.pairs(), o.warmupSeconds());
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
        long[] s = sorted(new ArrayList<>(lat));
        System.out.printf("Delivery over /ws, %d sockets, %d msgs/s offered for %d s: sent %d, acked %d (%d failed),"
                        + " delivered %d; sender->recipient p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                2 * o.pairs(), o.rate(), o.deliverySeconds(), sent, acks.get(), failedAcks.get(), s.length,
                pct(s, 50), pct(s, 99), s.length == 0 ? 0 : s[s.length - 1] / 1e6);
        if (!failures.isEmpty()) {
            System.out.println("  failed acks by code: " + failures);
        }
        machine.close();
        machine.report(timeline, measuredFrom.get(), measuredTo);
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
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks.put(pid, Long.parseLong(f[11]) + Long.parseLong(f[12]));
            } catch (java.io.IOException gone) {
                // the backend ended between the query and the read
            }
        }
        return ticks;
    }

    // ---------------------------------------------------------------- idle

    private static void idle(Options o, List<String> tokens, String admin, long pid) throws Exception {
        Memory before = memory(admin, pid);
        System.err.printf("idle: opening %d Socket.IO connections for %d users%n", o.idle(), tokens.size());
        String url = base.replaceFirst("^http", "ws") + "/socket.io/?EIO=4&transport=websocket";
        AtomicInteger connected = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger closed = new AtomicInteger();
        List<Ws> sockets = new ArrayList<>();
        Semaphore inFlight = new Semaphore(100);
        CountDownLatch all = new CountDownLatch(o.idle());
        long t0 = System.nanoTime();
        for (int i = 0; i < o.idle(); i++) {
            String token = tokens.get(i % tokens.size());
            inFlight.acquire();
            boolean[] done = new boolean[1];
            sockets.add(Ws.open(url, (self, text) -> {
                if (text.startsWith("0{")) {
                    self.send("40{\"token\":\"" + token + "\"}");
                } else if (text.equals("2")) {
                    self.send("3");
                } else if (text.startsWith("40{") && !done[0]) {
                    done[0] = true;
                    connected.incrementAndGet();
                    inFlight.release();
                    all.countDown();
                } else if (text.startsWith("44") && !done[0]) {
                    done[0] = true;
                    refused.incrementAndGet();
                    inFlight.release();
                    all.countDown();
                }
            }, closed::incrementAndGet));
        }
        all.await(900, TimeUnit.SECONDS);
        double openSeconds = (System.nanoTime() - t0) / 1e9;
        System.err.printf("idle: %d connected in %.1f s; holding %d s%n", connected.get(), openSeconds,
                o.holdSeconds());
        Thread.sleep(TimeUnit.SECONDS.toMillis(o.holdSeconds()));
        Memory after = memory(admin, pid);
        System.out.printf("Idle Socket.IO: %d connected (%d refused) in %.1f s, %d closed after holding %d s"
                        + " (Engine.IO pings answered)%n", connected.get(), refused.get(), openSeconds, closed.get(),
                o.holdSeconds());
        System.out.printf("Server memory, before: heap used after full GC %.0f MiB (committed %.0f MiB), RSS %.0f MiB%n",
                before.heapUsed / 1048576.0, before.heapCommitted / 1048576.0, before.rss / 1048576.0);
        System.out.printf("Server memory, with the connections: heap used after full GC %.0f MiB (committed %.0f MiB),"
                        + " RSS %.0f MiB; %.1f KiB heap per connection%n", after.heapUsed / 1048576.0,
                after.heapCommitted / 1048576.0, after.rss / 1048576.0,
                (after.heapUsed - before.heapUsed) / 1024.0 / Math.max(1, connected.get()));
        for (Ws w : sockets) {
            w.close();
        }
    }

    /** Runs a full collection in the app ({@code jcmd <pid> GC.run}) and gives it a second to settle. */
    private static void fullGc(long pid) throws Exception {
        Process gc = new ProcessBuilder("jcmd", Long.toString(pid), "GC.run").redirectErrorStream(true).start();
        gc.getInputStream().readAllBytes();
        gc.waitFor(60, TimeUnit.SECONDS);
        Thread.sleep(1000);
    }

    /** @return the app's {@code jvm.gc.<collector>.count} and {@code .time} (ms) gauges from the admin {@code /metrics} */
    private static java.util.Map<String, Long> gcTotals(String admin) throws Exception {
        String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(admin + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body().replace(" ", "");
        java.util.Map<String, Long> totals = new java.util.TreeMap<>();
        Matcher m = GC_GAUGE.matcher(metrics);
        while (m.find()) {
            totals.put(m.group(1), Long.parseLong(m.group(2)));
        }
        return totals;
    }

    record Memory(long heapUsed, long heapCommitted, long rss) {
    }

    private static Memory memory(String admin, long pid) throws Exception {
        fullGc(pid);
        String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(admin + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body().replace(" ", "");
        long rss = 0;
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        return new Memory(Long.parseLong(match(HEAP_USED, metrics)), Long.parseLong(match(HEAP_COMMITTED, metrics)),
                rss);
    }

    // -------------------------------------------------------------- helpers

    /** A JDK WebSocket that hands whole text frames to {@code onText} and serialises its sends. */
    static final class Ws implements WebSocket.Listener {
        private final java.util.function.BiConsumer<Ws, String> onText;
        private final Runnable onClose;
        private final StringBuilder partial = new StringBuilder();
        private volatile WebSocket socket;
        private CompletableFuture<?> last = CompletableFuture.completedFuture(null);

        private Ws(java.util.function.BiConsumer<Ws, String> onText, Runnable onClose) {
            this.onText = onText;
            this.onClose = onClose;
        }

        static Ws open(String url, java.util.function.BiConsumer<Ws, String> onText) {
            return open(url, onText, () -> { });
        }

        static Ws open(String url, java.util.function.BiConsumer<Ws, String> onText, Runnable onClose) {
            Ws ws = new Ws(onText, onClose);
            ws.socket = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30))
                    .buildAsync(URI.create(url), ws).join();
            return ws;
        }

        synchronized void send(String text) {
            WebSocket s = socket;
            if (s == null) {
                // open() has not returned yet (a frame arrived first): wait for it on a pool thread
                CompletableFuture.runAsync(() -> {
                    while (socket == null) {
                        Thread.onSpinWait();
                    }
                    send(text);
                });
                return;
            }
            last = last.handle((r, e) -> null).thenCompose(x -> s.sendText(text, true));
        }

        void close() {
            WebSocket s = socket;
            if (s != null) {
                s.abort();
            }
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            socket = webSocket;
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean lastPart) {
            partial.append(data);
            if (lastPart) {
                String text = partial.toString();
                partial.setLength(0);
                onText.accept(this, text);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            onClose.run();
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            onClose.run();
        }
    }

    private static List<String> login(List<String> emails, String password) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<String>> futures = new ArrayList<>();
        for (String email : emails) {
            futures.add(pool.submit(() -> {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                return match(TOKEN, r.body());
            }));
        }
        List<String> tokens = new ArrayList<>();
        for (var f : futures) {
            tokens.add(f.get());
        }
        pool.shutdown();
        return tokens;
    }

    /** @return the {@code sub} claim of a JWT access token (the user id) */
    private static String userId(String jwt) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        return match(Pattern.compile("\"sub\":\"([^\"]+)\""), payload);
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + ": " + r.statusCode() + " " + r.body());
        }
        return r;
    }

    private static String match(Pattern p, String text) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + p + " in " + text.substring(0, Math.min(300, text.length())));
        }
        return m.group(1);
    }

    private static long[] sorted(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, i)] / 1e6;
    }
}
