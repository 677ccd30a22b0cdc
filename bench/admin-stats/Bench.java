import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * Admin dashboard latency harness (issue 20 §3). Runs with the JDK alone ({@code java Bench.java});
 * see bench/README.md. For a 30-day and a 366-day range ending today it times the first (cold) request,
 * then {@code warmup} unmeasured and {@code rounds} measured sequential requests of
 * {@code GET /api/v1/admin/dashboard/stats}, and prints p50/p99/max (client-side wall time, one client).
 *
 * <p>Arguments: base URL, ADMIN access token, warm-up rounds, measured rounds.
 */
public final class Bench {
    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        int warmup = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        System.out.println("| range | cold first request ms | requests | p50 ms | p99 ms | max ms | response bytes |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (int days : new int[] {30, 366}) {
            String query = "?from=" + today.minusDays(days - 1) + "&to=" + today;
            URI uri = URI.create(base + "/api/v1/admin/dashboard/stats" + query);
            long[] first = new long[1];
            int bytes = get(http, uri, token, first);
            for (int i = 0; i < warmup; i++) {
                get(http, uri, token, new long[1]);
            }
            long[] nanos = new long[rounds];
            for (int i = 0; i < rounds; i++) {
                long[] one = new long[1];
                get(http, uri, token, one);
                nanos[i] = one[0];
            }
            Arrays.sort(nanos);
            System.out.printf("| %d days | %.1f | %d | %.1f | %.1f | %.1f | %d |%n", days, first[0] / 1e6, rounds,
                    pct(nanos, 50), pct(nanos, 99), nanos[nanos.length - 1] / 1e6, bytes);
        }
    }

    /** One request; its wall time goes to {@code took[0]}. @return the body's length; fails unless 200 */
    private static int get(HttpClient http, URI uri, String token, long[] took) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30)).GET().build();
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
        took[0] = System.nanoTime() - t0;
        if (r.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body().length();
    }

    private static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
