package io.ensemble.app.admin;

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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Seeds/001 §Admin {@code GET /connections} (issue 20 §1): every connection request, newest first, filtered by
 * status, user (either side) and creation time, in cursor pages; ADMIN only.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AdminConnectionsTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);
    private static final String ROUTE = "/api/v1/admin/connections";

    private static Api api;
    private static Accounts.Session root;
    private static Accounts.Session salon;
    private static Accounts.Session influencer;
    private static Accounts.Session other;
    private static String pendingId;
    private static String acceptedId;
    private static Instant before;

    @BeforeAll
    static void seed() {
        api = new Api(APP.getLocalPort());
        RoleSessions roles = new RoleSessions(api, new Inbox(MAIL));
        root = roles.admin();
        salon = roles.of("SALON");
        influencer = roles.of("INFLUENCER");
        other = roles.of("INFLUENCER");
        before = Instant.now().minusSeconds(1);
        acceptedId = request(influencer, salon);
        Reply accept = api.sendRaw("PATCH", "/api/v1/connections/requests/" + acceptedId + "/accept", null,
                salon.accessToken(), Map.of());
        assertThat(accept.status()).as(accept.toString()).isEqualTo(200);
        pendingId = request(other, salon);
    }

    private static String request(Accounts.Session from, Accounts.Session to) {
        Reply r = api.post("/api/v1/connections/request", Map.of("receiverId", to.userId()), from.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.data().path("id").asText();
    }

    @Test
    void an_admin_lists_a_users_connections_newest_first_with_status_and_time_filters() {
        Reply all = api.get(ROUTE + "?userId=" + salon.userId(), root.accessToken());
        assertThat(AdminRoutes.ids(all)).containsExactly(pendingId, acceptedId);
        JsonNode accepted = all.data().path("items").get(1);
        assertThat(accepted.path("requesterId").asText()).isEqualTo(influencer.userId());
        assertThat(accepted.path("receiverId").asText()).isEqualTo(salon.userId());
        assertThat(accepted.path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.path("respondedAt").asText()).isNotBlank();
        assertThat(all.data().path("items").get(0).path("respondedAt").isNull()).isTrue();

        assertThat(AdminRoutes.ids(api.get(ROUTE + "?userId=" + salon.userId() + "&status=accepted", root.accessToken())))
                .containsExactly(acceptedId);
        assertThat(AdminRoutes.ids(api.get(ROUTE + "?userId=" + other.userId() + "&status=PENDING", root.accessToken())))
                .containsExactly(pendingId);
        assertThat(AdminRoutes.ids(api.get(ROUTE + "?status=REJECTED&userId=" + salon.userId(), root.accessToken()))).isEmpty();
        assertThat(AdminRoutes.ids(api.get(ROUTE + "?userId=" + salon.userId() + "&from=" + before, root.accessToken())))
                .containsExactly(pendingId, acceptedId);
        assertThat(AdminRoutes.ids(api.get(ROUTE + "?userId=" + salon.userId() + "&to=" + before, root.accessToken()))).isEmpty();
    }

    @Test
    void pages_follow_the_cursor() {
        Reply first = api.get(ROUTE + "?userId=" + salon.userId() + "&limit=1", root.accessToken());
        assertThat(AdminRoutes.ids(first)).containsExactly(pendingId);
        String cursor = first.data().path("nextCursor").asText();
        Reply second = api.get(ROUTE + "?userId=" + salon.userId() + "&limit=1&cursor=" + cursor, root.accessToken());
        assertThat(AdminRoutes.ids(second)).containsExactly(acceptedId);
        assertThat(second.data().path("nextCursor").isNull()).isTrue();
    }

    @Test
    void bad_filters_are_400_naming_each_field() {
        Reply r = api.get(ROUTE + "?status=MAYBE&userId=42&from=yesterday&to=soon", root.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(r.invalidFields()).containsExactlyInAnyOrder("status", "userId", "from", "to");
        Reply backwards = api.get(ROUTE + "?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", root.accessToken());
        assertThat(backwards.invalidFields()).containsExactly("to");
        assertThat(api.get(ROUTE + "?cursor=zzz", root.accessToken()).invalidFields()).containsExactly("cursor");
    }

    @Test
    void other_roles_get_403() {
        for (Accounts.Session who : List.of(salon, influencer)) {
            Reply r = api.get(ROUTE + "?userId=" + who.userId(), who.accessToken());
            assertThat(r.status()).as(r.toString()).isEqualTo(403);
            assertThat(r.code()).isEqualTo("FORBIDDEN");
        }
        assertThat(api.get(ROUTE).status()).isEqualTo(401);
    }
}
