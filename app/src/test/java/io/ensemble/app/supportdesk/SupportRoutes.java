package io.ensemble.app.supportdesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.RoleSessions;
import io.ensemble.app.support.Sql;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Shared steps of the support route tests: agents, tickets, status moves and error shapes. */
final class SupportRoutes {
    static final String TICKETS = "/api/v1/support/tickets";
    static final String MY_STATUS = "/api/v1/support/agents/me/status";

    private final Api api;
    private final RoleSessions roles;

    SupportRoutes(Api api, RoleSessions roles) {
        this.api = api;
        this.roles = roles;
    }

    /** @return an account promoted to AGENT in the database, logged in again so its token carries the role */
    Accounts.Session agent() {
        Accounts.Session s = roles.of("BRAND");
        Sql.execute("UPDATE users SET role = 'AGENT' WHERE id = ?", UUID.fromString(s.userId()));
        Reply login = api.post("/api/v1/auth/login", Map.of("email", s.email(), "password", Accounts.PASSWORD));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return new Accounts.Session(s.userId(), s.email(), login.data().path("accessToken").asText(),
                login.data().path("refreshToken").asText());
    }

    /** An agent that set themselves available. */
    Accounts.Session availableAgent() {
        Accounts.Session a = agent();
        Reply r = setStatus(a, "available");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return a;
    }

    Reply setStatus(Accounts.Session agent, String status) {
        return put(MY_STATUS, Map.of("status", status), agent);
    }

    Reply put(String path, Object body, Accounts.Session who) {
        return api.sendRaw("PUT", path, body instanceof String s ? s : Api.toJson(body), who.accessToken(), Map.of());
    }

    Reply open(Accounts.Session who, String subject, String priority) {
        Map<String, Object> body = new HashMap<>();
        body.put("subject", subject);
        body.put("description", "Details of " + subject);
        body.put("category", "payments");
        if (priority != null) {
            body.put("priority", priority);
        }
        return api.post(TICKETS, body, who.accessToken());
    }

    /** Opens a ticket and expects 201. @return the ticket */
    JsonNode opened(Accounts.Session who, String subject) {
        Reply r = open(who, subject, "high");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.data();
    }

    Reply move(Accounts.Session who, String ticketId, String status) {
        return put(TICKETS + "/" + ticketId + "/status", Map.of("status", status), who);
    }

    /** Moves the ticket and expects 200. @return the ticket */
    JsonNode moved(Accounts.Session who, String ticketId, String status) {
        Reply r = move(who, ticketId, status);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data();
    }

    /** Asserts an error answer: status, and {@code code} or the invalid field. */
    static void assertError(Reply r, int status, String codeOrField) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        if (status == 400) {
            assertThat(r.invalidFields()).as(r.toString()).contains(codeOrField);
        } else if (codeOrField != null) {
            assertThat(r.code()).as(r.toString()).isEqualTo(codeOrField);
        }
    }
}
