package io.ensemble.app;

import io.dropwizard.core.setup.Environment;
import io.ensemble.messaging.ConnectionDirectory;
import io.ensemble.messaging.LocalRealtimeBus;
import io.ensemble.messaging.MessagingService;
import io.ensemble.messaging.MessagingSettings;
import io.ensemble.persistence.messaging.JdbiContactDirectory;
import io.ensemble.persistence.messaging.JdbiConversationRepository;
import io.ensemble.persistence.messaging.JdbiMessageRepository;
import io.ensemble.shared.IdGenerator;
import io.ensemble.web.messaging.ChatResource;
import java.time.Clock;

/**
 * Wires the messaging context (issue 4): JDBI repositories, the {@code local} in-process
 * {@link LocalRealtimeBus}, the {@link ConnectionDirectory} (answered by the connections context), {@link MessagingService} and
 * the chat routes under {@code /api/v1/chat}.
 */
final class MessagingWiring {
    private MessagingWiring() {
    }

    /**
     * Builds the context over {@code db} and registers its resource.
     *
     * @param connections who is connected to whom, for {@code messaging.requireConnection}
     *
     * @return the realtime bus and the use cases, for the socket gateways ({@link RealtimeWiring})
     */
    static Wired register(Environment env, Persistence db, MessagingSettings settings,
                                     ConnectionDirectory connections, IdGenerator ids, Clock clock) {
        LocalRealtimeBus bus = new LocalRealtimeBus();
        MessagingService chat = new MessagingService(new JdbiConversationRepository(db.handles),
                new JdbiMessageRepository(db.handles), new JdbiContactDirectory(db.handles), connections,
                bus, db.transactions, ids, clock, settings);
        env.jersey().register(new ChatResource(chat));
        return new Wired(bus, chat);
    }

    /** What the realtime gateways need from this context. */
    record Wired(LocalRealtimeBus bus, MessagingService chat) {
    }
}
