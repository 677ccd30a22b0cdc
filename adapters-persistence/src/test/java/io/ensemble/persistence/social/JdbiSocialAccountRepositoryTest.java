package io.ensemble.persistence.social;

import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.identity.AccountStatus;
import io.ensemble.identity.Role;
import io.ensemble.identity.User;
import io.ensemble.persistence.DatabaseTestBase;
import io.ensemble.persistence.identity.JdbiUserRepository;
import io.ensemble.social.AccountLink;
import io.ensemble.social.EncryptedTokens;
import io.ensemble.social.LinkMethod;
import io.ensemble.social.LinkStatus;
import io.ensemble.social.Platform;
import io.ensemble.social.ProviderProfile;
import io.ensemble.social.SocialAccount;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Linked social accounts against real PostgreSQL (issue 6). */
class JdbiSocialAccountRepositoryTest extends DatabaseTestBase {
    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30.123456Z");
    private final JdbiSocialAccountRepository accounts = new JdbiSocialAccountRepository(handles);

    static UUID user(Role role) {
        UUID id = UUID.randomUUID();
        new JdbiUserRepository(handles).create(new User(id, id + "@example.com", "Ada", role,
                AccountStatus.ACTIVE, true, "hash", NOW, NOW));
        return id;
    }

    static ProviderProfile profile(String providerId, String username) {
        return new ProviderProfile(providerId, username, Optional.of("Ada L"), Optional.of("https://cdn.example/a.jpg"));
    }

    private SocialAccount link(UUID user, Platform platform, String providerId, LinkMethod method) {
        return accounts.link(new AccountLink(UUID.randomUUID(), user, platform, profile(providerId, "ada"), method, NOW))
                .orElseThrow();
    }

    @Test
    void link_stores_a_new_account_and_a_relink_by_the_same_user_keeps_its_id() {
        UUID user = user(Role.INFLUENCER);
        SocialAccount first = link(user, Platform.TIKTOK, "open-1", LinkMethod.OAUTH);
        accounts.markStatus(first.id(), LinkStatus.RECONNECT_REQUIRED, NOW);

        SocialAccount again = accounts.link(new AccountLink(UUID.randomUUID(), user, Platform.TIKTOK,
                profile("open-1", "ada_new"), LinkMethod.OAUTH, NOW.plusSeconds(60))).orElseThrow();

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.profile().username()).isEqualTo("ada_new");
        assertThat(again.status()).isEqualTo(LinkStatus.ACTIVE);
        assertThat(again.createdAt()).isEqualTo(first.createdAt());
        assertThat(accounts.listForUser(user)).hasSize(1);
    }

    @Test
    void link_of_a_provider_account_owned_by_another_user_is_refused_and_changes_nothing() {
        UUID owner = user(Role.INFLUENCER);
        UUID other = user(Role.INFLUENCER);
        SocialAccount owned = link(owner, Platform.INSTAGRAM, "ig-1", LinkMethod.OAUTH);

        Optional<SocialAccount> stolen = accounts.link(new AccountLink(UUID.randomUUID(), other, Platform.INSTAGRAM,
                profile("ig-1", "thief"), LinkMethod.SCRAPE, NOW.plusSeconds(5)));

        assertThat(stolen).isEmpty();
        assertThat(accounts.find(owned.id())).contains(owned);
        assertThat(accounts.listForUser(other)).isEmpty();
    }

    @Test
    void the_same_provider_id_on_another_platform_is_a_different_account() {
        UUID a = user(Role.CREATOR);
        UUID b = user(Role.CREATOR);
        link(a, Platform.TWITCH, "42", LinkMethod.OAUTH);
        assertThat(accounts.link(new AccountLink(UUID.randomUUID(), b, Platform.SPOTIFY, profile("42", "b"),
                LinkMethod.OAUTH, NOW))).isPresent();
    }

    @Test
    void two_users_racing_for_one_provider_account_leave_exactly_one_owner() throws Exception {
        UUID a = user(Role.INFLUENCER);
        UUID b = user(Role.INFLUENCER);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Optional<SocialAccount>>> racers = List.of(
                    () -> accounts.link(new AccountLink(UUID.randomUUID(), a, Platform.YOUTUBE, profile("UC1", "a"),
                            LinkMethod.OAUTH, NOW)),
                    () -> accounts.link(new AccountLink(UUID.randomUUID(), b, Platform.YOUTUBE, profile("UC1", "b"),
                            LinkMethod.OAUTH, NOW)));
            long winners = 0;
            for (Future<Optional<SocialAccount>> f : pool.invokeAll(racers)) {
                winners += f.get().isPresent() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
            assertThat(count("SELECT count(*) FROM social_accounts")).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void find_owned_and_delete_owned_ignore_other_users() {
        UUID owner = user(Role.INFLUENCER);
        UUID other = user(Role.INFLUENCER);
        SocialAccount acc = link(owner, Platform.TIKTOK, "open-2", LinkMethod.SCRAPE);

        assertThat(accounts.findOwned(acc.id(), other)).isEmpty();
        assertThat(accounts.deleteOwned(acc.id(), other)).isFalse();
        assertThat(accounts.findOwned(acc.id(), owner)).contains(acc);
        assertThat(accounts.deleteOwned(acc.id(), owner)).isTrue();
        assertThat(accounts.find(acc.id())).isEmpty();
    }

    @Test
    void tokens_are_stored_as_given_bytes_and_never_selected_with_the_account() {
        UUID user = user(Role.INFLUENCER);
        SocialAccount acc = link(user, Platform.TIKTOK, "open-3", LinkMethod.OAUTH);
        assertThat(accounts.tokens(acc.id())).isEmpty();

        EncryptedTokens sealed = new EncryptedTokens(bytes("cipher-a"), Optional.of(bytes("cipher-r")),
                Optional.of(NOW.plusSeconds(86_400)), List.of("user.info.basic", "user.info.stats"));
        accounts.storeTokens(acc.id(), sealed, NOW);

        assertThat(accounts.tokens(acc.id())).contains(sealed);
        SocialAccount stored = accounts.find(acc.id()).orElseThrow();
        assertThat(stored.tokenExpiresAt()).contains(NOW.plusSeconds(86_400));
        assertThat(stored.scopes()).containsExactly("user.info.basic", "user.info.stats");
    }

    @Test
    void tokens_expiring_before_lists_active_oauth_accounts_soonest_first() {
        UUID user = user(Role.INFLUENCER);
        SocialAccount late = link(user, Platform.TIKTOK, "t-late", LinkMethod.OAUTH);
        SocialAccount soon = link(user, Platform.INSTAGRAM, "i-soon", LinkMethod.OAUTH);
        SocialAccount noRefresh = link(user, Platform.TWITCH, "tw", LinkMethod.OAUTH);
        SocialAccount revoked = link(user, Platform.SPOTIFY, "sp", LinkMethod.OAUTH);
        SocialAccount far = link(user, Platform.YOUTUBE, "yt", LinkMethod.OAUTH);
        store(late, NOW.plusSeconds(3_600 * 48), true);
        store(soon, NOW.plusSeconds(3_600), true);
        store(noRefresh, NOW.plusSeconds(60), false);
        store(revoked, NOW.plusSeconds(60), true);
        store(far, NOW.plusSeconds(86_400 * 30), true);
        accounts.markStatus(revoked.id(), LinkStatus.RECONNECT_REQUIRED, NOW);

        assertThat(accounts.tokensExpiringBefore(NOW.plusSeconds(86_400 * 7), 10))
                .extracting(SocialAccount::id).containsExactly(noRefresh.id(), soon.id(), late.id());
        assertThat(accounts.tokensExpiringBefore(NOW.plusSeconds(86_400 * 7), 1)).hasSize(1);
    }

    @Test
    void due_for_sync_lists_never_synced_then_oldest_of_the_link_method() {
        UUID user = user(Role.INFLUENCER);
        SocialAccount old = link(user, Platform.TIKTOK, "a", LinkMethod.OAUTH);
        SocialAccount never = link(user, Platform.INSTAGRAM, "b", LinkMethod.OAUTH);
        SocialAccount fresh = link(user, Platform.TWITCH, "c", LinkMethod.OAUTH);
        SocialAccount scraped = link(user, Platform.YOUTUBE, "d", LinkMethod.SCRAPE);
        accounts.markSynced(old.id(), profile("a", "renamed"), NOW.minusSeconds(86_400 * 2));
        accounts.markSynced(fresh.id(), profile("c", "c"), NOW);

        assertThat(accounts.dueForSync(LinkMethod.OAUTH, NOW.minusSeconds(3_600), 10))
                .extracting(SocialAccount::id).containsExactly(never.id(), old.id());
        assertThat(accounts.find(old.id()).orElseThrow().profile().username()).isEqualTo("renamed");
        assertThat(accounts.dueForSync(LinkMethod.SCRAPE, NOW, 10)).extracting(SocialAccount::id)
                .containsExactly(scraped.id());
    }

    @Test
    void users_without_a_platform_are_paged_by_id_and_filtered_by_role() {
        UUID linked = user(Role.INFLUENCER);
        UUID a = user(Role.INFLUENCER);
        UUID b = user(Role.INFLUENCER);
        user(Role.SALON);
        link(linked, Platform.INSTAGRAM, "ig", LinkMethod.SCRAPE);
        link(a, Platform.TIKTOK, "tt", LinkMethod.OAUTH);

        // PostgreSQL orders uuids by unsigned bytes, i.e. as lower-case hex strings (Java compares signed longs)
        List<UUID> expected = java.util.stream.Stream.of(a, b)
                .sorted(java.util.Comparator.comparing(UUID::toString)).toList();
        assertThat(accounts.usersWithout(Platform.INSTAGRAM, Role.INFLUENCER, null, 10)).isEqualTo(expected);
        assertThat(accounts.usersWithout(Platform.INSTAGRAM, Role.INFLUENCER, expected.get(0), 10))
                .containsExactly(expected.get(1));
    }

    private void store(SocialAccount acc, Instant expiresAt, boolean refresh) {
        accounts.storeTokens(acc.id(), new EncryptedTokens(bytes("a"), refresh ? Optional.of(bytes("r"))
                : Optional.empty(), Optional.of(expiresAt), List.of()), NOW);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
