package io.ensemble.support;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.outbox.Outbox;
import io.ensemble.shared.transactions.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Support agents' availability (issue 23 §3): an AGENT sets their own status (another agent's is 403);
 * becoming {@code available} then assigns the queued tickets (in a transaction of its own); an agent whose last
 * socket closed {@link #AWAY_AFTER} ago (by the clock) is set {@code offline} by {@link #offlineWhenAway}.
 */
public final class AgentService {
    /** How long after their last socket closed an agent goes offline. */
    public static final Duration AWAY_AFTER = Duration.ofMinutes(5);

    private final AgentRepository agents;
    private final Assignment assignment;
    private final Transactions transactions;
    private final Clock clock;

    /** Wires the ports; {@code outbox} carries the pushes of tickets assigned from the queue. */
    public AgentService(AgentRepository agents, TicketRepository tickets, TicketConversations conversations,
                        Outbox outbox, Transactions transactions, IdGenerator ids, Clock clock) {
        this.agents = Objects.requireNonNull(agents, "agents");
        this.assignment = new Assignment(tickets, conversations, new TicketParties(outbox, ids));
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Sets {@code agentId}'s status; {@code available} then assigns queued tickets, oldest first.
     *
     * @return the agent's availability now
     * @throws Forbidden when the caller is not an AGENT or {@code agentId} is someone else
     * @throws ValidationFailed naming {@code status}
     */
    public AgentRepository.Agent setStatus(Caller caller, UUID agentId, String status) {
        requireSelf(caller, agentId);
        AgentStatus s = AgentStatus.parse(status).orElseThrow(() -> new ValidationFailed(List.of(
                new FieldError("status", "must be one of available, busy, offline"))));
        Instant now = now();
        AgentRepository.Agent agent = transactions.inTransaction(() -> agents.setStatus(agentId, s, now));
        if (s != AgentStatus.AVAILABLE) {
            return agent;
        }
        // a transaction of its own, which takes agent locks only in the assignment's order (no deadlock)
        transactions.run(() -> assignment.drainQueue(now));
        return agents.find(agentId).orElse(agent);
    }

    /**
     * @return the caller's availability ({@code offline} with no open tickets when never set)
     * @throws Forbidden when the caller is not an AGENT
     */
    public AgentRepository.Agent status(Caller caller) {
        requireSelf(caller, caller.userId());
        return agents.find(caller.userId()).orElseGet(() -> new AgentRepository.Agent(caller.userId(),
                AgentStatus.OFFLINE, now(), 0));
    }

    /**
     * Sets offline every agent not offline whose last socket closed (or whose status was set, when they
     * have no socket) at least {@link #AWAY_AFTER} ago and who is not online now.
     *
     * @param online whether a user has an open socket on some node (the realtime presence)
     * @return how many agents went offline
     */
    public int offlineWhenAway(Predicate<UUID> online) {
        Instant now = now();
        int changed = 0;
        for (UUID agent : agents.awaySince(now.minus(AWAY_AFTER))) {
            if (!online.test(agent) && agents.markOffline(agent, now)) {
                changed++;
            }
        }
        return changed;
    }

    private static void requireSelf(Caller caller, UUID agentId) {
        if (!caller.is(Role.AGENT)) {
            throw new Forbidden("Only support agents have a status.");
        }
        if (!caller.userId().equals(agentId)) {
            throw new Forbidden("Agents set their own status only.");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
