package io.ensemble.app;

import io.dropwizard.core.setup.Environment;
import io.ensemble.messaging.ConnectionDirectory;
import io.ensemble.messaging.ConversationWatchers;
import io.ensemble.messaging.MessagingService;
import io.ensemble.messaging.MessagingSettings;
import io.ensemble.persistence.messaging.JdbiContactDirectory;
import io.ensemble.persistence.messaging.JdbiConversationRepository;
import io.ensemble.persistence.messaging.JdbiMessageRepository;
import io.ensemble.shared.IdGenerator;
import io.ensemble.web.messaging.ChatResource;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Wires the messaging context (issue 4): JDBI repositories, the realtime bus chosen by
 * {@link RealtimeWiring#buses}, the {@link ConnectionDirectory} (answered by the connections context), {@link MessagingService} and
 * the chat routes under {@code /api/v1/chat}.
 */
final class MessagingWiring {
    private MessagingWiring() {
    }

    /**
     * Builds the context over {@code db} and registers its resource.
     *
     * @param connections who is connected to whom, for {@code messaging.requireConnection}
     * @param buses where the use cases publish their events after commit
     *
     * @return the realtime bus and the use cases, for the socket gateways ({@link RealtimeWiring})
     */
    static Wired register(Environment env, Persistence db, MessagingSettings settings,
                                     ConnectionDirectory connections, RealtimeWiring.Buses buses,
                                     IdGenerator ids, Clock clock) {
        AtomicReference<ConversationWatchers> watchers = new AtomicReference<>(ConversationWatchers.NONE);
        MessagingService chat = new MessagingService(new JdbiConversationRepository(db.handles),
                new JdbiMessageRepository(db.handles), new JdbiContactDirectory(db.handles), connections,
                buses.publisher(), conversationId -> watchers.get().watching(conversationId), db.transactions, ids,
                clock, settings);
        env.jersey().register(new ChatResource(chat));
        return new Wired(buses, chat, watchers::set);
    }

    /**
     * What the realtime gateways need from this context.
     *
     * @param watchedBy where the gateway, built after this context, plugs in who watches a conversation
     */
    record Wired(RealtimeWiring.Buses buses, MessagingService chat, Consumer<ConversationWatchers> watchedBy) {
    }
}
