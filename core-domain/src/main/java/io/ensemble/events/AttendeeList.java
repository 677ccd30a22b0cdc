package io.ensemble.events;

import java.util.Objects;
import java.util.Optional;

/**
 * An event's attendees as the caller may see them (issue 21 §2): counts for everyone, the list itself
 * only for its host and admins.
 *
 * @param attendees present for the host and admins
 */
public record AttendeeList(RsvpCounts counts, Optional<AttendeePage> attendees) {
    /** @throws NullPointerException when a component is null */
    public AttendeeList {
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(attendees, "attendees");
    }

    /** One page of attendees with their names, and the cursor of the next page. */
    public record AttendeePage(java.util.List<Line> items, Optional<String> nextCursor) {
        /** @throws NullPointerException when a component is null */
        public AttendeePage {
            items = java.util.List.copyOf(items);
            Objects.requireNonNull(nextCursor, "nextCursor");
        }
    }

    /** An attendee and who they are. */
    public record Line(EventPerson person, Attendee attendee) {
        /** @throws NullPointerException when a component is null */
        public Line {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(attendee, "attendee");
        }
    }
}
