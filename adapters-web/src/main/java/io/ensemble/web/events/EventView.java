package io.ensemble.web.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.ensemble.events.Event;
import io.ensemble.web.payments.MoneyView;
import java.time.Instant;
import java.util.List;

/**
 * An event (issue 21 §1, seeds/000 {@code events} in camelCase): {@code {id, hostId, title,
 * description, startsAt, endsAt, location, latitude, longitude, ticketPrice: {amount, currency} | null,
 * capacity, tags, images, isFeatured, status, version, createdAt, updatedAt}}. {@code endsAt},
 * coordinates, {@code ticketPrice} (free) and {@code capacity} (unlimited) are null when absent;
 * {@code status} is {@code ACTIVE} or {@code CANCELLED}.
 */
public record EventView(String id, String hostId, String title, String description, Instant startsAt,
                        Instant endsAt, String location, Double latitude, Double longitude, MoneyView ticketPrice,
                        Integer capacity, List<String> tags, List<String> images,
                        @JsonProperty("isFeatured") boolean isFeatured, String status, long version,
                        Instant createdAt, Instant updatedAt) {
    /** @return the view of {@code e} */
    public static EventView of(Event e) {
        return new EventView(e.id().toString(), e.hostId().toString(), e.title(), e.description(), e.startsAt(),
                e.endsAt().orElse(null), e.location(), e.point().map(p -> p.latitude()).orElse(null),
                e.point().map(p -> p.longitude()).orElse(null), e.ticketPrice().map(MoneyView::of).orElse(null),
                e.capacity().isPresent() ? e.capacity().getAsInt() : null, e.tags(), e.images(), e.featured(),
                e.status().name(), e.version(), e.createdAt(), e.updatedAt());
    }
}
