package io.ensemble.web.health;

import com.codahale.metrics.annotation.Timed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Liveness and readiness on the API port. {@code GET /health} answers seed 001's shape
 * {@code {status, timestamp, uptime (seconds, fractional)}}: 200 "ok", or 503 "unavailable" when the
 * database does not answer. {@code GET /ready} is 503 until start-up finished and while the
 * database is down, for load balancers.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class HealthResource {
    private final HealthProbe probe;
    private final Clock clock;
    private final Instant startedAt;

    public HealthResource(HealthProbe probe, Clock clock) {
        this.probe = probe;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    @GET
    @Path("health")
    @Timed
    public Response health() {
        return answer(probe.databaseUp());
    }

    @GET
    @Path("ready")
    @Timed
    public Response ready() {
        return answer(probe.started() && probe.databaseUp());
    }

    private Response answer(boolean up) {
        Instant now = clock.instant();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "ok" : "unavailable");
        body.put("timestamp", now.toString());
        body.put("uptime", Duration.between(startedAt, now).toMillis() / 1000.0);
        return Response.status(up ? 200 : 503).entity(body).build();
    }
}
