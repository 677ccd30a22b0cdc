package io.ensemble.web.compat;

import io.ensemble.events.EventFinder;
import io.ensemble.messaging.MessagingService;
import io.ensemble.web.realtime.SocketDialect;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * One client profile's adapter (DESIGN §Client profiles): its REST routes and its Socket.IO dialect,
 * both thin translations onto {@link CompatServices}. A new profile is one implementation in its own
 * package ({@code io.ensemble.web.compat.<profile>}) and one line in the app's {@code CompatWiring}.
 */
public interface ProfileModule {
    /** The native API only: no routes, native socket events. */
    ProfileModule NONE = new ProfileModule() {
        @Override
        public SocketDialect socketDialect(MessagingService chat, EventFinder events) {
            return SocketDialect.NATIVE;
        }

        @Override
        public void register(ResourceConfig jersey, CompatServices services) {
            // the native API is registered by the context wirings
        }
    };

    /**
     * @param chat the messaging use cases the dialect's events run on
     * @param events the event lookups (e.g. a chat invitation names a visible event)
     * @return the dialect the deployment's Socket.IO connections speak
     */
    SocketDialect socketDialect(MessagingService chat, EventFinder events);

    /** Registers the profile's routes (and their error shape) on {@code jersey}. */
    void register(ResourceConfig jersey, CompatServices services);
}
