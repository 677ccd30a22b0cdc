package io.ensemble.app.archfixture.persistence.messaging;

import io.ensemble.app.archfixture.web.messaging.MessageResource;

/** Fixture: a persistence adapter that imports a web adapter class. */
public final class JdbiMessageRepository {
    /** @return the resource's name */
    public String leak(MessageResource resource) {
        return resource.toString();
    }
}
