package io.ensemble.app.supportdesk;

import io.ensemble.app.support.SharedDatabase;
import io.ensemble.app.support.Sql;
import io.ensemble.identity.AccountStatus;
import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.identity.User;
import io.ensemble.messaging.SystemMessages;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiTransactions;
import io.ensemble.persistence.identity.JdbiUserRepository;
import io.ensemble.persistence.messaging.JdbiConversationRepository;
import io.ensemble.persistence.messaging.JdbiMessageRepository;
import io.ensemble.persistence.outbox.JdbiOutbox;
import io.ensemble.persistence.support.JdbiAgentRepository;
import io.ensemble.persistence.support.JdbiTicketRepository;
import io.ensemble.shared.ids.UuidV7Generator;
import io.ensemble.support.AgentService;
import io.ensemble.support.MessagingTicketConversations;
import io.ensemble.support.TicketService;
import java.time.Clock;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * The support use cases over the real JDBI adapters on the shared test database, with a chosen clock
 * (for the tests that move time or race many transactions without the HTTP edge).
 */
final class SupportDesk {
    final JdbiHandles handles = new JdbiHandles(Jdbi.create(SharedDatabase.get().dataSource()));
    final JdbiTicketRepository tickets = new JdbiTicketRepository(handles);
    final JdbiAgentRepository agents = new JdbiAgentRepository(handles);
    final TicketService ticketService;
    final AgentService agentService;
    private final Clock clock;

    SupportDesk(Clock clock) {
        this.clock = clock;
        var ids = new UuidV7Generator(clock);
        var outbox = new JdbiOutbox(handles);
        var transactions = new JdbiTransactions(handles);
        var conversations = new MessagingTicketConversations(new SystemMessages(new JdbiConversationRepository(handles),
                new JdbiMessageRepository(handles), outbox, ids));
        ticketService = new TicketService(tickets, conversations, outbox, transactions, ids, clock);
        agentService = new AgentService(agents, tickets, conversations, outbox, transactions, ids, clock);
    }

    /**
     * Sets every agent other tests left behind offline and closes the tickets they left queued, so only
     * this test's agents receive only this test's tickets.
     */
    static void othersOffline() {
        Sql.execute("UPDATE support_agents SET status = 'offline'");
        Sql.execute("UPDATE support_tickets SET status = 'closed' WHERE agent_id IS NULL AND status = 'open'");
    }

    /** @return a signed-in caller of a new ACTIVE account with {@code role} */
    Caller user(Role role) {
        UUID id = UUID.randomUUID();
        new JdbiUserRepository(handles).create(new User(id, id + "@example.com", "Support " + id, role,
                AccountStatus.ACTIVE, true, "hash", clock.instant(), clock.instant()));
        return new Caller(id, role, UUID.randomUUID());
    }
}
