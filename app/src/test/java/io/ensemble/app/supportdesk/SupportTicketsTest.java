package io.ensemble.app.supportdesk;

import static io.ensemble.app.supportdesk.SupportRoutes.TICKETS;
import static io.ensemble.app.supportdesk.SupportRoutes.assertError;
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
import io.ensemble.app.support.WsClient;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * End-to-end: the support desk's ticket routes (issue 23 §3) over HTTP and {@code /ws}: assignment to an
 * available agent (or the queue until one becomes available), the thread as a chat conversation of the
 * requester and the agent, the status moves with their times and the 7-day reopen window, who sees what
 * (others' tickets 404, a ticket on behalf of someone else 403, admins reassign), filters, bad input, and
 * {@code ticket_updated} pushed live to the parties.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class SupportTicketsTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    private Api api;
    private RoleSessions roles;
    private SupportRoutes support;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        roles = new RoleSessions(api, new Inbox(MAIL));
        support = new SupportRoutes(api, roles);
        SupportDesk.othersOffline();
    }

    private JsonNode ticket(Accounts.Session who, String id) {
        Reply r = api.get(TICKETS + "/" + id, who.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data();
    }

    private int openTickets(Accounts.Session agent) {
        Reply r = api.get(SupportRoutes.MY_STATUS, agent.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data().path("openTickets").asInt();
    }

    private Reply messages(Accounts.Session who, String conversationId) {
        return api.get("/api/v1/chat/conversations/" + conversationId + "/messages", who.accessToken());
    }

    @Test
    void a_ticket_is_assigned_answered_in_its_thread_resolved_reopened_and_closed_with_its_times() {
        Accounts.Session agent = support.availableAgent();
        Accounts.Session user = roles.of("CREATOR");

        JsonNode t = support.opened(user, "Payout missing");
        String id = t.path("id").asText();
        assertThat(t.path("status").asText()).isEqualTo("assigned");
        assertThat(t.path("agentId").asText()).isEqualTo(agent.userId());
        assertThat(t.path("requesterId").asText()).isEqualTo(user.userId());
        assertThat(t.path("priority").asText()).isEqualTo("high");
        assertThat(t.path("category").asText()).isEqualTo("payments");
        assertThat(t.path("assignedAt").isNull()).isFalse();
        assertThat(t.path("firstResponseAt").isNull()).isTrue();
        assertThat(openTickets(agent)).isEqualTo(1);

        String conversation = t.path("conversationId").asText();
        assertThat(messages(user, conversation).status()).isEqualTo(200);
        Reply sent = api.post("/api/v1/chat/conversations/" + conversation + "/messages",
                Map.of("content", "Looking into it"), agent.accessToken());
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        JsonNode answered = ticket(user, id);
        assertThat(java.time.Instant.parse(answered.path("firstResponseAt").asText()))
                .isEqualTo(java.time.Instant.parse(sent.data().path("createdAt").asText()));
        assertThat(answered.path("firstResponseSeconds").asLong()).isNotNegative();

        assertThat(support.moved(agent, id, "in_progress").path("status").asText()).isEqualTo("in_progress");
        JsonNode resolved = support.moved(agent, id, "resolved");
        assertThat(resolved.path("status").asText()).isEqualTo("resolved");
        assertThat(resolved.path("resolvedAt").isNull()).isFalse();
        assertThat(resolved.path("resolutionSeconds").asLong()).isNotNegative();
        assertThat(openTickets(agent)).isZero();

        JsonNode reopened = support.moved(user, id, "open");
        assertThat(reopened.path("status").asText()).isEqualTo("assigned");
        assertThat(reopened.path("agentId").asText()).isEqualTo(agent.userId());
        assertThat(reopened.path("resolvedAt").isNull()).isTrue();
        assertThat(openTickets(agent)).isEqualTo(1);

        support.moved(agent, id, "resolved");
        JsonNode closed = support.moved(user, id, "closed");
        assertThat(closed.path("status").asText()).isEqualTo("closed");
        assertThat(closed.path("closedAt").isNull()).isFalse();
        assertError(support.move(user, id, "open"), 409, "ILLEGAL_TRANSITION");
        assertError(support.move(agent, id, "in_progress"), 409, "ILLEGAL_TRANSITION");

        String newer = support.opened(user, "Second question").path("id").asText();
        Reply first = api.get(TICKETS + "?limit=1", user.accessToken());
        assertThat(first.itemIds()).containsExactly(newer);
        String cursor = first.data().path("nextCursor").asText();
        Reply second = api.get(TICKETS + "?limit=1&cursor=" + cursor, user.accessToken());
        assertThat(second.itemIds()).containsExactly(id);
        assertThat(second.data().path("nextCursor").isNull()).isTrue();
        assertError(api.get(TICKETS + "?cursor=garbage", user.accessToken()), 400, "cursor");
    }

    @Test
    void a_ticket_waits_in_the_queue_until_an_agent_becomes_available() {
        Accounts.Session user = roles.of("CREATOR");
        JsonNode queued = support.opened(user, "Cannot upload");
        assertThat(queued.path("status").asText()).isEqualTo("open");
        assertThat(queued.path("agentId").isNull()).isTrue();

        Accounts.Session agent = support.agent();
        assertThat(ticket(user, queued.path("id").asText()).path("status").asText()).isEqualTo("open");
        assertThat(support.setStatus(agent, "available").data().path("openTickets").asInt()).isEqualTo(1);

        JsonNode assigned = ticket(user, queued.path("id").asText());
        assertThat(assigned.path("status").asText()).isEqualTo("assigned");
        assertThat(assigned.path("agentId").asText()).isEqualTo(agent.userId());
        assertThat(messages(agent, assigned.path("conversationId").asText()).status()).isEqualTo(200);
    }

    @Test
    void ticket_changes_are_pushed_live_to_the_requester_and_the_agent() {
        Accounts.Session agent = support.availableAgent();
        Accounts.Session user = roles.of("CREATOR");
        try (WsClient userWs = WsClient.connected(APP.getLocalPort(), user.accessToken());
             WsClient agentWs = WsClient.connected(APP.getLocalPort(), agent.accessToken())) {
            String id = support.opened(user, "Refund please").path("id").asText();
            agentWs.await("ticket_updated", f -> f.path("data").path("ticket").path("id").asText().equals(id)
                    && f.path("data").path("ticket").path("status").asText().equals("assigned"));

            support.moved(agent, id, "in_progress");
            JsonNode pushed = userWs.await("ticket_updated", f -> f.path("data").path("ticket").path("status")
                    .asText().equals("in_progress"));
            assertThat(pushed.path("data").path("ticket").path("id").asText()).isEqualTo(id);
            assertThat(pushed.path("data").path("ticket").path("agentId").asText()).isEqualTo(agent.userId());
        }
    }

    @Test
    void users_see_their_own_tickets_agents_theirs_and_the_queue_and_admins_all_and_reassign() {
        Accounts.Session agentA = support.availableAgent();
        Accounts.Session user1 = roles.of("CREATOR");
        Accounts.Session user2 = roles.of("BRAND");
        String t1 = support.opened(user1, "Order stuck").path("id").asText();
        assertThat(support.setStatus(agentA, "busy").status()).isEqualTo(200);
        String t2 = support.opened(user2, "Wrong invoice").path("id").asText();
        Accounts.Session agentB = support.agent();
        Accounts.Session admin = roles.admin();

        assertError(api.get(TICKETS + "/" + t1, user2.accessToken()), 404, null);
        assertThat(api.get(TICKETS, user2.accessToken()).itemIds()).containsExactly(t2);
        assertError(api.get(TICKETS + "/" + t1, agentB.accessToken()), 404, null);
        assertThat(ticket(agentB, t2).path("status").asText()).isEqualTo("open");
        assertThat(api.get(TICKETS + "?assignee=unassigned&limit=100", agentB.accessToken()).itemIds())
                .contains(t2).doesNotContain(t1);
        assertThat(api.get(TICKETS + "?limit=100", agentA.accessToken()).itemIds()).contains(t1, t2);
        assertThat(api.get(TICKETS + "?limit=100&status=open", admin.accessToken()).itemIds())
                .contains(t2).doesNotContain(t1);
        assertThat(api.get(TICKETS + "?limit=100&assignee=" + agentA.userId(), admin.accessToken()).itemIds())
                .containsExactly(t1);
        Reply page = api.get(TICKETS + "?limit=1&priority=high", user1.accessToken());
        assertThat(page.itemIds()).containsExactly(t1);

        assertError(support.move(user1, t1, "in_progress"), 403, null);
        assertError(support.move(agentB, t2, "in_progress"), 403, null);
        assertError(support.move(agentB, t1, "in_progress"), 404, null);
        assertError(support.move(user2, t1, "closed"), 404, null);

        Reply onBehalf = api.post(TICKETS, Map.of("subject", "For my friend", "description", "x",
                "requesterId", user1.userId()), user2.accessToken());
        assertError(onBehalf, 403, null);
        assertThat(Sql.count("SELECT count(*) FROM support_tickets WHERE subject = 'For my friend'")).isZero();

        Map<String, String> toB = Map.of("agentId", agentB.userId());
        assertError(support.put(TICKETS + "/" + t1 + "/assignee", toB, user1), 403, null);
        assertError(support.put(TICKETS + "/" + t1 + "/assignee", toB, agentA), 403, null);
        Reply reassigned = support.put(TICKETS + "/" + t1 + "/assignee", toB, admin);
        assertThat(reassigned.status()).as(reassigned.toString()).isEqualTo(200);
        assertThat(reassigned.data().path("agentId").asText()).isEqualTo(agentB.userId());
        String conversation = reassigned.data().path("conversationId").asText();
        assertThat(messages(agentB, conversation).status()).isEqualTo(200);
        assertThat(messages(agentA, conversation).status()).isEqualTo(404);
        assertError(api.get(TICKETS + "/" + t1, agentA.accessToken()), 404, null);
        assertThat(openTickets(agentA)).isZero();
        assertThat(openTickets(agentB)).isEqualTo(1);
    }

    @Test
    void bad_input_is_refused_naming_the_field_and_nothing_is_written() {
        Accounts.Session agent = support.availableAgent();
        Accounts.Session user = roles.of("CREATOR");
        Accounts.Session admin = roles.admin();
        UUID userId = UUID.fromString(user.userId());

        assertError(api.post(TICKETS, Map.of("description", "no subject"), user.accessToken()), 400, "subject");
        assertError(support.open(user, "x".repeat(201), null), 400, "subject");
        assertError(support.open(user, "Bad priority", "critical"), 400, "priority");
        assertError(api.post(TICKETS, Map.of("subject", "s", "description", "d", "requesterId", "nope"),
                user.accessToken()), 400, "requesterId");
        assertThat(Sql.count("SELECT count(*) FROM support_tickets WHERE requester_id = ?", userId)).isZero();

        assertError(api.get(TICKETS + "?status=pending", user.accessToken()), 400, "status");
        assertError(api.get(TICKETS + "?priority=critical", user.accessToken()), 400, "priority");
        assertError(api.get(TICKETS + "?assignee=someone", user.accessToken()), 400, "assignee");
        assertError(api.get(TICKETS + "/" + UUID.randomUUID(), user.accessToken()), 404, null);
        assertError(api.get(TICKETS + "/not-an-id", user.accessToken()), 404, null);

        String id = support.opened(user, "Broken link").path("id").asText();
        assertError(support.move(agent, id, "finished"), 400, "status");
        assertError(support.move(agent, id, "assigned"), 409, "ILLEGAL_TRANSITION");
        assertError(support.move(agent, id, "closed"), 409, "ILLEGAL_TRANSITION");
        assertError(support.put(TICKETS + "/" + id + "/assignee", Map.of("agentId", user.userId()), admin),
                400, "agentId");
        assertThat(ticket(user, id).path("agentId").asText()).isEqualTo(agent.userId());

        support.moved(agent, id, "resolved");
        Sql.execute("UPDATE support_tickets SET resolved_at = resolved_at - interval '7 days 1 minute' WHERE id = ?",
                UUID.fromString(id));
        assertError(support.move(user, id, "open"), 409, "REOPEN_WINDOW_CLOSED");
        assertThat(ticket(user, id).path("status").asText()).isEqualTo("resolved");
        support.moved(user, id, "closed");
        assertError(support.put(TICKETS + "/" + id + "/assignee", Map.of("agentId", agent.userId()), admin),
                409, "TICKET_CLOSED");
    }
}
