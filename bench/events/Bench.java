import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Event search latency harness (issue 21 §1). Runs with the JDK alone ({@code java Bench.java}); see
 * bench/README.md. For each filter combination, {@code clients} concurrent clients walk pages of 20 of
 * {@code GET /api/v1/events} (following {@code nextCursor}, up to 3 pages, then from the first page again)
 * for {@code warmup} seconds unmeasured and {@code seconds} seconds measured; it prints p50/p99/max of
 * single requests (client-side wall time) and the throughput.
 *
 * <p>Arguments: base URL, token, host id (for the host filter), warm-up seconds, measured seconds, clients,
 * and optionally a substring: only combinations whose name contains it run.
 */
public final class Bench {
    private static final Pattern NEXT = Pattern.compile("\"nextCursor\":(null|\"([^\"]*)\")");

    record Combo(String name, String query) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        String host = args[2];
        int warmup = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        int clients = Integer.parseInt(args[5]);
        String only = args.length > 6 ? args[6] : "";
        Instant day = Instant.now().truncatedTo(ChronoUnit.DAYS);
        String from = day.plus(30, ChronoUnit.DAYS).toString();
        String to = day.plus(60, ChronoUnit.DAYS).toString();
        String la = "near=34.05,-118.24&radiusKm=50";
        List<Combo> combos = List.of(
                new Combo("no filter (upcoming)", ""),
                new Combo("text broad 'rooftop'", "q=rooftop"),
                new Combo("text 'party'", "q=party"),
                new Combo("text two words 'beach rave'", "q=beach%20rave"),
                new Combo("text rare '4242'", "q=4242"),
                new Combo("text typo 'rooftp' (trigram)", "q=rooftp"),
                new Combo("date range (30 days)", "from=" + from + "&to=" + to),
                new Combo("near LA 50 km (distance)", la),
                new Combo("near 500 km (distance)", "near=39.74,-104.99&radiusKm=500"),
                new Combo("tags", "tags=jazz"),
                new Combo("tags two", "tags=jazz,latin"),
                new Combo("featured only", "featured=true"),
                new Combo("host", "hostId=" + host),
                new Combo("text + near", "q=party&" + la),
                new Combo("text + date", "q=rooftop&from=" + from + "&to=" + to),
                new Combo("text + tags", "q=party&tags=house"),
                new Combo("tags + date", "tags=jazz&from=" + from + "&to=" + to),
                new Combo("near + date", la + "&from=" + from + "&to=" + to),
                new Combo("near + tags", la + "&tags=jazz"),
                new Combo("featured + text", "featured=true&q=rooftop"),
                new Combo("host + date", "hostId=" + host + "&from=" + from + "&to=" + to),
                new Combo("text + near + date + tags",
                        "q=party&" + la + "&from=" + from + "&to=" + to + "&tags=house"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        Map<Combo, long[]> results = new LinkedHashMap<>();
        for (Combo c : combos) {
            if (!c.name().contains(only)) {
                continue;
            }
            run(pool, http, base, token, c, clients, warmup, null);
            List<Long> nanos = java.util.Collections.synchronizedList(new ArrayList<>());
            run(pool, http, base, token, c, clients, seconds, nanos);
            results.put(c, nanos.stream().mapToLong(Long::longValue).sorted().toArray());
        }
        pool.shutdown();
        System.out.println("| combination | query | requests | req/s | p50 ms | p99 ms | max ms |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|");
        for (var e : results.entrySet()) {
            long[] s = e.getValue();
            System.out.printf("| %s | `%s` | %d | %.0f | %.1f | %.1f | %.1f |%n", e.getKey().name(),
                    e.getKey().query().replace(from, "+30d").replace(to, "+60d").replace(host, "<host>"),
                    s.length, s.length / (double) seconds, pct(s, 50), pct(s, 99), s[s.length - 1] / 1e6);
        }
        long[] all = results.values().stream().flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf("| **all** | | %d | | %.1f | %.1f | %.1f |%n", all.length, pct(all, 50), pct(all, 99),
                all[all.length - 1] / 1e6);
    }

    /** {@code clients} loops walking pages for {@code seconds}; records latencies into {@code nanos} when given. */
    private static void run(ExecutorService pool, HttpClient http, String base, String token, Combo c, int clients,
                            int seconds, List<Long> nanos) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<?>> running = new ArrayList<>();
        AtomicLong pages = new AtomicLong();
        for (int i = 0; i < clients; i++) {
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    walk(http, base, token, c, nanos, pages);
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
    }

    private static void walk(HttpClient http, String base, String token, Combo c, List<Long> nanos, AtomicLong pages)
            throws Exception {
        String cursor = null;
        for (int page = 0; page < 3; page++) {
            String q = c.query() + (c.query().isEmpty() ? "" : "&") + "limit=20"
                    + (cursor == null ? "" : "&cursor=" + cursor);
            HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/v1/events?" + q))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build();
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - t0;
            if (r.statusCode() != 200) {
                throw new IllegalStateException(c.name() + ": " + r.statusCode() + " " + r.body());
            }
            if (nanos != null) {
                nanos.add(took);
            }
            pages.incrementAndGet();
            Matcher m = NEXT.matcher(r.body());
            cursor = m.find() && m.group(2) != null ? m.group(2) : null;
            if (cursor == null) {
                return;
            }
        }
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, i)] / 1e6;
    }
}
