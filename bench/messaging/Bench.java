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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Messaging load harness (issue 4 §5), JDK only: bench/messaging/run.sh compiles this folder with
 * {@code javac}, prepares the app and the accounts and runs it; bench/README.md records the results.
 * Three phases, one class each ({@link RestPhase}, {@link DeliveryPhase}, {@link IdlePhase}):
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
    static final Pattern TOKEN = Pattern.compile("\"accessToken\":\"([^\"]+)\"");
    static final Pattern ID = Pattern.compile("\"data\":\\{\"id\":\"([^\"]+)\"");
    static final Pattern ERROR_CODE = Pattern.compile("\"code\":\"([A-Z_]+)\"");

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

    /**
     * Every HTTP call and WebSocket of the load generator. Its callbacks run on the client's own selector
     * thread (a direct executor: they only parse a frame and count), not handed to a pool: on the benchmark's
     * virtual machine each hand-off (a futex wake-up) costs CPU the app and PostgreSQL share.
     */
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .executor(Runnable::run).build();
    static String base;

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
            RestPhase.run(o, tokens, conversations);
        }
        if (o.phases().contains("delivery")) {
            DeliveryPhase.run(o, tokens, conversations, admin, pid);
        }
        if (o.phases().contains("idle")) {
            IdlePhase.run(o, tokens.subList(0, o.idleUsers()), admin, pid);
        }
        System.exit(0);
    }

    // -------------------------------------------------------------- helpers

    /** Runs a full collection in the app ({@code jcmd <pid> GC.run}) and gives it a second to settle. */
    static void fullGc(long pid) throws Exception {
        Process gc = new ProcessBuilder("jcmd", Long.toString(pid), "GC.run").redirectErrorStream(true).start();
        gc.getInputStream().readAllBytes();
        gc.waitFor(60, TimeUnit.SECONDS);
        Thread.sleep(1000);
    }

    static List<String> login(List<String> emails, String password) throws Exception {
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
    static String userId(String jwt) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        return match(Pattern.compile("\"sub\":\"([^\"]+)\""), payload);
    }

    /** @return the app's admin {@code /metrics} JSON, spaces removed so gauges match one pattern */
    static String metrics(String admin) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(admin + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body().replace(" ", "");
    }

    static HttpResponse<String> get(String path, String token) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + ": " + r.statusCode() + " " + r.body());
        }
        return r;
    }

    static String match(Pattern p, String text) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + p + " in " + text.substring(0, Math.min(300, text.length())));
        }
        return m.group(1);
    }

    static long[] sorted(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, i)] / 1e6;
    }
}
