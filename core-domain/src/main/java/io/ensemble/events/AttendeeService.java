package io.ensemble.events;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.paging.Cursor;
import io.ensemble.shared.paging.Page;
import io.ensemble.shared.paging.PageRequest;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Who comes to an event (issue 21 §2): its host and admins see everyone with RSVP state, ticket and
 * check-in, a page at a time; other signed-in users see the counts only.
 */
public final class AttendeeService {
    private final EventRepository events;
    private final RsvpRepository rsvps;
    private final AttendeeRepository attendees;
    private final EventPeople people;

    /** Wires the ports. */
    public AttendeeService(EventRepository events, RsvpRepository rsvps, AttendeeRepository attendees,
                           EventPeople people) {
        this.events = Objects.requireNonNull(events, "events");
        this.rsvps = Objects.requireNonNull(rsvps, "rsvps");
        this.attendees = Objects.requireNonNull(attendees, "attendees");
        this.people = Objects.requireNonNull(people, "people");
    }

    /**
     * @return the counts, with a page of attendees (ordered by when they answered) for the host and admins
     * @throws NotFound when the event is unknown
     * @throws io.ensemble.shared.errors.ValidationFailed (field {@code cursor}) for a malformed cursor
     */
    public AttendeeList attendees(Caller caller, UUID eventId, PageRequest page) {
        Event event = events.findById(eventId).orElseThrow(() -> new NotFound("No such event."));
        RsvpCounts counts = rsvps.counts(eventId);
        if (!caller.is(Role.ADMIN) && !event.hostedBy(caller.userId())) {
            return new AttendeeList(counts, Optional.empty());
        }
        Optional<Cursor> after = page.cursor().map(Cursor::decode);
        Page<Attendee> rows = Page.fromOverfetch(attendees.page(eventId, after, page.limit() + 1), page.limit(),
                a -> new Cursor(a.since(), a.userId()).encode());
        return new AttendeeList(counts, Optional.of(new AttendeeList.AttendeePage(
                rows.items().stream().map(a -> new AttendeeList.Line(people.of(a.userId()), a)).toList(),
                rows.nextCursor())));
    }
}
