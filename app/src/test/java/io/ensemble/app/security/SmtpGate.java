package io.ensemble.app.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP gate in front of the test SMTP server: while {@link #hold() held}, connections are accepted
 * but get no bytes (the mail server "hangs"); {@link #release()} relays them, and later ones, to the
 * real server. It counts the SMTP sessions a client gave up on while held, which shows whether a
 * request path waited on the mail server (issue 28 §4).
 */
final class SmtpGate implements AutoCloseable {
    private final ServerSocket server;
    private final int upstreamPort;
    private final AtomicBoolean held = new AtomicBoolean();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger abandonedWhileHeld = new AtomicInteger();

    /** @param upstreamPort the real SMTP server on 127.0.0.1 */
    SmtpGate(int upstreamPort) {
        this.upstreamPort = upstreamPort;
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::acceptLoop, "smtp-gate");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** From now on, new and waiting connections get no bytes until {@link #release()}. */
    void hold() {
        held.set(true);
    }

    /** Relays held connections, and every later one, to the real server. */
    void release() {
        held.set(false);
    }

    /** @return how many connections the gate accepted so far */
    int accepted() {
        return accepted.get();
    }

    /** @return how many clients closed their connection while the gate held it (gave up waiting) */
    int abandonedWhileHeld() {
        return abandonedWhileHeld.get();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                accepted.incrementAndGet();
                Thread t = new Thread(() -> serve(client), "smtp-gate-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            ByteArrayOutputStream early = new ByteArrayOutputStream();
            client.setSoTimeout(50);
            InputStream in = client.getInputStream();
            while (held.get()) {
                try {
                    int b = in.read();
                    if (b < 0) {
                        abandonedWhileHeld.incrementAndGet();
                        return;
                    }
                    early.write(b);
                } catch (SocketTimeoutException e) {
                    // still held: keep waiting
                } catch (IOException e) {
                    abandonedWhileHeld.incrementAndGet();
                    return;
                }
            }
            client.setSoTimeout(0);
            try (Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort)) {
                upstream.getOutputStream().write(early.toByteArray());
                Thread up = new Thread(() -> pipe(in, output(upstream)), "smtp-gate-up");
                up.setDaemon(true);
                up.start();
                pipe(upstream.getInputStream(), client.getOutputStream());
                up.join(5_000);
            }
        } catch (IOException e) {
            // the client or the server hung up
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static OutputStream output(Socket socket) {
        try {
            return socket.getOutputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pipe(InputStream from, OutputStream to) {
        byte[] buf = new byte[8192];
        try {
            for (int n; (n = from.read(buf)) >= 0; ) {
                to.write(buf, 0, n);
                to.flush();
            }
        } catch (IOException e) {
            // one side closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
