package io.ensemble.web.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.ensemble.events.CancelEvent;
import io.ensemble.events.EventCommand;
import io.ensemble.events.RsvpCommand;
import io.ensemble.web.payments.PriceBody;
import java.util.List;
import java.util.OptionalLong;

/**
 * Request bodies of the event routes (issue 21 §1-2); unknown fields ({@code hostId}, {@code status} …)
 * are ignored, so nobody assigns them.
 */
public final class EventBodies {
    private EventBodies() {
    }

    /**
     * {@code POST /api/v1/events} and {@code PUT /api/v1/events/:id}: {@code {title, description?,
     * startsAt, endsAt?, location, latitude?, longitude?, ticketPrice?: {amount, currency}, capacity?,
     * tags?, images?, isFeatured?, expectedVersion?}} (seeds/000 {@code events} fields; times ISO-8601,
     * price in minor units). {@code expectedVersion} is read on update only: a stale one is 409.
     */
    public record Event(String title, String description, String startsAt, String endsAt, String location,
                        Double latitude, Double longitude, PriceBody ticketPrice, Integer capacity,
                        List<String> tags, List<String> images, @JsonProperty("isFeatured") Boolean isFeatured,
                        Long expectedVersion) {
        static final Event EMPTY = new Event(null, null, null, null, null, null, null, null, null, null, null,
                null, null);

        /** @return the validated command. @throws io.ensemble.shared.errors.ValidationFailed naming each bad field */
        EventCommand command() {
            return new EventCommand(title, description, startsAt, endsAt, location, latitude, longitude,
                    PriceBody.amountOf(ticketPrice), PriceBody.currencyOf(ticketPrice), capacity, tags, images,
                    isFeatured);
        }

        /** @return the version the caller last read, empty to skip the check */
        OptionalLong version() {
            return expectedVersion == null ? OptionalLong.empty() : OptionalLong.of(expectedVersion);
        }
    }

    /** {@code POST /api/v1/events/:id/cancel}: {@code {reason?}}. */
    public record Cancel(String reason) {
        static final Cancel EMPTY = new Cancel(null);

        CancelEvent command() {
            return new CancelEvent(reason);
        }
    }

    /** {@code PUT /api/v1/events/:id/rsvp}: {@code {status: "going" | "interested" | "not_going"}}. */
    public record Rsvp(String status) {
        static final Rsvp EMPTY = new Rsvp(null);

        RsvpCommand command() {
            return new RsvpCommand(status);
        }
    }
}
