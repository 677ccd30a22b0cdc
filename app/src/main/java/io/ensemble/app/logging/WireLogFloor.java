package io.ensemble.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Marker;

/**
 * Refuses DEBUG and TRACE events of the loggers that dump raw wire or protocol bytes (issue 28 "no tokens or
 * passwords in logs"), whatever {@code LOG_LEVEL} or {@code logging.loggers} say: Jetty's buffer dumps, the JDK
 * HTTP client's debug log, the mail protocol trace, the PostgreSQL driver's bind parameters, Redis command
 * traces and HTTP wire logs of provider SDKs hold request and response bodies, mail bodies and SQL parameters
 * in cut fragments that {@link SecretMasker} cannot recognise as secrets. INFO and above pass unchanged.
 */
public final class WireLogFloor extends TurboFilter {
    /** Logger name prefixes held at INFO. */
    public static final List<String> WIRE_LOGGERS = List.of(
            "org.eclipse.jetty",            // HTTP/WebSocket buffers, headers, bodies
            "jdk.internal.httpclient",      // JDK HttpClient debug: request lines, headers, bodies
            "jdk.httpclient",
            "sun.net.www.protocol.http",    // HttpURLConnection headers
            "org.eclipse.angus.mail",       // SMTP protocol trace: mail bodies with OTP codes
            "com.sun.mail",
            "jakarta.mail",
            "org.postgresql",               // Bind parameters: hashes and encrypted tokens
            "io.lettuce",                   // Redis commands and replies
            "io.netty",
            "org.apache.http",              // Apache HttpClient 4 wire and headers
            "org.apache.hc",                // Apache HttpClient 5 wire and headers
            "okhttp3",
            "com.stripe",
            "com.plaid",
            "org.glassfish.jersey.logging"  // Jersey LoggingFeature: entity bodies
    );

    private final Map<String, Boolean> wire = new ConcurrentHashMap<>();

    /** Names itself so {@link LogMasking} adds it once per logger context. */
    public WireLogFloor() {
        setName(WireLogFloor.class.getName());
    }

    /**
     * @param logger the logger of the event
     * @param level the event's level
     * @return {@link FilterReply#DENY} for DEBUG/TRACE on a wire logger, otherwise {@link FilterReply#NEUTRAL}
     */
    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                              Throwable t) {
        if (level == null || level.isGreaterOrEqual(Level.INFO) || logger == null) {
            return FilterReply.NEUTRAL;
        }
        return wire.computeIfAbsent(logger.getName(), WireLogFloor::isWire) ? FilterReply.DENY : FilterReply.NEUTRAL;
    }

    /**
     * @param name a logger name
     * @return whether it is, or lies under, one of {@link #WIRE_LOGGERS}
     */
    public static boolean isWire(String name) {
        for (String prefix : WIRE_LOGGERS) {
            if (name.equals(prefix) || name.startsWith(prefix + ".")) {
                return true;
            }
        }
        return false;
    }
}
