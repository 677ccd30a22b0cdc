package io.ensemble.app.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.Sql;
import java.util.Map;
import java.util.UUID;

/** Calls and checks of the ticket routes (issue 21 §3), shared by the ticket tests. */
final class Tickets {
    private final Api api;

    Tickets(Api api) {
        this.api = api;
    }

    /** A priced ($50.00) event with {@code capacity} seats, starting in {@code days} days. */
    static Map<String, Object> priced(int capacity, long days) {
        Map<String, Object> body = Events.body("Ticketed night", days);
        body.put("capacity", capacity);
        return body;
    }

    Reply buy(String eventId, Accounts.Session who, String key) {
        Map<String, String> headers = key == null ? Map.of() : Map.of("Idempotency-Key", key);
        return api.sendRaw("POST", "/api/v1/events/" + eventId + "/tickets", "", who == null ? null
                : who.accessToken(), headers);
    }

    /** Buys and asserts 201 PENDING. @return the ticket's data */
    com.fasterxml.jackson.databind.JsonNode bought(String eventId, Accounts.Session who) {
        Reply r = buy(eventId, who, null);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.data().path("status").asText()).isEqualTo("PENDING");
        return r.data();
    }

    Reply recordPayment(String eventId, String ticketId, Accounts.Session who) {
        return api.post("/api/v1/events/" + eventId + "/tickets/" + ticketId + "/payment", Map.of(), token(who));
    }

    Reply refund(String eventId, String ticketId, Accounts.Session who) {
        return api.post("/api/v1/events/" + eventId + "/tickets/" + ticketId + "/refund", Map.of(), token(who));
    }

    Reply checkIn(String eventId, Object body, Accounts.Session who) {
        return api.post("/api/v1/events/" + eventId + "/check-in", body, token(who));
    }

    /** Buys a ticket as {@code who} and has {@code host} record its payment. @return the PAID ticket's data */
    com.fasterxml.jackson.databind.JsonNode paid(String eventId, Accounts.Session who, Accounts.Session host) {
        var ticket = bought(eventId, who);
        Reply paid = recordPayment(eventId, ticket.path("id").asText(), host);
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        assertThat(paid.data().path("status").asText()).isEqualTo("PAID");
        return ticket;
    }

    static long ticketsOf(String eventId) {
        return Sql.count("SELECT count(*) FROM event_tickets WHERE event_id = ?", UUID.fromString(eventId));
    }

    static boolean ticketIs(String ticketId, String status) {
        return Sql.count("SELECT count(*) FROM event_tickets WHERE id = ? AND status = ?", UUID.fromString(ticketId),
                status) == 1;
    }

    static long notifications(Accounts.Session who, String type, String subjectId) {
        return Sql.count("SELECT count(*) FROM notifications WHERE user_id = ? AND type = ? AND subject_id = ?",
                UUID.fromString(who.userId()), type, UUID.fromString(subjectId));
    }

    private static String token(Accounts.Session who) {
        return who == null ? null : who.accessToken();
    }
}
