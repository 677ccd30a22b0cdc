package io.ensemble.app.events;

import static io.ensemble.app.events.Events.assertError;
import static io.ensemble.app.events.Events.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * End-to-end: the door and the attendee list (issue 21 §2-3): the host checks a paid ticket in once (a
 * second scan is 409 saying when), and sees every attendee with RSVP, ticket and check-in; others see counts.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class CheckInRoutesTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    private Api api;
    private Events events;
    private Tickets tickets;
    private Accounts.Session host;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        events = new Events(api, new RoleSessions(api, new Inbox(MAIL)));
        tickets = new Tickets(api);
        host = events.host();
    }

    @Test
    void a_paid_ticket_is_checked_in_once_and_a_second_scan_says_when() {
        String id = events.create(host, Tickets.priced(5, 7));
        Accounts.Session partier = events.partier();
        String code = tickets.paid(id, partier, host).path("code").asText();
        Reply first = tickets.checkIn(id, Map.of("code", code), host);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        String usedAt = first.data().path("usedAt").asText();
        assertThat(usedAt).isNotBlank();
        Reply second = tickets.checkIn(id, Map.of("code", code), host);
        assertError(second, 409, "TICKET_ALREADY_USED");
        assertThat(second.json().path("message").asText()).contains(usedAt.substring(0, 16));
    }

    @Test
    void only_the_events_host_checks_in_and_an_unpaid_ticket_is_not_valid() {
        String id = events.create(host, Tickets.priced(5, 7));
        Accounts.Session partier = events.partier();
        String code = tickets.bought(id, partier).path("code").asText();
        assertError(tickets.checkIn(id, Map.of("code", code), partier), 403, "FORBIDDEN");
        assertError(tickets.checkIn(id, Map.of("code", code), events.host()), 404, "NOT_FOUND");
        assertError(tickets.checkIn(id, Map.of("code", code), host), 409, "TICKET_NOT_VALID");
        assertThat(tickets.checkIn(id, Map.of("code", code), null).status()).isEqualTo(401);
    }

    @Test
    void a_blank_or_unknown_code_is_refused() {
        String id = events.create(host, Tickets.priced(5, 7));
        assertInvalid(tickets.checkIn(id, Map.of(), host), "code");
        assertInvalid(tickets.checkIn(id, Map.of("code", "  "), host), "code");
        assertError(tickets.checkIn(id, Map.of("code", "not-a-code"), host), 404, "NOT_FOUND");
        assertError(tickets.checkIn(UUID.randomUUID().toString(), Map.of("code", "x"), host), 404, "NOT_FOUND");
    }

    @Test
    void the_host_sees_every_attendee_with_check_in_and_others_see_counts() {
        String id = events.create(host, Tickets.priced(5, 7));
        Accounts.Session going = events.partier();
        Accounts.Session curious = events.partier();
        String code = tickets.paid(id, going, host).path("code").asText();
        assertThat(events.rsvp(id, "interested", curious).status()).isEqualTo(200);
        assertThat(tickets.checkIn(id, Map.of("code", code), host).status()).isEqualTo(200);

        Reply list = api.get("/api/v1/events/" + id + "/attendees?limit=1", host.accessToken());
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.data().path("counts").path("going").asLong()).isEqualTo(1);
        JsonNode first = list.data().path("items").get(0);
        assertThat(first.path("user").path("id").asText()).isEqualTo(going.userId());
        assertThat(first.path("status").asText()).isEqualTo("going");
        assertThat(first.path("ticketStatus").asText()).isEqualTo("PAID");
        assertThat(first.path("checkedInAt").asText()).isNotBlank();
        String cursor = list.data().path("nextCursor").asText();
        Reply next = api.get("/api/v1/events/" + id + "/attendees?limit=1&cursor=" + cursor, host.accessToken());
        assertThat(next.data().path("items").get(0).path("user").path("id").asText()).isEqualTo(curious.userId());
        assertThat(next.data().path("items").get(0).path("checkedInAt").isNull()).isTrue();
        assertThat(next.data().path("nextCursor").isNull()).isTrue();

        Reply asGuest = api.get("/api/v1/events/" + id + "/attendees", curious.accessToken());
        assertThat(asGuest.status()).isEqualTo(200);
        assertThat(asGuest.data().path("counts").path("interested").asLong()).isEqualTo(1);
        assertThat(asGuest.data().path("items").isMissingNode()).as("others see counts only").isTrue();
        assertThat(api.get("/api/v1/events/" + id + "/attendees", events.admin().accessToken()).data()
                .path("items").size()).isEqualTo(2);
    }

    @Test
    void the_event_reminders_job_reminds_a_going_attendee_of_tomorrows_event_once() throws Exception {
        Map<String, Object> body = Events.body("Tomorrow", 1);
        body.remove("ticketPrice");
        String id = events.create(host, body);
        Accounts.Session going = events.partier();
        assertThat(events.rsvp(id, "going", going).status()).isEqualTo(200);
        assertThat(io.ensemble.app.support.AdminTasks.run(api.client(), APP.getAdminPort(), "event-reminders"))
                .startsWith("succeeded");
        assertThat(io.ensemble.app.support.AdminTasks.run(api.client(), APP.getAdminPort(), "event-reminders"))
                .startsWith("succeeded");
        assertThat(Tickets.notifications(going, "EVENT_REMINDER", id)).isEqualTo(1);
        assertThat(Tickets.notifications(host, "EVENT_REMINDER", id)).isZero();
    }

    @Test
    void attendees_of_an_unknown_event_or_with_a_bad_cursor_are_refused() {
        String id = events.create(host, Tickets.priced(5, 7));
        assertError(api.get("/api/v1/events/" + UUID.randomUUID() + "/attendees", host.accessToken()), 404,
                "NOT_FOUND");
        assertInvalid(api.get("/api/v1/events/" + id + "/attendees?cursor=%25%25%25", host.accessToken()), "cursor");
        assertThat(api.get("/api/v1/events/" + id + "/attendees").status()).isEqualTo(401);
    }
}
