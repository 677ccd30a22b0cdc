package io.ensemble.app.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Finds a free local TCP port for a test server that is configured before it starts (GreenMail's
 * SMTP port, which the app's config names). The port is picked at random below the kernel's
 * ephemeral range ({@code /proc/sys/net/ipv4/ip_local_port_range}, 32768–60999 by default) and
 * checked by binding it: a port from the ephemeral range (what {@code new ServerSocket(0)} hands
 * out) can be taken again as the local port of any outgoing connection (PostgreSQL, Redis) before
 * the test server binds it, which once failed KillDuringSendsTest with "Address already in use".
 * A port is handed out once per JVM.
 */
public final class FreePort {
    private static final int LOWEST = 20_000;
    private static final Set<Integer> GIVEN = ConcurrentHashMap.newKeySet();

    private FreePort() {
    }

    /**
     * @return a port in [20000, start of the ephemeral range) that could be bound on 127.0.0.1 just now
     * @throws IllegalStateException when 200 random tries found none
     */
    public static int find() {
        int below = ephemeralStart();
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, below);
            if (!GIVEN.contains(port) && bindable(port) && GIVEN.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("No free port in [" + LOWEST + ", " + below + ")");
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** @return the first port of the kernel's ephemeral range, or 32768 where it cannot be read */
    private static int ephemeralStart() {
        try {
            String range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim();
            int start = Integer.parseInt(range.split("\\s+")[0]);
            return start > LOWEST + 1_000 ? start : 32_768;
        } catch (IOException | RuntimeException e) {
            return 32_768;
        }
    }
}
