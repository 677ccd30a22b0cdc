package io.ensemble.app.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts.Session;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.RoleSessions;
import io.ensemble.app.support.Sql;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Paging a discovery list never repeats or skips, even across equal sort keys (issue 5 §2). */
@ExtendWith(DropwizardExtensionsSupport.class)
class DiscoveryPagingTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    private static Session salon;
    private static Session influencer;

    @BeforeAll
    static void callers() {
        Api api = new Api(APP.getLocalPort());
        RoleSessions accounts = new RoleSessions(api, new Inbox(MAIL));
        salon = accounts.of("SALON");
        influencer = accounts.of("INFLUENCER");
    }

    /** Follows nextCursor to the end. @return every id in order */
    private static List<String> walk(String path, Session who, int expectedPages) {
        Api api = new Api(APP.getLocalPort());
        List<String> ids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Reply r = api.get(path + (cursor == null ? "" : "&cursor=" + cursor), who.accessToken());
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            r.data().path("items").forEach(i -> ids.add(i.path("id").asText()));
            cursor = r.data().path("nextCursor").isNull() ? null : r.data().path("nextCursor").asText();
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(expectedPages);
        return ids;
    }

    @Test
    void pages_over_equal_follower_counts_neither_repeat_nor_skip() {
        String region = DiscoverySeed.region();
        DiscoverySeed.many(17, "INFLUENCER", "Same", "", "{hair}", region, 500);
        DiscoverySeed.many(9, "INFLUENCER", "Zero", "", "{hair}", region, -1);
        DiscoverySeed.many(4, "INFLUENCER", "Top", "", "{hair}", region, 9000);

        List<String> ids = walk("/api/v1/discovery/influencers?limit=7&region=" + DiscoveryRoutesTest.enc(region),
                salon, 5);
        assertThat(ids).hasSize(30).doesNotHaveDuplicates();
        assertThat(new HashSet<>(ids)).hasSize((int) Sql.count(
                "SELECT count(*) FROM profiles WHERE region = ?", region));
        List<String> followersOrder = new ArrayList<>();
        new Api(APP.getLocalPort()).get("/api/v1/discovery/influencers?limit=100&region="
                + DiscoveryRoutesTest.enc(region), salon.accessToken()).data().path("items")
                .forEach(i -> followersOrder.add(i.path("id").asText()));
        assertThat(ids).containsExactlyElementsOf(followersOrder);
    }

    @Test
    void search_pages_over_equal_scores_neither_repeat_nor_skip() {
        String region = DiscoverySeed.region();
        DiscoverySeed.many(13, "SALON", "Owner", "Glow Studio", "{nails}", region, 100);
        DiscoverySeed.many(6, "SALON", "Owner", "Glow Studios", "{nails}", region, 100);
        DiscoverySeed.many(5, "SALON", "Owner", "Quiet Barber", "{barber}", region, 100);

        List<String> ids = walk("/api/v1/discovery/salons?limit=4&search=glw%20studo&region="
                + DiscoveryRoutesTest.enc(region), influencer, 5);
        assertThat(ids).hasSize(19).doesNotHaveDuplicates();
    }
}
