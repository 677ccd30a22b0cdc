package io.ensemble.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.profiles.Category;
import io.ensemble.profiles.CategoryRepository;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.paging.Page;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Authorization and category checks of {@link DiscoveryService} against in-memory fakes. */
class DiscoveryServiceTest {
    private static final Set<String> KNOWN = Set.of("hair", "nails");

    private final List<Integer> fetches = new ArrayList<>();
    private final List<DiscoveryCard> rows = new ArrayList<>();
    private final DiscoveryService service = new DiscoveryService((audience, query, fetch) -> {
        fetches.add(fetch);
        return rows.stream().limit(fetch).toList();
    }, new CategoryRepository() {
        @Override
        public List<Category> all() {
            return List.of();
        }

        @Override
        public Set<String> existing(Collection<String> slugs) {
            Set<String> out = new HashSet<>(slugs);
            out.retainAll(KNOWN);
            return out;
        }
    });

    private static Caller caller(Role role) {
        return new Caller(UUID.randomUUID(), role, UUID.randomUUID());
    }

    private static DiscoveryQuery query(String limit, String... categories) {
        return DiscoveryQuery.parse(null, List.of(categories), null, null, null, null, limit);
    }

    private static DiscoveryCard card(long followers) {
        return new DiscoveryCard(UUID.randomUUID(), Role.INFLUENCER, "N", "", "", "", List.of(), "", "", followers,
                false, false, 0, 0f);
    }

    @Test
    void each_list_is_only_for_its_searcher_role() {
        assertThat(service.discover(caller(Role.SALON), Audience.INFLUENCERS, query(null)).items()).isEmpty();
        assertThat(service.discover(caller(Role.INFLUENCER), Audience.SALONS, query(null)).items()).isEmpty();
        assertThat(service.discover(caller(Role.BRAND), Audience.CREATORS, query(null)).items()).isEmpty();
        for (Role r : Role.values()) {
            if (r != Role.SALON) {
                assertThatThrownBy(() -> service.discover(caller(r), Audience.INFLUENCERS, query(null)))
                        .isInstanceOf(Forbidden.class);
            }
        }
        assertThatThrownBy(() -> service.discover(caller(Role.SALON), Audience.CREATORS, query(null)))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void unknown_categories_are_named_in_a_400() {
        assertThatThrownBy(() -> service.discover(caller(Role.SALON), Audience.INFLUENCERS,
                query(null, "hair", "unicorns")))
                .isInstanceOf(ValidationFailed.class)
                .satisfies(e -> {
                    var err = ((ValidationFailed) e).errors().get(0);
                    assertThat(err.field()).isEqualTo("categories");
                    assertThat(err.message()).contains("unicorns").doesNotContain("hair,");
                });
        assertThat(fetches).isEmpty();
    }

    @Test
    void overfetches_one_row_to_know_whether_a_next_page_exists() {
        IntStream.range(0, 3).forEach(i -> rows.add(card(100 - i)));
        Page<DiscoveryCard> page = service.discover(caller(Role.SALON), Audience.INFLUENCERS, query("2", "hair"));
        assertThat(fetches).containsExactly(3);
        assertThat(page.items()).hasSize(2);
        DiscoveryCursor next = DiscoveryCursor.decode(page.nextCursor().orElseThrow(), false);
        assertThat(next.userId()).isEqualTo(rows.get(1).userId());
        assertThat(next.followers()).isEqualTo(99);
        assertThat(service.discover(caller(Role.SALON), Audience.INFLUENCERS, query("3")).nextCursor()).isEmpty();
    }
}
