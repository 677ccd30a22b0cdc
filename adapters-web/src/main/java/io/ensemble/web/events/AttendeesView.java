package io.ensemble.web.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.ensemble.events.AttendeeList;
import io.ensemble.events.RsvpCounts;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * An event's attendees (issue 21 §2): {@code {counts, items, nextCursor}}. {@code items} (each
 * {@code {user: {id, name, avatar}, status, ticketStatus, checkedInAt, since}}) is present for the host
 * and admins only, left out for everyone else; {@code nextCursor} resumes the list.
 */
public record AttendeesView(RsvpCounts counts, @JsonInclude(JsonInclude.Include.NON_NULL) List<Item> items,
                            String nextCursor) {
    /** One attendee: RSVP {@code status} in the API's lower case, ticket state and check-in time (null when none). */
    public record Item(PersonView user, String status, String ticketStatus,
                       Instant checkedInAt, Instant since) {
    }

    /** @return the view of {@code list} */
    public static AttendeesView of(AttendeeList list) {
        return list.attendees().map(page -> new AttendeesView(list.counts(), page.items().stream()
                        .map(l -> new Item(PersonView.of(l.person()),
                                l.attendee().status().name().toLowerCase(Locale.ROOT),
                                l.attendee().ticket().map(Enum::name).orElse(null),
                                l.attendee().checkedInAt().orElse(null), l.attendee().since()))
                        .toList(), page.nextCursor().orElse(null)))
                .orElseGet(() -> new AttendeesView(list.counts(), null, null));
    }
}
