package io.ensemble.web.messaging;

import io.ensemble.messaging.Contact;

/** A contact in JSON: {@code {id, name, role}}. */
public record ContactView(String id, String name, String role) {
    /** @return the view of {@code c} */
    public static ContactView of(Contact c) {
        return new ContactView(c.userId().toString(), c.name(), c.role().name());
    }
}
