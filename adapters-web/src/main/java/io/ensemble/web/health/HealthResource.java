package io.ensemble.web.health;

import com.codahale.metrics.annotation.Timed;
import io.ensemble.web.http.Answers;
import io.ensemble.web.http.ErrorCodes;
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
 * database, or a configured Redis, is down (issue 29 §5), for load balancers; its 503 body adds
 * {@code unavailable}, the names of what does not answer ({@code database}, {@code redis}).
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
    @Answers(value = Map.class, envelope = false)
    @ErrorCodes({})
    public Response health() {
        return answer(probe.databaseUp());
    }

    @GET
    @Path("ready")
    @Timed
    @Answers(value = Map.class, envelope = false)
    @ErrorCodes({})
    public Response ready() {
        java.util.List<String> down = new java.util.ArrayList<>();
        if (!probe.databaseUp()) {
            down.add("database");
        }
        down.addAll(probe.unavailable());
        boolean up = probe.started() && down.isEmpty();
        Response answer = answer(up);
        if (up) {
            return answer;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) answer.getEntity();
        body.put("unavailable", probe.started() ? down : java.util.List.of("starting"));
        return answer;
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
