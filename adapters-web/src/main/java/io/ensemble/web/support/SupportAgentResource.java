package io.ensemble.web.support;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.support.AgentService;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.PathIds;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;

/**
 * Support agents' availability (issue 23 §3) under {@code /api/v1/support/agents}: an AGENT reads and sets
 * their own ({@code available|busy|offline}; becoming available assigns queued tickets). Anyone else, and
 * an agent naming another agent, gets 403.
 */
@Path("/api/v1/support/agents")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class SupportAgentResource {
    private final AgentService agents;

    /** @param agents the agents' availability use cases */
    public SupportAgentResource(AgentService agents) {
        this.agents = Objects.requireNonNull(agents, "agents");
    }

    /** The caller's availability ({@code offline} until first set). */
    @GET
    @Path("/me/status")
    @Timed
    @ErrorCodes({})
    public ApiResponse<AgentView> mine(@Auth Caller caller) {
        return ApiResponse.ok("Agent status", AgentView.of(agents.status(caller)));
    }

    /** Sets the caller's availability. */
    @PUT
    @Path("/me/status")
    @Timed
    @ErrorCodes({})
    public ApiResponse<AgentView> setMine(@Auth Caller caller, SupportBodies.Status body) {
        return set(caller, caller.userId(), body);
    }

    /** Sets an agent's availability: only their own (another agent's is 403). */
    @PUT
    @Path("/{agentId}/status")
    @Timed
    @ErrorCodes({})
    public ApiResponse<AgentView> setOne(@Auth Caller caller, @PathParam("agentId") String agentId,
                                         SupportBodies.Status body) {
        return set(caller, PathIds.uuid(agentId), body);
    }

    private ApiResponse<AgentView> set(Caller caller, java.util.UUID agentId, SupportBodies.Status body) {
        SupportBodies.Status b = Objects.requireNonNullElse(body, SupportBodies.Status.EMPTY);
        return ApiResponse.ok("Agent status set", AgentView.of(agents.setStatus(caller, agentId, b.status())));
    }
}
