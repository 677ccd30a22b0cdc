package io.ensemble.support;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Persistence port for the support agents' availability (issue 23 §3). Joins the caller's transaction. */
public interface AgentRepository {
    /** An agent's availability: {@code statusAt} is when it was last set, {@code openTickets} how many they work on. */
    record Agent(UUID userId, AgentStatus status, Instant statusAt, int openTickets) {
    }

    /** Sets (creating the agent's row when absent) the agent's status at {@code at}. @return the agent now */
    Agent setStatus(UUID agentId, AgentStatus status, Instant at);

    /** @return the agent's row, when they ever set a status */
    Optional<Agent> find(UUID agentId);

    /**
     * @return agents not offline whose last socket closed (or, never connected, whose status was set)
     *     at or before {@code cutoff}
     */
    List<UUID> awaySince(Instant cutoff);

    /** @return whether {@code userId} is an account with role AGENT */
    boolean isAgent(UUID userId);

    /** Sets the agent offline unless they already are. @return whether it changed */
    boolean markOffline(UUID agentId, Instant at);
}
