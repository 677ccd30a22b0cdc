package io.ensemble.persistence.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.discovery.Audience;
import io.ensemble.discovery.DiscoveryCard;
import io.ensemble.discovery.DiscoveryCursor;
import io.ensemble.discovery.DiscoveryQuery;
import io.ensemble.persistence.DatabaseTestBase;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Discovery filters, ordering and keyset paging against real PostgreSQL (issue 5 §2). */
class JdbiDiscoveryRepositoryTest extends DatabaseTestBase {
    private final JdbiDiscoveryRepository repo = new JdbiDiscoveryRepository(handles);

    private static UUID seed(String role, String name, String business, String categories, String region,
                             long followers, String status, boolean onboarded) {
        UUID id = UUID.randomUUID();
        handles.use(h -> {
            h.execute("INSERT INTO users (id, email, name, role, status, email_verified, password_hash, created_at, "
                    + "updated_at) VALUES (?, ?, ?, ?, ?, true, 'x', now(), now())", id, id + "@example.com", name,
                    role, status);
            h.execute("INSERT INTO profiles (user_id, role, display_name, business_name, categories, region, "
                    + "onboarding_completed, created_at, updated_at) VALUES (?, ?, ?, ?, ?::text[], ?, ?, now(), now())",
                    id, role, name, business, categories, region, onboarded);
            if (followers >= 0) {
                h.execute("INSERT INTO social_totals (user_id, total_followers, avg_engagement, updated_at) "
                        + "VALUES (?, ?, 0, now())", id, followers);
            }
        });
        return id;
    }

    private static UUID influencer(String name, String categories, String region, long followers) {
        return seed("INFLUENCER", name, "", categories, region, followers, "ACTIVE", true);
    }

    private List<String> names(Audience a, DiscoveryQuery q) {
        return repo.find(a, q, 100).stream().map(DiscoveryCard::displayName).toList();
    }

    private static DiscoveryQuery q(String search, String categories, String region, String min, String max) {
        return DiscoveryQuery.parse(search, categories == null ? List.of() : List.of(categories), region, min, max,
                null, null);
    }

    @Test
    void lists_only_active_onboarded_profiles_of_the_target_role_by_followers() {
        influencer("Mid", "{hair}", "Lagos", 500);
        influencer("Top", "{hair}", "Lagos", 9000);
        influencer("None", "{hair}", "Lagos", -1);
        seed("INFLUENCER", "Suspended", "", "{hair}", "Lagos", 99999, "SUSPENDED", true);
        seed("INFLUENCER", "Draft", "", "{hair}", "Lagos", 99999, "ACTIVE", false);
        seed("SALON", "Salon", "Glow", "{hair}", "Lagos", 99999, "ACTIVE", true);
        assertThat(names(Audience.INFLUENCERS, q(null, null, null, null, null))).containsExactly("Top", "Mid", "None");
        assertThat(names(Audience.SALONS, q(null, null, null, null, null))).containsExactly("Salon");
        assertThat(names(Audience.CREATORS, q(null, null, null, null, null))).isEmpty();
    }

    @Test
    void filters_by_any_category_region_ignoring_case_and_follower_range() {
        influencer("A", "{hair,nails}", "Lagos", 100);
        influencer("B", "{spa}", "lagos", 1000);
        influencer("C", "{nails}", "Abuja", 10000);
        influencer("D", "{music}", "Lagos", -1);
        assertThat(names(Audience.INFLUENCERS, q(null, "nails,spa", null, null, null))).containsExactly("C", "B", "A");
        assertThat(names(Audience.INFLUENCERS, q(null, null, "LAGOS", null, null))).containsExactly("B", "A", "D");
        assertThat(names(Audience.INFLUENCERS, q(null, null, null, "100", "1000"))).containsExactly("B", "A");
        assertThat(names(Audience.INFLUENCERS, q(null, null, null, "0", "50"))).containsExactly("D");
        assertThat(names(Audience.INFLUENCERS, q(null, "nails", "lagos", "50", null))).containsExactly("A");
    }

    @Test
    void search_is_typo_tolerant_and_ordered_by_relevance() {
        seed("SALON", "Owner", "Glow Studio", "{nails}", "X", 1, "ACTIVE", true);
        seed("SALON", "Owner", "Glow Studios Annex Downtown", "{nails}", "X", 50000, "ACTIVE", true);
        seed("SALON", "Owner", "Bella Nails", "{nails}", "X", 1, "ACTIVE", true);
        List<DiscoveryCard> hits = repo.find(Audience.SALONS, q("glw studo", null, null, null, null), 100);
        assertThat(hits).extracting(DiscoveryCard::businessName).first().isEqualTo("Glow Studio");
        assertThat(hits).extracting(DiscoveryCard::businessName).doesNotContain("Bella Nails");
        assertThat(hits).allSatisfy(c -> assertThat(c.relevance()).isPositive());
        assertThat(repo.find(Audience.SALONS, q("studio", null, null, null, null), 100))
                .extracting(DiscoveryCard::businessName).contains("Glow Studio");
    }

    @Test
    void keyset_paging_over_equal_keys_returns_every_row_once() {
        for (int i = 0; i < 11; i++) {
            influencer("Same", "{hair}", "Y", 7);
            seed("SALON", "Owner", "Glow Studio", "{hair}", "Y", 7, "ACTIVE", true);
        }
        influencer("Zero", "{hair}", "Y", -1);
        for (boolean searching : new boolean[] {false, true}) {
            Audience a = searching ? Audience.SALONS : Audience.INFLUENCERS;
            List<UUID> seen = new ArrayList<>();
            String cursor = null;
            do {
                DiscoveryQuery page = DiscoveryQuery.parse(searching ? "glow studio" : null, List.of(), "Y", null,
                        null, cursor, "3");
                List<DiscoveryCard> rows = repo.find(a, page, 4);
                rows.stream().limit(3).forEach(c -> seen.add(c.userId()));
                cursor = rows.size() > 3 ? DiscoveryCursor.after(rows.get(2), searching).encode() : null;
            } while (cursor != null);
            assertThat(seen).as("searching=" + searching).hasSize(searching ? 11 : 12).doesNotHaveDuplicates();
            List<UUID> all = repo.find(a, DiscoveryQuery.parse(searching ? "glow studio" : null, List.of(), "Y",
                    null, null, null, "100"), 100).stream().map(DiscoveryCard::userId).toList();
            assertThat(seen).containsExactlyElementsOf(all);
        }
    }
}
