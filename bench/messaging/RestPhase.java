import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/** Phase {@code rest} of {@link Bench}: REST send throughput (closed loop), then latency at 50 % of it (open loop). */
final class RestPhase {
    private RestPhase() {
    }

    /** Runs the phase; its figures go to stdout, progress to stderr. */
    static void run(Bench.Options o, List<String> tokens, List<String> conversations) throws Exception {
        System.err.printf("rest: %d closed-loop clients, 5 s warm-up + %d s%n", o.threads(), o.restSeconds());
        closedLoop(o, tokens, conversations, 5);
        long[] done = closedLoop(o, tokens, conversations, o.restSeconds());
        double peak = done[0] / (double) o.restSeconds();
        System.out.printf("REST send, closed loop, %d clients: %d messages in %d s = %.0f msgs/s (%d errors)%n",
                o.threads(), done[0], o.restSeconds(), peak, done[1]);
        int rate = (int) Math.max(1, peak / 2);
        List<Long> lat = openLoop(rate, o.restSeconds(), tokens, conversations, o.threads());
        long[] s = Bench.sorted(lat);
        System.out.printf("REST send, open loop at %d msgs/s (50%% of peak): %d requests, p50 %.1f ms, p99 %.1f ms, "
                + "max %.1f ms%n", rate, s.length, Bench.pct(s, 50), Bench.pct(s, 99), s[s.length - 1] / 1e6);
    }

    /** @return {successful sends, errors} of {@code threads} sequential clients over {@code seconds} */
    private static long[] closedLoop(Bench.Options o, List<String> tokens, List<String> conversations, int seconds)
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
                        HttpResponse<String> r = Bench.HTTP.send(post(conversations.get(c), tokens.get(c)),
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
            pending.add(Bench.HTTP.sendAsync(post(conversations.get(c), tokens.get(c)), HttpResponse.BodyHandlers.ofString())
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
        return HttpRequest.newBuilder(URI.create(Bench.base + "/api/v1/chat/conversations/" + conversation + "/messages"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString("{\"content\":\"bench message " + System.nanoTime() + "\"}"))
                .build();
    }
}
