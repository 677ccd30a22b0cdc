package io.ensemble.app.wiring;

import io.dropwizard.jersey.setup.JerseyEnvironment;
import io.ensemble.app.jobs.Jobs;
import io.ensemble.app.jobs.QuietJob;
import io.ensemble.app.outbox.OutboxHandlers;
import io.ensemble.messaging.RealtimeBus;
import io.ensemble.messaging.SystemMessages;
import io.ensemble.notifications.PresenceProbe;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.support.AgentService;
import io.ensemble.support.MessagingTicketConversations;
import io.ensemble.support.SupportEvent;
import io.ensemble.support.Ticket;
import io.ensemble.support.TicketService;
import io.ensemble.support.TicketWorkflow;
import io.ensemble.web.support.SupportAgentResource;
import io.ensemble.web.support.SupportTicketResource;
import io.ensemble.web.support.SupportTicketView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Wires the support desk (issue 23 §3): tickets whose threads are messaging conversations (through
 * messaging's {@link SystemMessages}, never its repositories), agents' availability, the
 * {@value #AWAY_JOB} job (agents whose last socket closed 5 minutes ago go offline, by the realtime
 * presence) and the live push of ticket changes ({@code ticket_updated {ticket}} to {@code user:{party}}).
 */
public final class SupportWiring {
    /** The job that sets away agents offline; also its admin task's name. */
    public static final String AWAY_JOB = "support-agents-away";
    /** How often agents' presence is checked. */
    static final Duration AWAY_INTERVAL = Duration.ofMinutes(1);
    /** The socket event a party receives when a ticket changed. */
    public static final String TICKET_UPDATED = "ticket_updated";

    private SupportWiring() {
    }

    /** What the outbox relay does with support events: push the ticket as it now is to the row's recipient. */
    public record Push(Function<UUID, Optional<Ticket>> tickets, RealtimeBus bus) {
        /** @return {@code handlers} with the support events' handler added */
        public OutboxHandlers registerOn(OutboxHandlers handlers) {
            return handlers.on(SupportEvent.class, (row, event) -> {
                if (event instanceof SupportEvent.TicketChanged changed) {
                    tickets.apply(changed.ticketId()).ifPresent(t -> bus.publish(RealtimeBus.userRoom(
                            row.recipientId()), TICKET_UPDATED, Map.of("ticket", SupportTicketView.of(t))));
                }
            });
        }
    }

    /**
     * Builds the support use cases over {@code db}, registers their routes and the away job.
     *
     * @param presence whether a user has an open socket on some node (the realtime gateway's signals)
     * @param bus where ticket changes are pushed after commit
     * @return the outbox handler of support events, for {@link OutboxWiring}
     */
    public static Push register(JerseyEnvironment jersey, Persistence db, Jobs jobs, PresenceProbe presence,
                                RealtimeBus bus, IdGenerator ids, Clock clock) {
        var conversations = new MessagingTicketConversations(new SystemMessages(db.conversations, db.messages,
                db.outbox, ids));
        var tickets = new TicketService(db.supportTickets, conversations, db.outbox, db.transactions, ids, clock);
        var workflow = new TicketWorkflow(db.supportTickets, db.supportAgents, conversations, db.outbox,
                db.transactions, ids, clock);
        var agents = new AgentService(db.supportAgents, db.supportTickets, conversations, db.outbox,
                db.transactions, ids, clock);
        jersey.register(new SupportTicketResource(tickets, workflow));
        jersey.register(new SupportAgentResource(agents));
        jobs.every(AWAY_JOB, AWAY_INTERVAL, (QuietJob) (Instant now) -> {
            int n = agents.offlineWhenAway(presence::isOnline);
            return n == 0 ? QuietJob.IDLE : n + " agents went offline";
        });
        return new Push(db.supportTickets::find, bus);
    }
}
