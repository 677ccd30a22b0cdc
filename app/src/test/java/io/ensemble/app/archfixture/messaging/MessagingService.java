package io.ensemble.app.archfixture.messaging;

import io.ensemble.app.archfixture.identity.IdentityService;
import io.ensemble.app.archfixture.identity.UserRepository;
import io.ensemble.app.archfixture.persistence.messaging.JdbiMessageRepository;

/**
 * Fixture of every core shortcut: uses identity's repository, closes a cycle with identity, and
 * imports an adapter class and a framework class.
 */
public final class MessagingService {
    /** @return nothing useful: only its dependencies matter */
    public String shortcuts(UserRepository users, IdentityService identity, JdbiMessageRepository jdbi,
                            com.fasterxml.jackson.databind.ObjectMapper json) {
        return users.name("1") + identity + jdbi + json;
    }
}
