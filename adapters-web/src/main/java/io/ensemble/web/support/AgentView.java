package io.ensemble.web.support;

import io.ensemble.support.AgentRepository;
import java.time.Instant;

/** A support agent's availability (issue 23 §3): {@code {agentId, status, statusAt, openTickets}}. */
public record AgentView(String agentId, String status, Instant statusAt, int openTickets) {

    /** @return the view of {@code a} */
    public static AgentView of(AgentRepository.Agent a) {
        return new AgentView(a.userId().toString(), a.status().code(), a.statusAt(), a.openTickets());
    }
}
