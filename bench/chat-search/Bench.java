import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Chat search latency harness (issue 27 §Search). Runs with the JDK alone ({@code java Bench.java});
 * see bench/README.md. For each query class it times {@code warmup} unmeasured then {@code rounds}
 * measured sequential requests of {@code GET /api/v1/chat/search} (one client, client-side wall time,
 * first page of 20) cycling through the class's queries, and prints p50/p99/max and the hits of the
 * last answer. Every answer must be 200.
 *
 * <p>Arguments: base URL, access token, a conversation id of the caller, warm-up rounds, measured rounds.
 */
public final class Bench {
    private record Case(String name, List<String> queries) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        String conversation = args[2];
        int warmup = Integer.parseInt(args[3]);
        int rounds = Integer.parseInt(args[4]);
        String monthsAgo = Instant.now().minus(Duration.ofDays(330)).toString();
        String recent = Instant.now().minus(Duration.ofDays(30)).toString();
        List<Case> cases = List.of(
                new Case("needle from months ago 'zanzibar'", List.of("q=zanzibar")),
                new Case("rare word (w40000-w49999)", words(40000, 10000, "")),
                new Case("medium word (w5000-w9999)", words(5000, 5000, "")),
                new Case("two words AND", List.of("q=" + enc("w20000 w30000"), "q=" + enc("w9000 w41000"),
                        "q=" + enc("w1234 w4321"))),
                new Case("medium word, one conversation", words(5000, 5000, "&conversationId=" + conversation)),
                new Case("medium word, last 30 days", words(5000, 5000, "&from=" + recent)),
                new Case("medium word, page 2 (cursor)", List.of()),
                new Case("short token 'w49' (trigram, inside words)", List.of("q=w49")),
                new Case("common word (w100-w199)", words(100, 100, "")));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        System.out.println("| query class | requests | p50 ms | p99 ms | max ms | hits on last page |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        List<Long> all = new ArrayList<>();
        for (Case c : cases) {
            List<String> queries = c.queries().isEmpty() ? secondPages(http, base, token) : c.queries();
            for (int i = 0; i < warmup; i++) {
                get(http, base, token, queries.get(i % queries.size()), new long[1]);
            }
            long[] nanos = new long[rounds];
            int hits = 0;
            for (int i = 0; i < rounds; i++) {
                long[] one = new long[1];
                hits = hitCount(get(http, base, token, queries.get((i * 7919) % queries.size()), one));
                nanos[i] = one[0];
                all.add(one[0]);
            }
            Arrays.sort(nanos);
            System.out.printf("| %s | %d | %.1f | %.1f | %.1f | %d |%n", c.name(), rounds, pct(nanos, 50),
                    pct(nanos, 99), nanos[nanos.length - 1] / 1e6, hits);
        }
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("| **all** | %d | %.1f | %.1f | %.1f | |%n", sorted.length, pct(sorted, 50),
                pct(sorted, 99), sorted[sorted.length - 1] / 1e6);
    }

    private static List<String> words(int from, int span, String extra) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            out.add("q=w" + (from + (i * 104729) % span) + extra);
        }
        return out;
    }

    /** The second page of 20 medium-word queries: their first pages' nextCursor. */
    private static List<String> secondPages(HttpClient http, String base, String token) throws Exception {
        List<String> out = new ArrayList<>();
        for (String q : words(5000, 5000, "").subList(0, 20)) {
            String body = get(http, base, token, q, new long[1]);
            int at = body.indexOf("\"nextCursor\":\"");
            if (at >= 0) {
                String cursor = body.substring(at + 14, body.indexOf('"', at + 14));
                out.add(q + "&cursor=" + cursor);
            }
        }
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static int hitCount(String body) {
        int n = 0;
        for (int at = body.indexOf("\"snippet\""); at >= 0; at = body.indexOf("\"snippet\"", at + 1)) {
            n++;
        }
        return n;
    }

    /** One request; its wall time goes to {@code took[0]}. @return the body; fails unless 200 */
    private static String get(HttpClient http, String base, String token, String query, long[] took)
            throws Exception {
        URI uri = URI.create(base + "/api/v1/chat/search?" + query);
        HttpRequest req = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(60)).GET().build();
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
        took[0] = System.nanoTime() - t0;
        if (r.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
