package io.ensemble.app.moderation;

import static io.ensemble.app.moderation.ModerationFixture.assertError;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * End-to-end: {@code GET /api/v1/admin/dashboard/stats} (seeds/001 §Admin; issue 20 §3) against rows
 * seeded with SQL at chosen times around UTC midnights in May 2025 (no other test writes there), so a
 * series off by a day, a range end counted twice or left out, or a status or currency mixed up fails;
 * closed days come from the daily roll-up on a second read and must not change; today's figures are
 * counted live. Non-admins get 403; bad dates 400 naming the field.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class DashboardStatsTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);
    private static final String ROUTE = "/api/v1/admin/dashboard/stats";

    private Api api;
    private RoleSessions roles;
    private Accounts.Session admin;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        roles = new RoleSessions(api, new Inbox(MAIL));
        admin = roles.admin();
    }

    private JsonNode stats(String query) {
        Reply r = api.get(ROUTE + query, admin.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data();
    }

    private static List<String> amounts(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(a -> out.add(a.path("currency").asText() + " " + a.path("amount").asLong() + " x"
                + a.path("count").asLong()));
        return out;
    }

    /** @return a figures object as one line: signups by role, active, messages, orders by status and the money lists */
    private static String line(JsonNode f) {
        return "signups=" + f.path("signupsByRole") + "/" + f.path("signups").asLong()
                + " active=" + f.path("activeUsers").asLong() + " messages=" + f.path("messagesSent").asLong()
                + " orders=" + f.path("ordersByStatus") + "/" + f.path("orders").asLong()
                + " gross=" + amounts(f.path("grossOrderValue")) + " fees=" + amounts(f.path("platformFees"))
                + " pending=" + amounts(f.path("payoutsPending")) + " paid=" + amounts(f.path("payoutsPaid"));
    }

    @Test
    void the_series_and_totals_match_the_seeded_rows_day_by_day_and_again_from_the_roll_up() {
        StatsSeed seed = new StatsSeed();
        UUID creator = seed.user("CREATOR", "2025-05-10T23:59:59.999Z", "2025-05-11T00:00:00Z");
        UUID brand = seed.user("BRAND", "2025-05-11T00:00:00Z", "2025-05-11T23:59:59Z");
        UUID brand2 = seed.user("BRAND", "2025-05-11T12:00:00Z", "2025-05-12T08:00:00Z");
        seed.user("INFLUENCER", "2025-05-12T23:59:59Z", null);
        seed.user("SALON", "2025-05-09T23:59:59Z", "2025-05-13T00:00:00Z");
        seed.message(creator, "2025-05-10T23:59:59Z");
        seed.message(brand, "2025-05-11T00:00:00Z");
        seed.message(brand, "2025-05-11T00:00:01Z");
        seed.message(brand2, "2025-05-12T10:00:00Z");
        seed.message(brand2, "2025-05-13T00:00:00Z");
        UUID paid = seed.order(brand, creator, "PAID", 10000, "USD", "2025-05-11T00:00:01Z");
        UUID completed = seed.order(brand2, creator, "COMPLETED", 20000, "EUR", "2025-05-12T23:00:00Z");
        UUID refunded = seed.order(brand, creator, "REFUNDED", 5000, "USD", "2025-05-10T23:59:00Z");
        seed.payment(paid, 10000, "USD", "SUCCEEDED", "2025-05-11T00:00:01Z");
        seed.payment(completed, 20000, "EUR", "SUCCEEDED", "2025-05-12T23:00:00Z");
        seed.payment(refunded, 5000, "USD", "REFUNDED", "2025-05-10T23:59:00Z");
        seed.payout(creator, paid, 10000, 1000, "USD", "PENDING", "2025-05-11T05:00:00Z");
        seed.payout(creator, completed, 20000, 3000, "EUR", "PAID", "2025-05-12T23:30:00Z");

        for (int read = 1; read <= 2; read++) {
            JsonNode s = stats("?from=2025-05-10&to=2025-05-12");
            assertThat(s.path("from").asText()).isEqualTo("2025-05-10");
            assertThat(s.path("to").asText()).isEqualTo("2025-05-12");
            assertThat(s.path("days").asLong()).isEqualTo(3);
            JsonNode daily = s.path("daily");
            assertThat(daily).hasSize(3);
            assertThat(daily.get(0).path("date").asText()).isEqualTo("2025-05-10");
            assertThat(line(daily.get(0).path("figures"))).as("read " + read).isEqualTo(
                    "signups={\"CREATOR\":1}/1 active=0 messages=1 orders={\"REFUNDED\":1}/1"
                            + " gross=[] fees=[] pending=[] paid=[]");
            assertThat(line(daily.get(1).path("figures"))).as("read " + read).isEqualTo(
                    "signups={\"BRAND\":2}/2 active=2 messages=2 orders={\"PAID\":1}/1"
                            + " gross=[USD 10000 x1] fees=[USD 1000 x1] pending=[USD 9000 x1] paid=[]");
            assertThat(line(daily.get(2).path("figures"))).as("read " + read).isEqualTo(
                    "signups={\"INFLUENCER\":1}/1 active=1 messages=1 orders={\"COMPLETED\":1}/1"
                            + " gross=[EUR 20000 x1] fees=[EUR 3000 x1] pending=[] paid=[EUR 17000 x1]");
            JsonNode totals = s.path("totals");
            assertThat(totals.path("signupsByRole").path("CREATOR").asLong()).isEqualTo(1);
            assertThat(totals.path("signupsByRole").path("BRAND").asLong()).isEqualTo(2);
            assertThat(totals.path("signupsByRole").path("INFLUENCER").asLong()).isEqualTo(1);
            assertThat(totals.path("signupsByRole").path("SALON").asLong()).isZero();
            assertThat(totals.path("signupsByRole").size()).isEqualTo(10);
            assertThat(totals.path("signups").asLong()).isEqualTo(4);
            assertThat(totals.path("activeUsers").asLong()).isEqualTo(3);
            assertThat(totals.path("messagesSent").asLong()).isEqualTo(4);
            assertThat(totals.path("ordersByStatus").path("PENDING_PAYMENT").asLong()).isZero();
            assertThat(totals.path("ordersByStatus").size()).isEqualTo(11);
            assertThat(totals.path("orders").asLong()).isEqualTo(3);
            assertThat(amounts(totals.path("grossOrderValue"))).containsExactly("EUR 20000 x1", "USD 10000 x1");
            assertThat(amounts(totals.path("platformFees"))).containsExactly("EUR 3000 x1", "USD 1000 x1");
            assertThat(amounts(totals.path("payoutsPending"))).containsExactly("USD 9000 x1");
            assertThat(amounts(totals.path("payoutsPaid"))).containsExactly("EUR 17000 x1");
        }
        JsonNode middle = stats("?from=2025-05-11&to=2025-05-11");
        assertThat(middle.path("daily")).hasSize(1);
        assertThat(middle.path("totals").path("messagesSent").asLong()).isEqualTo(2);
        assertThat(middle.path("totals").path("signups").asLong()).isEqualTo(2);
    }

    @Test
    void today_is_counted_live_with_the_seed_totals() {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        JsonNode before = stats("?from=" + today + "&to=" + today);
        StatsSeed seed = new StatsSeed();
        String now = Instant.now().toString();
        UUID talent = seed.user("TALENT", now, now);
        seed.message(talent, now);
        seed.message(talent, now);

        JsonNode after = stats("?from=" + today + "&to=" + today);

        assertThat(after.path("totalUsers").asLong()).isEqualTo(before.path("totalUsers").asLong() + 1);
        assertThat(after.path("activeToday").asLong()).isEqualTo(before.path("activeToday").asLong() + 1);
        assertThat(after.path("totalConnections").asLong()).isEqualTo(before.path("totalConnections").asLong());
        JsonNode was = before.path("totals");
        JsonNode is = after.path("totals");
        assertThat(is.path("messagesSent").asLong()).isEqualTo(was.path("messagesSent").asLong() + 2);
        assertThat(is.path("signupsByRole").path("TALENT").asLong())
                .isEqualTo(was.path("signupsByRole").path("TALENT").asLong() + 1);
        assertThat(is.path("activeUsers").asLong()).isEqualTo(was.path("activeUsers").asLong() + 1);
        assertThat(after.path("daily").get(0).path("figures").path("messagesSent").asLong())
                .isEqualTo(is.path("messagesSent").asLong());
    }

    @Test
    void without_dates_the_last_30_days_up_to_today_are_shown() {
        JsonNode s = stats("");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(s.path("to").asText()).isEqualTo(today.toString());
        assertThat(s.path("from").asText()).isEqualTo(today.minusDays(29).toString());
        assertThat(s.path("daily")).hasSize(30);
        assertThat(stats("?from=2023-01-01&to=2024-01-01").path("daily")).hasSize(366);
    }

    @Test
    void bad_dates_are_400_naming_the_field_and_non_admins_are_forbidden() {
        assertThat(invalid("?from=yesterday")).containsExactly("from");
        assertThat(invalid("?to=2025-13-01")).containsExactly("to");
        assertThat(invalid("?from=2025-05-12&to=2025-05-10")).containsExactly("from");
        assertThat(invalid("?from=2023-01-01&to=2024-01-02")).containsExactly("to");
        for (String role : List.of("CREATOR", "BRAND")) {
            assertError(api.get(ROUTE, roles.of(role).accessToken()), 403, "FORBIDDEN");
        }
        assertThat(api.get(ROUTE).status()).isEqualTo(401);
    }

    private List<String> invalid(String query) {
        Reply r = api.get(ROUTE + query, admin.accessToken());
        assertError(r, 400, "VALIDATION_FAILED");
        return r.invalidFields();
    }
}
