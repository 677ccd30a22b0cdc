package io.ensemble.app.wiring;

import io.dropwizard.core.setup.Environment;
import io.ensemble.events.EventFinder;
import io.ensemble.messaging.ConnectionDirectory;
import io.ensemble.messaging.ConversationPins;
import io.ensemble.messaging.ConversationWatchers;
import io.ensemble.messaging.MessageReactions;
import io.ensemble.messaging.MessageThreads;
import io.ensemble.messaging.MessagingService;
import io.ensemble.messaging.MessagingSettings;
import io.ensemble.messaging.RealtimeBus;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.web.messaging.ChatResource;
import io.ensemble.web.messaging.ChatSocialResource;
import io.ensemble.web.messaging.EventInvites;
import io.ensemble.web.messaging.ReactedViews;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Wires the messaging context (issue 4): the shared repositories, the realtime bus it publishes to after
 * commit and the room membership that says who watches a conversation (both from {@link RealtimeWiring#ports}),
 * the {@link ConnectionDirectory} (answered by the connections context), {@link MessagingService} and
 * the chat routes under {@code /api/v1/chat} (with threads, reactions, pins and mutes, issue 27).
 */
public final class MessagingWiring {
    private MessagingWiring() {
    }

    /**
     * Builds the context's use cases over {@code db}; its routes are registered by {@link #registerRoutes}.
     *
     * @param connections who is connected to whom, for {@code messaging.requireConnection}
     * @param bus where the use cases publish their events after commit
     * @param watchers who receives a conversation live on this node (no offline outbox event for them)
     * @return the use cases, for the socket gateways ({@link RealtimeWiring}) and the outbox relay
     */
    public static MessagingService register(Environment env, Persistence db, MessagingSettings settings,
                                            ConnectionDirectory connections, RealtimeBus bus,
                                            ConversationWatchers watchers, IdGenerator ids, Clock clock) {
        return new MessagingService(db.conversations, db.messages, db.contacts, connections, bus,
                watchers, db.transactions, ids, clock, settings);
    }

    /**
     * Registers the chat routes, after the realtime gateway: contacts and conversation members show whether
     * they are online (issue 27), which the gateway's cluster-wide presence answers.
     *
     * @param chat the use cases {@link #register} built
     * @param bus where reactions are published after commit
     * @param online whether a user has an open socket on some node ({@code RealtimeGateway::isOnline})
     */
    public static void registerRoutes(Environment env, Persistence db, MessagingService chat, RealtimeBus bus,
                                      Predicate<UUID> online, Clock clock) {
        EventInvites invites = invites(db, clock);
        MessageReactions reactions = new MessageReactions(db.conversations, db.messages, db.chatSocial, bus, clock);
        ReactedViews views = new ReactedViews(invites, reactions);
        env.jersey().register(new ChatResource(chat, invites, views, online));
        env.jersey().register(new ChatSocialResource(new MessageThreads(db.conversations, db.messages, db.chatSocial),
                reactions, new ConversationPins(db.conversations, db.messages, db.chatSocial, clock), views));
    }

    /** @return the {@code event_invite} messages over the events context's reads (issue 21 §2) */
    public static EventInvites invites(Persistence db, Clock clock) {
        return new EventInvites(new EventFinder(db.events, db.eventSearch, db.rsvps, clock));
    }
}
