package io.ensemble.events.fakes;

import io.ensemble.events.Ticket;
import io.ensemble.events.TicketRepository;
import io.ensemble.events.TicketStatus;
import io.ensemble.testing.Snapshottable;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** In-memory {@link TicketRepository}. */
public final class InMemoryTickets implements TicketRepository, Snapshottable {
    private final Map<UUID, Ticket> rows = new LinkedHashMap<>();

    @Override
    public void insert(Ticket ticket) {
        rows.put(ticket.id(), ticket);
    }

    @Override
    public Optional<Ticket> findById(UUID ticketId) {
        return Optional.ofNullable(rows.get(ticketId));
    }

    @Override
    public Optional<Ticket> findHeld(UUID eventId, UUID userId) {
        return rows.values().stream().filter(t -> t.eventId().equals(eventId) && t.userId().equals(userId)
                && t.status().holdsSeat()).findFirst();
    }

    @Override
    public Optional<Ticket> findByCode(UUID eventId, String code) {
        return rows.values().stream().filter(t -> t.eventId().equals(eventId) && t.code().equals(code)).findFirst();
    }

    @Override
    public long countPending(UUID eventId) {
        return rows.values().stream().filter(t -> t.eventId().equals(eventId) && t.status() == TicketStatus.PENDING)
                .count();
    }

    @Override
    public List<Ticket> held(UUID eventId) {
        return rows.values().stream().filter(t -> t.eventId().equals(eventId) && t.status().holdsSeat())
                .sorted(Comparator.comparing(Ticket::createdAt)).toList();
    }

    @Override
    public boolean transition(UUID ticketId, TicketStatus from, TicketStatus to, Optional<String> refundRef,
                              Instant at) {
        Ticket t = rows.get(ticketId);
        if (t == null || t.status() != from) {
            return false;
        }
        rows.put(ticketId, new Ticket(t.id(), t.eventId(), t.userId(), t.code(), to, t.price(), t.provider(),
                t.providerRef(), refundRef.or(t::refundRef), t.usedAt(), t.createdAt(), at));
        return true;
    }

    @Override
    public boolean markUsed(UUID ticketId, Instant at) {
        Ticket t = rows.get(ticketId);
        if (t == null || t.status() != TicketStatus.PAID || t.usedAt().isPresent()) {
            return false;
        }
        rows.put(ticketId, new Ticket(t.id(), t.eventId(), t.userId(), t.code(), t.status(), t.price(), t.provider(),
                t.providerRef(), t.refundRef(), Optional.of(at), t.createdAt(), at));
        return true;
    }

    @Override
    public Runnable snapshot() {
        Map<UUID, Ticket> copy = new LinkedHashMap<>(rows);
        return () -> {
            rows.clear();
            rows.putAll(copy);
        };
    }
}
