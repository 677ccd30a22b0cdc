import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Discovery latency harness (issue 5 §6). Runs with the JDK alone ({@code java Bench.java}); see
 * bench/README.md. For each filter combination it walks 3 pages of 20 (following nextCursor),
 * first {@code warmup} times unmeasured, then {@code rounds} times measured, and prints the
 * p50/p99 of single HTTP requests (client-side wall time, one client, sequential).
 *
 * <p>Arguments: base URL, SALON token, INFLUENCER token, BRAND token, warm-up rounds, measured rounds.
 */
public final class Bench {
    private static final Pattern NEXT = Pattern.compile("\"nextCursor\":(null|\"([^\"]*)\")");

    record Combo(String name, String route, String token, String query) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String salon = args[1];
        String influencer = args[2];
        String brand = args[3];
        int warmup = Integer.parseInt(args[4]);
        int rounds = Integer.parseInt(args[5]);
        List<Combo> combos = List.of(
                new Combo("no filter (influencers)", "influencers", salon, ""),
                new Combo("category only", "influencers", salon, "categories=hair"),
                new Combo("category + region", "influencers", salon, "categories=hair&region=Lagos"),
                new Combo("followers range", "influencers", salon, "minFollowers=10000&maxFollowers=100000"),
                new Combo("category + region + followers", "salons", influencer,
                        "categories=nails,spa&region=London&minFollowers=1000"),
                new Combo("search typo 'glw studo'", "salons", influencer, "search=glw%20studo"),
                new Combo("search typo + category", "salons", influencer, "search=glw%20studo&categories=nails"),
                new Combo("search name 'mia okafr' + region", "creators", brand, "search=mia%20okafr&region=Paris"),
                new Combo("creators category + followers", "creators", brand,
                        "categories=fitness&categories=food&minFollowers=50000"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<Combo, long[]> results = new LinkedHashMap<>();
        for (Combo c : combos) {
            for (int i = 0; i < warmup; i++) {
                walk(http, base, c, null);
            }
        }
        for (Combo c : combos) {
            List<Long> nanos = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                walk(http, base, c, nanos);
            }
            results.put(c, nanos.stream().mapToLong(Long::longValue).sorted().toArray());
        }
        System.out.println("| combination | route | requests | p50 ms | p99 ms | max ms |");
        System.out.println("|---|---|---:|---:|---:|---:|");
        for (var e : results.entrySet()) {
            long[] s = e.getValue();
            System.out.printf("| %s | `%s?%s` | %d | %.1f | %.1f | %.1f |%n", e.getKey().name(), e.getKey().route(),
                    e.getKey().query(), s.length, pct(s, 50), pct(s, 99), s[s.length - 1] / 1e6);
        }
        long[] all = results.values().stream().flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf("| **all** | | %d | %.1f | %.1f | %.1f |%n", all.length, pct(all, 50), pct(all, 99),
                all[all.length - 1] / 1e6);
    }

    /** Fetches up to 3 pages of 20; records each request's latency into {@code nanos} when given. */
    private static void walk(HttpClient http, String base, Combo c, List<Long> nanos) throws Exception {
        String cursor = null;
        for (int page = 0; page < 3; page++) {
            String q = c.query() + (c.query().isEmpty() ? "" : "&") + "limit=20"
                    + (cursor == null ? "" : "&cursor=" + cursor);
            HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/v1/discovery/" + c.route() + "?" + q))
                    .header("Authorization", "Bearer " + c.token()).timeout(Duration.ofSeconds(30)).GET().build();
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - t0;
            if (r.statusCode() != 200) {
                throw new IllegalStateException(c.name() + ": " + r.statusCode() + " " + r.body());
            }
            if (nanos != null) {
                nanos.add(took);
            }
            Matcher m = NEXT.matcher(r.body());
            cursor = m.find() && m.group(2) != null ? m.group(2) : null;
            if (cursor == null) {
                return;
            }
        }
    }

    private static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, i)] / 1e6;
    }
}
