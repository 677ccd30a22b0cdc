package io.ensemble.web.events;

import io.ensemble.events.EventPerson;

/** A host or attendee shown with an event (issue 21 §1-2): {@code {id, name, avatar}}; avatar null when none. */
public record PersonView(String id, String name, String avatar) {
    /** @return the view of {@code p} */
    public static PersonView of(EventPerson p) {
        return new PersonView(p.id().toString(), p.name(), p.avatarUrl().orElse(null));
    }
}
