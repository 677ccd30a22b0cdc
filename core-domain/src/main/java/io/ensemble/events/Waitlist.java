package io.ensemble.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Gives free seats of an event to its waitlist, first in line first (issue 21 §2). */
final class Waitlist {
    private Waitlist() {
    }

    /**
     * Promotes WAITLISTED RSVPs to GOING while seats are free. The caller holds the event's lock.
     *
     * @return the promoted users, in waitlist order
     */
    static List<UUID> fill(Event event, RsvpRepository rsvps, Instant now) {
        long free = event.capacity().isPresent()
                ? event.capacity().getAsInt() - rsvps.countGoing(event.id())
                : Integer.MAX_VALUE;
        if (free <= 0) {
            return List.of();
        }
        List<UUID> promoted = new ArrayList<>();
        for (Rsvp waiting : rsvps.firstWaitlisted(event.id(), (int) Math.min(free, Integer.MAX_VALUE))) {
            rsvps.save(waiting.with(RsvpStatus.GOING, now));
            promoted.add(waiting.userId());
        }
        return List.copyOf(promoted);
    }
}
