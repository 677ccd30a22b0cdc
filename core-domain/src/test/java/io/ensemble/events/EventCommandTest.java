package io.ensemble.events;

import static io.ensemble.testing.DomainAssertions.fieldErrors;
import static io.ensemble.testing.DomainAssertions.invalidFields;
import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.payments.Money;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Self-validation of {@link EventCommand}, {@link CancelEvent} and {@link RsvpCommand}. */
class EventCommandTest {
    private static EventCommand with(String startsAt, String endsAt, Double lat, Double lng, Integer capacity,
                                     List<String> tags) {
        return new EventCommand("Party", null, startsAt, endsAt, "Venue", lat, lng, null, null, capacity, tags,
                null, null);
    }

    @Test
    void normalises_a_valid_command() {
        EventCommand c = new EventCommand("  Techno Night ", null, "2027-02-01T22:00:00.123+01:00",
                "2027-02-02T04:00:00Z", " Berghain ", 52.51, 13.44, 1500L, "eur", 200,
                List.of("#Techno", "techno", " open-air "),
                List.of("https://cdn.example.com/a.jpg", "0190F3A2-0000-7000-8000-000000000001"), true);
        assertThat(c.title()).isEqualTo("Techno Night");
        assertThat(c.description()).isEmpty();
        assertThat(c.start()).isEqualTo(Instant.parse("2027-02-01T21:00:00Z"));
        assertThat(c.end()).contains(Instant.parse("2027-02-02T04:00:00Z"));
        assertThat(c.location()).isEqualTo("Berghain");
        assertThat(c.point()).contains(new GeoPoint(52.51, 13.44));
        assertThat(c.ticketPrice()).contains(new Money(1500, "EUR"));
        assertThat(c.seats()).isEqualTo(OptionalInt.of(200));
        assertThat(c.tags()).containsExactly("techno", "open-air");
        assertThat(c.images()).containsExactly("https://cdn.example.com/a.jpg",
                "0190f3a2-0000-7000-8000-000000000001");
        assertThat(c.featuredRequest()).contains(true);
    }

    @Test
    void free_unlimited_event_without_coordinates_is_valid() {
        EventCommand c = with("2027-02-01T22:00:00Z", null, null, null, null, null);
        assertThat(c.ticketPrice()).isEmpty();
        assertThat(c.seats()).isEmpty();
        assertThat(c.point()).isEmpty();
        assertThat(c.end()).isEmpty();
        assertThat(c.tags()).isEmpty();
        assertThat(c.featuredRequest()).isEqualTo(Optional.empty());
    }

    @Test
    void names_every_missing_required_field() {
        assertThat(invalidFields(() -> new EventCommand(" ", null, null, null, "", null, null, null, null, null,
                null, null, null))).containsExactly("title", "location", "startsAt");
    }

    @Test
    void rejects_end_before_start_and_bad_dates() {
        assertThat(invalidFields(() -> with("2027-02-01T22:00:00Z", "2027-02-01T21:00:00Z", null, null, null, null)))
                .containsExactly("endsAt");
        assertThat(invalidFields(() -> with("2027-02-01T22:00:00Z", "2027-02-01T22:00:00Z", null, null, null, null)))
                .containsExactly("endsAt");
        assertThat(invalidFields(() -> with("2027-02-01T22:00:00Z", "2027-03-03T22:00:01Z", null, null, null, null)))
                .containsExactly("endsAt");
        assertThat(with("2027-02-01T22:00:00Z", "2027-03-03T22:00:00Z", null, null, null, null).end()).isPresent();
        assertThat(invalidFields(() -> with("tomorrow", "2027-13-01", null, null, null, null)))
                .containsExactly("startsAt", "endsAt");
    }

    @Test
    void rejects_capacity_below_one() {
        assertThat(invalidFields(() -> with("2027-02-01T22:00:00Z", null, null, null, 0, null)))
                .containsExactly("capacity");
        assertThat(invalidFields(() -> with("2027-02-01T22:00:00Z", null, null, null, -5, null)))
                .containsExactly("capacity");
    }

    @Test
    void rejects_coordinates_out_of_range_or_unpaired() {
        assertThat(invalidFields(() -> with("2027-02-01T22:00:00Z", null, 90.5, 10.0, null, null)))
                .containsExactly("latitude");
        assertThat(invalidFields(() -> with("2027-02-01T22:00:00Z", null, 10.0, -180.01, null, null)))
                .containsExactly("longitude");
        assertThat(invalidFields(() -> with("2027-02-01T22:00:00Z", null, Double.NaN, 10.0, null, null)))
                .containsExactly("latitude");
        assertThat(invalidFields(() -> with("2027-02-01T22:00:00Z", null, 10.0, null, null, null)))
                .containsExactly("longitude");
        assertThat(with("2027-02-01T22:00:00Z", null, -90.0, 180.0, null, null).point())
                .contains(new GeoPoint(-90, 180));
    }

    @Test
    void rejects_malformed_and_too_many_tags() {
        assertThat(fieldErrors(() -> with("2027-02-01T22:00:00Z", null, null, null, null,
                List.of("ok", "hip hop", "-dash")))).extracting(e -> e.field() + ": " + e.message())
                .containsExactly(
                        "tags: 'hip hop' is not a tag: use 1-32 letters, digits or hyphens, e.g. open-air",
                        "tags: '-dash' is not a tag: use 1-32 letters, digits or hyphens, e.g. open-air");
        List<String> eleven = Arrays.asList("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k");
        assertThat(invalidFields(() -> with("2027-02-01T22:00:00Z", null, null, null, null, eleven)))
                .containsExactly("tags");
    }

    @Test
    void rejects_images_that_are_neither_media_ids_nor_https_urls() {
        for (String bad : List.of("http://cdn.example.com/a.jpg", "javascript:alert(1)", "not a url", "")) {
            assertThat(invalidFields(() -> new EventCommand("Party", null, "2027-02-01T22:00:00Z", null, "Venue",
                    null, null, null, null, null, null, List.of(bad), null))).as(bad).containsExactly("images");
        }
    }

    @Test
    void ticket_price_needs_amount_and_known_currency() {
        assertThat(invalidFields(() -> new EventCommand("Party", null, "2027-02-01T22:00:00Z", null, "Venue",
                null, null, 0L, "USD", null, null, null, null))).containsExactly("ticketPrice.amount");
        assertThat(invalidFields(() -> new EventCommand("Party", null, "2027-02-01T22:00:00Z", null, "Venue",
                null, null, 100L, null, null, null, null, null))).containsExactly("ticketPrice.currency");
        assertThat(invalidFields(() -> new EventCommand("Party", null, "2027-02-01T22:00:00Z", null, "Venue",
                null, null, 100L, "XYZ", null, null, null, null))).containsExactly("ticketPrice.currency");
    }

    @Test
    void start_must_be_after_now() {
        EventCommand c = with("2027-02-01T22:00:00Z", null, null, null, null, null);
        c.requireStartAfter(Instant.parse("2027-02-01T21:59:59Z"));
        assertThat(invalidFields(() -> c.requireStartAfter(Instant.parse("2027-02-01T22:00:00Z"))))
                .containsExactly("startsAt");
    }

    @Test
    void rsvp_and_cancel_commands_validate_their_field() {
        assertThat(new RsvpCommand(" Not_Going ").choice()).isEqualTo(RsvpChoice.NOT_GOING);
        assertThat(new RsvpCommand("going").status()).isEqualTo("going");
        assertThat(invalidFields(() -> new RsvpCommand("maybe"))).containsExactly("status");
        assertThat(invalidFields(() -> new RsvpCommand(null))).containsExactly("status");
        assertThat(new CancelEvent(null).reason()).isEmpty();
        assertThat(invalidFields(() -> new CancelEvent("x".repeat(501)))).containsExactly("reason");
    }
}
