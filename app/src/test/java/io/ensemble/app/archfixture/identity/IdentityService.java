package io.ensemble.app.archfixture.identity;

import io.ensemble.app.archfixture.messaging.MessagingService;

/** Fixture: identity calls messaging, which calls identity back: a cycle between context slices. */
public final class IdentityService {
    /** @return what messaging says */
    public String greet(MessagingService messaging) {
        return messaging.toString();
    }
}
