package io.ensemble.app.events;

import static io.ensemble.app.events.Events.assertError;
import static io.ensemble.app.events.Events.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.RoleSessions;
import io.ensemble.app.support.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** End-to-end: RSVPs and the waitlist (issue 21 §2) over HTTP on real PostgreSQL. */
@ExtendWith(DropwizardExtensionsSupport.class)
class RsvpRoutesTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    private Api api;
    private Events events;
    private Accounts.Session host;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        events = new Events(api, new RoleSessions(api, new Inbox(MAIL)));
        host = events.host();
    }

    private String eventWithSeats(int capacity) {
        Map<String, Object> body = Events.body("Small club", 7);
        body.remove("ticketPrice"); // a free event: a priced one's seats are bought (TicketRoutesTest)
        body.put("capacity", capacity);
        return events.create(host, body);
    }

    private static long rsvpsOf(String eventId) {
        return Sql.count("SELECT count(*) FROM event_rsvps WHERE event_id = ?", UUID.fromString(eventId));
    }

    @Test
    void going_over_capacity_is_waitlisted_and_a_freed_seat_goes_to_the_first_in_line() {
        String id = eventWithSeats(1);
        Accounts.Session first = events.partier();
        Accounts.Session second = events.partier();
        Reply going = events.rsvp(id, "going", first);
        assertThat(going.status()).as(going.toString()).isEqualTo(200);
        assertThat(going.data().path("status").asText()).isEqualTo("going");
        assertThat(going.data().path("waitlistPosition").isNull()).isTrue();

        Reply waiting = events.rsvp(id, "going", second);
        assertThat(waiting.status()).as(waiting.toString()).isEqualTo(200);
        assertThat(waiting.data().path("status").asText()).isEqualTo("waitlisted");
        assertThat(waiting.data().path("waitlistPosition").asInt()).isEqualTo(1);
        Reply detail = api.get("/api/v1/events/" + id, second.accessToken());
        assertThat(detail.data().path("counts").path("going").asLong()).isEqualTo(1);
        assertThat(detail.data().path("counts").path("waitlisted").asLong()).isEqualTo(1);
        assertThat(detail.data().path("myRsvp").path("status").asText()).isEqualTo("waitlisted");
        assertThat(detail.data().path("isGoing").asBoolean(true)).isFalse();

        assertThat(events.rsvp(id, "not_going", first).data().path("status").asText()).isEqualTo("not_going");
        Reply promoted = api.get("/api/v1/events/" + id, second.accessToken());
        assertThat(promoted.data().path("myRsvp").path("status").asText()).isEqualTo("going");
        assertThat(promoted.data().path("isGoing").asBoolean()).isTrue();
        assertThat(promoted.data().path("counts").path("notGoing").asLong()).isEqualTo(1);
        assertThat(Tickets.notifications(second, "EVENT_SEAT", id)).as("promotion is notified").isEqualTo(1);
        assertThat(Tickets.notifications(host, "EVENT_RSVP", id)).as("the host hears of each new answer")
                .isEqualTo(2);
    }

    @Test
    void attendees_are_told_when_the_event_changes() {
        String id = eventWithSeats(10);
        Accounts.Session going = events.partier();
        Accounts.Session declined = events.partier();
        assertThat(events.rsvp(id, "going", going).status()).isEqualTo(200);
        assertThat(events.rsvp(id, "not_going", declined).status()).isEqualTo(200);
        Map<String, Object> body = Events.body("Small club, new time", 8);
        body.remove("ticketPrice");
        Reply updated = events.put("/api/v1/events/" + id, body, host);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(Tickets.notifications(going, "EVENT_UPDATED", id)).isEqualTo(1);
        assertThat(Tickets.notifications(declined, "EVENT_UPDATED", id)).isZero();
    }

    @Test
    void concurrent_going_never_oversells_and_the_rest_queue_in_distinct_places() throws Exception {
        String id = eventWithSeats(3);
        List<Accounts.Session> partiers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            partiers.add(events.partier());
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Reply>> answers = new ArrayList<>();
            for (Accounts.Session p : partiers) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return events.rsvp(id, "going", p);
                }));
            }
            start.countDown();
            List<String> statuses = new ArrayList<>();
            List<Integer> places = new ArrayList<>();
            for (Future<Reply> answer : answers) {
                Reply r = answer.get(60, TimeUnit.SECONDS);
                assertThat(r.status()).as(r.toString()).isEqualTo(200);
                statuses.add(r.data().path("status").asText());
                if (!r.data().path("waitlistPosition").isNull()) {
                    places.add(r.data().path("waitlistPosition").asInt());
                }
            }
            assertThat(statuses).filteredOn("going"::equals).hasSize(3);
            assertThat(statuses).filteredOn("waitlisted"::equals).hasSize(9);
            assertThat(places).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9);
        } finally {
            pool.shutdownNow();
        }
        assertThat(Sql.count("SELECT count(*) FROM event_rsvps WHERE event_id = ? AND status = 'GOING'",
                UUID.fromString(id))).isEqualTo(3);
    }

    @Test
    void an_answer_is_one_changeable_row_per_user() {
        String id = eventWithSeats(10);
        Accounts.Session partier = events.partier();
        assertThat(events.rsvp(id, "interested", partier).data().path("status").asText()).isEqualTo("interested");
        assertThat(events.rsvp(id, "GOING", partier).data().path("status").asText()).isEqualTo("going");
        assertThat(events.rsvp(id, "going", partier).data().path("status").asText()).isEqualTo("going");
        assertThat(rsvpsOf(id)).isEqualTo(1);
        Reply detail = api.get("/api/v1/events/" + id, partier.accessToken());
        assertThat(detail.data().path("counts").path("going").asLong()).isEqualTo(1);
        assertThat(detail.data().path("counts").path("interested").asLong()).isZero();
        assertThat(detail.data().path("isGoing").asBoolean()).isTrue();
    }

    @Test
    void rsvp_to_a_cancelled_event_is_a_conflict_and_to_an_unknown_one_not_found() {
        String id = eventWithSeats(10);
        assertThat(api.post("/api/v1/events/" + id + "/cancel", Map.of(), host.accessToken()).status())
                .isEqualTo(200);
        Accounts.Session partier = events.partier();
        assertError(events.rsvp(id, "going", partier), 409, "EVENT_CANCELLED");
        assertThat(rsvpsOf(id)).isZero();
        assertError(events.rsvp(UUID.randomUUID().toString(), "going", partier), 404, "NOT_FOUND");
    }

    @Test
    void a_bad_status_is_rejected_naming_it_and_a_token_is_needed() {
        String id = eventWithSeats(10);
        Accounts.Session partier = events.partier();
        assertInvalid(events.rsvp(id, "maybe", partier), "status");
        assertInvalid(events.put("/api/v1/events/" + id + "/rsvp", Map.of(), partier), "status");
        assertThat(events.rsvp(id, "going", null).status()).isEqualTo(401);
        assertThat(rsvpsOf(id)).isZero();
    }
}
