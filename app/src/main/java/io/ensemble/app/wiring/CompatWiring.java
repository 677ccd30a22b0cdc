package io.ensemble.app.wiring;

import io.dropwizard.jersey.setup.JerseyEnvironment;
import io.ensemble.events.EventFinder;
import io.ensemble.messaging.MessagingService;
import io.ensemble.web.compat.ClientProfile;
import io.ensemble.web.compat.CompatServices;
import io.ensemble.web.compat.ProfileModule;
import io.ensemble.web.compat.idyll.IdyllModule;
import io.ensemble.web.compat.influmojo.InflumojoModule;
import io.ensemble.web.compat.sioree.SioreeModule;
import io.ensemble.web.compat.sioree.SioreeSettings;
import io.ensemble.web.realtime.SocketDialect;
import java.time.Clock;

/**
 * Wires the deployment's client profile (DESIGN §Client profiles, issue 21 §4): {@code clientProfile}
 * ({@code CLIENT_PROFILE}) picks one {@link ProfileModule}, whose routes are registered only when it
 * is enabled and whose socket dialect the Socket.IO connections speak. {@link #module} is the one
 * registration point: a new profile is one line there.
 */
public final class CompatWiring {
    private CompatWiring() {
    }

    /**
     * @return the module of {@code profile}
     */
    public static ProfileModule module(ClientProfile profile) {
        return switch (profile) {
            case NONE -> ProfileModule.NONE;
            case SIOREE -> new SioreeModule(SioreeSettings.SEED);
            case INFLUMOJO -> new InflumojoModule();
            case IDYLL -> new IdyllModule();
        };
    }

    /**
     * The dialect of the deployment's Socket.IO connections; its event lookups read the events
     * repositories of {@code db} (the gateway is built before the events routes).
     */
    public static SocketDialect socketDialect(ProfileModule module, Persistence db, MessagingService chat,
                                              Clock clock) {
        return module.socketDialect(chat, new EventFinder(db.events, db.eventSearch, db.rsvps, clock));
    }

    /** Registers the profile's routes over {@code services} (nothing for {@link ProfileModule#NONE}). */
    public static void register(ProfileModule module, JerseyEnvironment jersey, CompatServices services) {
        module.register(jersey.getResourceConfig(), services);
    }
}
