package io.ensemble.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import org.junit.jupiter.api.Test;

/** Issue 28: {@link WireLogFloor} holds wire-dumping loggers at INFO and leaves every other logger alone. */
class WireLogFloorTest {
    private final LoggerContext context = new LoggerContext();
    private final WireLogFloor floor = new WireLogFloor();

    private FilterReply decide(String logger, Level level) {
        return floor.decide(null, context.getLogger(logger), level, "m", null, null);
    }

    @Test
    void refuses_debug_and_trace_of_wire_loggers_whatever_their_configured_level() {
        context.getLogger("org.eclipse.jetty").setLevel(Level.ALL);
        for (String logger : new String[] {"org.eclipse.jetty.io.SocketChannelEndPoint", "org.eclipse.jetty",
                "jdk.internal.httpclient.debug", "org.eclipse.angus.mail.smtp.protocol",
                "org.postgresql.core.v3.QueryExecutorImpl", "io.lettuce.core.protocol.CommandHandler",
                "org.apache.http.wire", "org.glassfish.jersey.logging.LoggingFeature"}) {
            assertThat(decide(logger, Level.DEBUG)).as(logger).isEqualTo(FilterReply.DENY);
            assertThat(decide(logger, Level.TRACE)).as(logger).isEqualTo(FilterReply.DENY);
            assertThat(decide(logger, Level.INFO)).as(logger).isEqualTo(FilterReply.NEUTRAL);
            assertThat(decide(logger, Level.WARN)).as(logger).isEqualTo(FilterReply.NEUTRAL);
        }
    }

    @Test
    void leaves_the_services_own_and_other_loggers_to_their_configured_level() {
        for (String logger : new String[] {"io.ensemble.identity.AuthService", "org.eclipse.jettyx.Other",
                "org.glassfish.jersey.server.ServerRuntime", "com.zaxxer.hikari.pool.HikariPool", "ROOT"}) {
            assertThat(decide(logger, Level.TRACE)).as(logger).isEqualTo(FilterReply.NEUTRAL);
            assertThat(decide(logger, Level.DEBUG)).as(logger).isEqualTo(FilterReply.NEUTRAL);
        }
    }
}
