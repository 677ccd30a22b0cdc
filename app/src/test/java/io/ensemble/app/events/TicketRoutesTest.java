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

/**
 * End-to-end: tickets of paid events with the default {@code manual} gateway (issue 21 §3) over HTTP on
 * real PostgreSQL: purchase with {@code Idempotency-Key}, the host records payment, refunds free the seat
 * for the waitlist, cancellation refunds every ticket, never over-sold under concurrent buyers.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class TicketRoutesTest {
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
    void a_bought_ticket_paid_by_the_host_makes_the_buyer_going_and_the_same_key_answers_the_same_ticket() {
        String id = events.create(host, Tickets.priced(5, 7));
        Accounts.Session partier = events.partier();
        assertError(events.rsvp(id, "going", partier), 409, "TICKET_REQUIRED");

        Reply first = tickets.buy(id, partier, "buy-" + id);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        JsonNode ticket = first.data();
        assertThat(ticket.path("status").asText()).isEqualTo("PENDING");
        assertThat(ticket.path("price").path("amount").asLong()).isEqualTo(5000);
        assertThat(ticket.path("provider").asText()).isEqualTo("manual");
        assertThat(ticket.path("code").asText()).hasSize(22);
        Reply again = tickets.buy(id, partier, "buy-" + id);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.data().path("id").asText()).isEqualTo(ticket.path("id").asText());
        assertThat(Tickets.ticketsOf(id)).isEqualTo(1);
        assertError(events.rsvp(id, "going", partier), 409, "TICKET_UNPAID");

        String ticketId = ticket.path("id").asText();
        Reply paid = tickets.recordPayment(id, ticketId, host);
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        assertThat(paid.data().path("status").asText()).isEqualTo("PAID");
        assertThat(paid.data().path("code").isNull()).as("the code is the holder's").isTrue();
        Reply detail = api.get("/api/v1/events/" + id, partier.accessToken());
        assertThat(detail.data().path("isGoing").asBoolean()).isTrue();
        assertThat(detail.data().path("host").path("id").asText()).isEqualTo(host.userId());
        assertThat(detail.data().path("host").path("name").asText()).isNotBlank();
        assertThat(Tickets.notifications(host, "EVENT_RSVP", id)).isEqualTo(1);
        assertThat(Tickets.notifications(partier, "EVENT_TICKET", ticketId)).isEqualTo(1);
        assertError(events.rsvp(id, "not_going", partier), 409, "TICKET_HELD");
        Reply own = api.get("/api/v1/events/" + id + "/tickets/" + ticketId, partier.accessToken());
        assertThat(own.data().path("code").asText()).isEqualTo(ticket.path("code").asText());
    }

    @Test
    void only_the_host_or_an_admin_records_payment_and_others_cannot_see_a_ticket() {
        String id = events.create(host, Tickets.priced(5, 7));
        Accounts.Session buyer = events.partier();
        Accounts.Session stranger = events.partier();
        String ticketId = tickets.bought(id, buyer).path("id").asText();
        assertError(tickets.recordPayment(id, ticketId, buyer), 404, "NOT_FOUND");
        assertError(tickets.recordPayment(id, ticketId, events.host()), 404, "NOT_FOUND");
        assertError(api.get("/api/v1/events/" + id + "/tickets/" + ticketId, stranger.accessToken()), 404,
                "NOT_FOUND");
        assertThat(tickets.buy(id, null, null).status()).isEqualTo(401);
        assertThat(Tickets.ticketIs(ticketId, "PENDING")).isTrue();
        Reply byAdmin = tickets.recordPayment(id, ticketId, events.admin());
        assertThat(byAdmin.status()).as(byAdmin.toString()).isEqualTo(200);
        assertThat(Tickets.ticketIs(ticketId, "PAID")).isTrue();
    }

    @Test
    void bad_purchases_are_refused_and_write_nothing() {
        Map<String, Object> free = Tickets.priced(5, 7);
        free.remove("ticketPrice");
        String freeId = events.create(host, free);
        Accounts.Session partier = events.partier();
        assertError(tickets.buy(freeId, partier, null), 409, "EVENT_FREE");
        assertThat(Tickets.ticketsOf(freeId)).isZero();
        assertError(tickets.buy(UUID.randomUUID().toString(), partier, null), 404, "NOT_FOUND");
        String id = events.create(host, Tickets.priced(5, 7));
        assertInvalid(tickets.buy(id, partier, "k".repeat(256)), "Idempotency-Key");
        assertThat(Tickets.ticketsOf(id)).isZero();
        String key = "reused-" + id;
        assertThat(tickets.buy(id, partier, key).status()).isEqualTo(201);
        String other = events.create(host, Tickets.priced(5, 8));
        assertError(tickets.buy(other, partier, key), 422, "IDEMPOTENCY_KEY_REUSED");
        assertThat(Tickets.ticketsOf(other)).isZero();
        assertThat(api.post("/api/v1/events/" + id + "/cancel", Map.of(), host.accessToken()).status()).isEqualTo(200);
        assertError(tickets.buy(id, events.partier(), null), 409, "EVENT_CANCELLED");
    }

    @Test
    void a_refund_frees_the_seat_for_the_first_on_the_waitlist_and_nobody_jumps_the_line() {
        String id = events.create(host, Tickets.priced(1, 7));
        Accounts.Session holder = events.partier();
        Accounts.Session waiting = events.partier();
        Accounts.Session late = events.partier();
        String ticketId = tickets.paid(id, holder, host).path("id").asText();
        Reply waitlisted = events.rsvp(id, "going", waiting);
        assertThat(waitlisted.data().path("status").asText()).as(waitlisted.toString()).isEqualTo("waitlisted");
        assertError(tickets.buy(id, waiting, null), 409, "SOLD_OUT");
        assertThat(events.rsvp(id, "going", late).data().path("status").asText()).isEqualTo("waitlisted");

        Reply refunded = tickets.refund(id, ticketId, holder);
        assertThat(refunded.status()).as(refunded.toString()).isEqualTo(200);
        assertThat(refunded.data().path("status").asText()).isEqualTo("REFUNDED");
        assertThat(api.get("/api/v1/events/" + id, holder.accessToken()).data().path("counts").path("going").asLong())
                .isZero();
        assertThat(Tickets.notifications(waiting, "EVENT_SEAT", id)).isEqualTo(1);
        assertThat(Tickets.notifications(late, "EVENT_SEAT", id)).isZero();
        assertError(tickets.buy(id, late, null), 409, "SOLD_OUT");
        tickets.bought(id, waiting);
        assertError(tickets.refund(id, ticketId, holder), 409, "TICKET_NOT_REFUNDABLE");
        assertError(tickets.refund(id, ticketId, late), 404, "NOT_FOUND");
    }

    @Test
    void cancelling_an_event_refunds_every_ticket_and_tells_attendees() {
        String id = events.create(host, Tickets.priced(5, 7));
        Accounts.Session paidBuyer = events.partier();
        Accounts.Session pendingBuyer = events.partier();
        String paid = tickets.paid(id, paidBuyer, host).path("id").asText();
        String pending = tickets.bought(id, pendingBuyer).path("id").asText();
        Reply cancelled = api.post("/api/v1/events/" + id + "/cancel", Map.of(), host.accessToken());
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(Tickets.ticketIs(paid, "REFUNDED")).isTrue();
        assertThat(Tickets.ticketIs(pending, "VOID")).isTrue();
        assertThat(Tickets.notifications(paidBuyer, "EVENT_UPDATED", id)).isEqualTo(1);
        assertThat(Tickets.notifications(paidBuyer, "EVENT_TICKET", paid)).isEqualTo(2);
    }

    @Test
    void concurrent_buyers_never_get_more_tickets_than_seats() throws Exception {
        int seats = 5;
        int buyers = 20;
        String id = events.create(host, Tickets.priced(seats, 7));
        List<Accounts.Session> partiers = new ArrayList<>();
        for (int i = 0; i < buyers; i++) {
            partiers.add(events.partier());
        }
        ExecutorService pool = Executors.newFixedThreadPool(buyers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Reply>> answers = new ArrayList<>();
            for (Accounts.Session p : partiers) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return tickets.buy(id, p, null);
                }));
            }
            start.countDown();
            int created = 0;
            for (Future<Reply> answer : answers) {
                Reply r = answer.get(120, TimeUnit.SECONDS);
                if (r.status() == 201) {
                    created++;
                } else {
                    assertError(r, 409, "SOLD_OUT");
                }
            }
            assertThat(created).isEqualTo(seats);
        } finally {
            pool.shutdownNow();
        }
        assertThat(Sql.count("SELECT count(*) FROM event_tickets WHERE event_id = ? AND status = 'PENDING'",
                UUID.fromString(id))).isEqualTo(seats);
    }
}
