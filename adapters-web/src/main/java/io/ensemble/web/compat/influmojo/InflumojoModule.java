package io.ensemble.web.compat.influmojo;

import io.ensemble.events.EventFinder;
import io.ensemble.messaging.MessagingService;
import io.ensemble.web.compat.CompatServices;
import io.ensemble.web.compat.ProfileModule;
import io.ensemble.web.realtime.SocketDialect;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The Influmojo profile ({@code CLIENT_PROFILE=influmojo}, seeds/002, issue 23 §6): the deals app's
 * root-path routes ({@code /auth/*}, {@code /profile/*}, {@code /packages/*}, {@code /orders/*}) with
 * the Prisma models' snake_case fields, over the native use cases. Each dialect resource of this
 * package is registered in {@link #register}.
 */
public final class InflumojoModule implements ProfileModule {
    @Override
    public SocketDialect socketDialect(MessagingService chat, EventFinder events) {
        return SocketDialect.NATIVE;
    }

    @Override
    public void register(ResourceConfig jersey, CompatServices s) {
        jersey.register(new InflumojoErrorFilter());
        jersey.register(new SeedBodyReader());
        jersey.register(new InflumojoAuthResource(s));
        jersey.register(new InflumojoProfileResource(s));
        jersey.register(new InflumojoPackagesResource(s));
        jersey.register(new InflumojoOrdersResource(s));
    }
}
