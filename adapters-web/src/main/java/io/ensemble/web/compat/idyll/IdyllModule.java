package io.ensemble.web.compat.idyll;

import io.ensemble.events.EventFinder;
import io.ensemble.messaging.MessagingService;
import io.ensemble.web.compat.CompatServices;
import io.ensemble.web.compat.ProfileModule;
import io.ensemble.web.realtime.SocketDialect;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The Idyll Productions profile ({@code CLIENT_PROFILE=idyll}, seeds/003, issue 22 §3): the agency
 * back office's {@code /api/...} routes over the native use cases. Each dialect resource of this
 * package is registered in {@link #register}.
 */
public final class IdyllModule implements ProfileModule {
    @Override
    public SocketDialect socketDialect(MessagingService chat, EventFinder events) {
        return SocketDialect.NATIVE;
    }

    @Override
    public void register(ResourceConfig jersey, CompatServices s) {
        jersey.register(new IdyllErrorFilter());
        // dialect resources (issue 22 §3), one line each
        jersey.register(new IdyllAuthResource(s));
        jersey.register(new IdyllChatResource(s.teamChat(), new IdyllPeople(s.users(), s.profiles())));
        jersey.register(new IdyllMeetingsResource(s.meetings()));
        jersey.register(new IdyllPayoutsResource(s.memberPayouts()));
        jersey.register(new IdyllNotificationsResource(s.notifications(), s.agencyNotices()));
        jersey.register(new IdyllApplicationsResource(s.agency()));
        jersey.register(new IdyllUsersResource(s.agency()));
        jersey.register(new IdyllTasksResource(s.agency()));
    }
}
