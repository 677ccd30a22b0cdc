package io.ensemble.web.compat.sioree;

import io.ensemble.events.EventFinder;
import io.ensemble.messaging.MessagingService;
import io.ensemble.web.compat.CompatServices;
import io.ensemble.web.compat.ProfileModule;
import io.ensemble.web.realtime.SocketDialect;
import java.util.Objects;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The Sioree profile ({@code CLIENT_PROFILE=sioree}, seeds/000, issue 21 §4): the app's
 * {@code /api/auth}, {@code /api/messages}, {@code /api/bank}, {@code /api/social}, {@code /api/media}
 * and {@code /api/events} routes with bare bodies and {@code {"error"}} errors, and its Socket.IO
 * event meanings, over the native use cases with {@link SioreeSettings} as its policy.
 */
public final class SioreeModule implements ProfileModule {
    private final SioreeSettings settings;

    /** @param settings the profile's policy, normally {@link SioreeSettings#SEED} */
    public SioreeModule(SioreeSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public SocketDialect socketDialect(MessagingService chat, EventFinder events) {
        return new SioreeSocket(new SioreeChat(chat, events), chat);
    }

    @Override
    public void register(ResourceConfig jersey, CompatServices s) {
        jersey.register(new SioreeErrorFilter());
        jersey.register(new SioreeAuthResource(s, settings));
        jersey.register(new SioreeMessagesResource(s.chat(), s.profiles(), new SioreeChat(s.chat(), s.eventFinder())));
        jersey.register(new SioreeBankResource(s.banking()));
        jersey.register(new SioreeSocialResource(s.social()));
        jersey.register(new SioreeMediaResource(s.media()));
        jersey.register(new SioreeEventsResource(s.events(), s.eventFinder(), s.rsvps(), s.users(), settings));
    }
}
