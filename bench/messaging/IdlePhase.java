import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/** Phase {@code idle} of {@link Bench}: many idle Socket.IO connections; the server's heap and RSS before and with them. */
final class IdlePhase {
    private static final Pattern HEAP_USED = Pattern.compile("\"jvm\\.memory\\.heap\\.used\":\\{\"value\":(\\d+)");
    private static final Pattern HEAP_COMMITTED =
            Pattern.compile("\"jvm\\.memory\\.heap\\.committed\":\\{\"value\":(\\d+)");

    private IdlePhase() {
    }

    /** Runs the phase; its figures go to stdout, progress to stderr. */
    static void run(Bench.Options o, List<String> tokens, String admin, long pid) throws Exception {
        Memory before = memory(admin, pid);
        System.err.printf("idle: opening %d Socket.IO connections for %d users%n", o.idle(), tokens.size());
        String url = Bench.base.replaceFirst("^http", "ws") + "/socket.io/?EIO=4&transport=websocket";
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

    record Memory(long heapUsed, long heapCommitted, long rss) {
    }

    private static Memory memory(String admin, long pid) throws Exception {
        Bench.fullGc(pid);
        String metrics = Bench.metrics(admin);
        long rss = 0;
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        return new Memory(Long.parseLong(Bench.match(HEAP_USED, metrics)), Long.parseLong(Bench.match(HEAP_COMMITTED, metrics)),
                rss);
    }
}
