package io.ensemble.web.compat.sioree;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.ensemble.events.Event;
import io.ensemble.events.EventCommand;
import io.ensemble.events.GeoPoint;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Request and answer bodies of seeds/000 §Events Endpoints, as the app writes them. */
public final class SioreeEventBodies {
    /** The SF Symbol the app shows for an event without its own picture (seeds/000 {@code imageName}). */
    static final String IMAGE_NAME = "party.popper.fill";

    private SioreeEventBodies() {
    }

    /**
     * {@code POST /api/events}: {@code date} is the start (ISO-8601), {@code endDate} an optional end,
     * {@code ticketPrice} a decimal in the profile's currency (0 or absent: free), tags as the app
     * writes them ({@code "House Party"} is stored as the slug {@code house-party}).
     */
    public record CreateBody(String title, String description, String date, String endDate, String location,
                             Double latitude, Double longitude, BigDecimal ticketPrice, Integer capacity,
                             List<String> tags, @JsonProperty("isFeatured") Boolean isFeatured, List<String> images) {
        static final CreateBody EMPTY = new CreateBody(null, null, null, null, null, null, null, null, null, null,
                null, null);

        /** @return the native command, the price in minor units of {@code currency} */
        EventCommand command(String currency) {
            Long amount = SioreeMoney.minorUnits(ticketPrice, currency).orElse(null);
            return new EventCommand(title, description, date, endDate, location, latitude, longitude, amount,
                    amount == null ? null : currency, capacity,
                    tags == null ? null : tags.stream().map(SioreeEventBodies::slug).toList(), images, isFeatured);
        }
    }

    /** {@code POST /api/events/:id/rsvp}: {@code going}, {@code interested} or {@code not_going}. */
    public record RsvpBody(String status) {
        static final RsvpBody EMPTY = new RsvpBody(null);
    }

    /** Create answer: {@code {id, hostId, title, date, location, createdAt}}. */
    public record Created(String id, String hostId, String title, Instant date, String location, Instant createdAt) {
        static Created of(Event e) {
            return new Created(e.id().toString(), e.hostId().toString(), e.title(), e.startsAt(), e.location(),
                    e.createdAt());
        }
    }

    /**
     * An event in the list: the seed's {@code {id, hostId, title, hostName, date, location, priceText,
     * imageName, tags, isFeatured, images}} plus what the app's detail screen shows ({@code description,
     * endDate, latitude, longitude, ticketPrice, capacity, status}).
     */
    public record Listing(String id, String hostId, String title, String hostName, Instant date, String location,
                          String priceText, String imageName, List<String> tags,
                          @JsonProperty("isFeatured") boolean isFeatured, List<String> images, String description,
                          Instant endDate, Double latitude, Double longitude, BigDecimal ticketPrice, Integer capacity,
                          String status) {
        static Listing of(Event e, String hostName) {
            return new Listing(e.id().toString(), e.hostId().toString(), e.title(), hostName, e.startsAt(),
                    e.location(), SioreeMoney.text(e.ticketPrice()), IMAGE_NAME,
                    e.tags().stream().map(SioreeEventBodies::label).toList(), e.featured(), e.images(),
                    e.description(), e.endsAt().orElse(null), e.point().map(GeoPoint::latitude).orElse(null),
                    e.point().map(GeoPoint::longitude).orElse(null), SioreeMoney.decimal(e.ticketPrice()),
                    e.capacity().isPresent() ? e.capacity().getAsInt() : null,
                    e.status().name().toLowerCase(Locale.ROOT));
        }
    }

    /** {@code GET /api/events}: {@code {events, total, page}}. */
    public record ListingPage(List<Listing> events, long total, int page) {
    }

    /**
     * {@code GET /api/events/:id}: the listing with the RSVP counts and the caller's own answer.
     *
     * @param myStatus {@code going}, {@code waitlisted}, {@code interested}, {@code not_going} or null
     */
    public record Detail(Listing event, long goingCount, long interestedCount, long waitlistedCount,
                         @JsonProperty("isGoing") boolean isGoing, String myStatus) {
    }

    /** RSVP answer: {@code {eventId, status, waitlistPosition}} ({@code waitlisted} when no seat was free). */
    public record RsvpAnswer(String eventId, String status, Integer waitlistPosition) {
    }

    /** @return the app's tag as a native slug: {@code "House Party"} → {@code house-party} */
    static String slug(String tag) {
        return tag == null ? null : tag.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
    }

    /** @return a slug as the app shows it: {@code house-party} → {@code "House Party"} */
    static String label(String slug) {
        return Arrays.stream(slug.split("-")).filter(w -> !w.isEmpty())
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).collect(Collectors.joining(" "));
    }
}
