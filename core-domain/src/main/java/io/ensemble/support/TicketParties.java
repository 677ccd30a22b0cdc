package io.ensemble.support;

import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.outbox.Outbox;
import io.ensemble.shared.outbox.OutboxEvent;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Tells a ticket's parties it changed (issue 23 §3): one {@link SupportEvent.TicketChanged} outbox row
 * per party (requester, agent, and an agent just taken off it), in the caller's transaction, so the
 * relay pushes {@code ticket_updated} to each after commit.
 */
final class TicketParties {
    private final Outbox outbox;
    private final IdGenerator ids;

    TicketParties(Outbox outbox, IdGenerator ids) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /** Records the change for the parties of {@code ticket} and {@code formerAgent}. */
    void changed(Ticket ticket, Optional<UUID> formerAgent, Instant at) {
        Set<UUID> parties = new LinkedHashSet<>();
        parties.add(ticket.requesterId());
        ticket.agentId().ifPresent(parties::add);
        formerAgent.ifPresent(parties::add);
        for (UUID party : parties) {
            outbox.append(new OutboxEvent(ids.newId(), party, new SupportEvent.TicketChanged(ticket.id()), at));
        }
    }
}
