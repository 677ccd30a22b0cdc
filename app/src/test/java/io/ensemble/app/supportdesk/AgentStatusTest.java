package io.ensemble.app.supportdesk;

import static io.ensemble.app.supportdesk.SupportRoutes.MY_STATUS;
import static io.ensemble.app.supportdesk.SupportRoutes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.AdminTasks;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.RoleSessions;
import io.ensemble.app.support.Sql;
import io.ensemble.app.support.WsClient;
import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.support.AgentStatus;
import io.ensemble.testing.MutableClock;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Support agents' availability (issue 23 §3): an agent reads and sets their own status (anyone else 403,
 * another agent's 403, a bad status 400); an agent whose last socket closed 5 minutes ago goes offline,
 * by the clock (moved here) and by the realtime presence (an agent still connected stays available).
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AgentStatusTest {
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

    private String status(Accounts.Session agent) {
        Reply r = api.get(MY_STATUS, agent.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data().path("status").asText();
    }

    @Test
    void an_agent_sets_and_reads_their_own_status() {
        Accounts.Session agent = support.agent();
        assertThat(status(agent)).isEqualTo("offline");
        Reply set = support.setStatus(agent, "busy");
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.data().path("agentId").asText()).isEqualTo(agent.userId());
        assertThat(set.data().path("status").asText()).isEqualTo("busy");
        assertThat(set.data().path("openTickets").asInt()).isZero();
        assertThat(status(agent)).isEqualTo("busy");
        Reply own = support.put("/api/v1/support/agents/" + agent.userId() + "/status", Map.of("status", "available"),
                agent);
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(status(agent)).isEqualTo("available");
    }

    @Test
    void nobody_sets_another_agents_status_and_non_agents_have_none() {
        Accounts.Session agent = support.agent();
        Accounts.Session other = support.agent();
        Accounts.Session creator = roles.of("CREATOR");
        Accounts.Session admin = roles.admin();
        Map<String, String> available = Map.of("status", "available");

        assertError(support.put("/api/v1/support/agents/" + other.userId() + "/status", available, agent), 403, null);
        assertError(support.put("/api/v1/support/agents/" + other.userId() + "/status", available, admin), 403, null);
        assertError(support.setStatus(creator, "available"), 403, null);
        assertError(api.get(MY_STATUS, creator.accessToken()), 403, null);
        assertThat(status(other)).isEqualTo("offline");
        assertThat(Sql.count("SELECT count(*) FROM support_agents WHERE user_id = ?",
                UUID.fromString(creator.userId()))).isZero();
    }

    @Test
    void a_bad_status_is_refused_naming_the_field_and_nothing_changes() {
        Accounts.Session agent = support.availableAgent();
        assertError(support.setStatus(agent, "away"), 400, "status");
        assertError(support.put(MY_STATUS, "{}", agent), 400, "status");
        assertError(support.put("/api/v1/support/agents/not-an-id/status", Map.of("status", "busy"), agent), 404, null);
        assertThat(status(agent)).isEqualTo("available");
    }

    @Test
    void the_away_job_sets_offline_an_agent_without_a_socket_for_5_minutes_but_not_a_connected_one()
            throws Exception {
        Accounts.Session connected = support.availableAgent();
        Accounts.Session away = support.availableAgent();
        try (WsClient ws = WsClient.connected(APP.getLocalPort(), connected.accessToken())) {
            Timestamp sixMinutesAgo = Timestamp.from(Instant.now().minus(Duration.ofMinutes(6)));
            for (Accounts.Session a : new Accounts.Session[] {connected, away}) {
                UUID id = UUID.fromString(a.userId());
                Sql.execute("UPDATE support_agents SET status_at = ? WHERE user_id = ?", sixMinutesAgo, id);
                Sql.execute("UPDATE users SET last_seen_at = ? WHERE id = ?", sixMinutesAgo, id);
            }
            String run = AdminTasks.run(api.client(), APP.getAdminPort(), "support-agents-away");
            assertThat(run).startsWith("succeeded");
            assertThat(status(away)).isEqualTo("offline");
            assertThat(status(connected)).isEqualTo("available");
        }
    }

    @Test
    void by_the_clock_an_agent_goes_offline_5_minutes_after_their_last_socket_closed() {
        MutableClock clock = new MutableClock(Instant.parse("2031-06-01T09:00:00Z")
                .plus(Duration.ofMinutes(new java.util.Random().nextInt(500_000))));
        SupportDesk desk = new SupportDesk(clock);
        Caller agent = desk.user(Role.AGENT);
        Caller online = desk.user(Role.AGENT);
        Instant start = clock.instant();
        desk.agentService.setStatus(agent, agent.userId(), "available");
        desk.agentService.setStatus(online, online.userId(), "available");
        Set<UUID> connected = Set.of(online.userId());
        Sql.execute("UPDATE users SET last_seen_at = ? WHERE id = ?",
                Timestamp.from(start.plus(Duration.ofMinutes(2))), agent.userId());

        clock.set(start.plus(Duration.ofMinutes(6)));
        desk.agentService.offlineWhenAway(connected::contains);
        assertThat(desk.agents.find(agent.userId()).orElseThrow().status()).isEqualTo(AgentStatus.AVAILABLE);

        clock.set(start.plus(Duration.ofMinutes(7)).minusSeconds(1));
        desk.agentService.offlineWhenAway(connected::contains);
        assertThat(desk.agents.find(agent.userId()).orElseThrow().status()).isEqualTo(AgentStatus.AVAILABLE);

        clock.set(start.plus(Duration.ofMinutes(7)));
        desk.agentService.offlineWhenAway(connected::contains);
        assertThat(desk.agents.find(agent.userId()).orElseThrow().status()).isEqualTo(AgentStatus.OFFLINE);
        assertThat(desk.agents.find(online.userId()).orElseThrow().status()).isEqualTo(AgentStatus.AVAILABLE);
    }
}
