package io.ensemble.identity;

import static io.ensemble.testing.DomainAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.identity.fakes.IdentityFixture;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.Unauthenticated;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Clients refreshing at once (issue 29 §8): a rotated refresh token presented again within the
 * reuse grace (10 s by default) returns the same successor; after it, reuse revokes the family.
 * The clock is moved by hand.
 */
class RefreshReuseGraceTest {
    static final String EMAIL = "tabs@example.com";

    final IdentityFixture f = IdentityFixture.create();

    private TokenPair refresh(String token) {
        return f.sessionService.refresh(token);
    }

    @Test
    void the_same_token_again_within_the_grace_returns_the_same_successor_of_the_same_session() {
        f.verifiedUser(EMAIL);
        TokenPair login = f.login(EMAIL).tokens();
        TokenPair first = refresh(login.refreshToken());
        f.clock.advance(Duration.ofSeconds(9));

        TokenPair second = refresh(login.refreshToken());

        assertThat(second.refreshToken()).isEqualTo(first.refreshToken()).isNotEqualTo(login.refreshToken());
        assertThat(second.accessToken()).isEqualTo(first.accessToken());
        assertThat(f.sessionService.authenticate(second.accessToken()).sessionId())
                .isEqualTo(f.sessionService.authenticate(first.accessToken()).sessionId());
        assertThat(f.sessions.allTokens()).hasSize(2);
        TokenPair third = refresh(second.refreshToken());
        assertThat(third.refreshToken()).isNotEqualTo(second.refreshToken());
        assertThat(f.sessionService.authenticate(third.accessToken()).userId()).isEqualTo(f.users.get(EMAIL).id());
    }

    @Test
    void the_grace_includes_its_last_instant() {
        f.verifiedUser(EMAIL);
        TokenPair login = f.login(EMAIL).tokens();
        TokenPair first = refresh(login.refreshToken());
        f.clock.advance(f.settings.refreshReuseGrace());

        assertThat(refresh(login.refreshToken()).refreshToken()).isEqualTo(first.refreshToken());
    }

    @Test
    void reuse_just_after_the_grace_revokes_the_whole_session_family() {
        f.verifiedUser(EMAIL);
        TokenPair login = f.login(EMAIL).tokens();
        TokenPair first = refresh(login.refreshToken());
        TokenPair again = refresh(login.refreshToken());
        f.clock.advance(f.settings.refreshReuseGrace().plusMillis(1));

        failsWith(Unauthenticated.class, "REFRESH_TOKEN_REUSED", () -> refresh(login.refreshToken()));

        failsWith(Unauthenticated.class, "INVALID_REFRESH_TOKEN", () -> refresh(first.refreshToken()));
        failsWith(Unauthenticated.class, "SESSION_REVOKED", () -> f.sessionService.authenticate(first.accessToken()));
        failsWith(Unauthenticated.class, "SESSION_REVOKED", () -> f.sessionService.authenticate(again.accessToken()));
    }

    @Test
    void a_zero_grace_revokes_on_the_first_reuse() {
        IdentitySettings d = IdentitySettings.defaults();
        IdentitySettings noGrace = new IdentitySettings(d.otpTtl(), d.otpMaxAttempts(), d.otpResendCooldown(),
                d.resetTokenTtl(), d.refreshTokenTtl(), Duration.ZERO);
        SessionService strict = new SessionService(f.users, f.sessions, f.hasher, f.accessTokens, f.digest,
                f.transactions, f.ids, f.clock, noGrace, f.audit);
        f.verifiedUser(EMAIL);
        TokenPair login = f.login(EMAIL).tokens();
        TokenPair first = strict.refresh(login.refreshToken());

        failsWith(Unauthenticated.class, "REFRESH_TOKEN_REUSED", () -> strict.refresh(login.refreshToken()));

        failsWith(Unauthenticated.class, "INVALID_REFRESH_TOKEN", () -> strict.refresh(first.refreshToken()));
    }

    @Test
    void two_refreshes_racing_with_the_same_token_both_get_the_same_successor() {
        f.verifiedUser(EMAIL);
        TokenPair login = f.login(EMAIL).tokens();
        AtomicReference<TokenPair> racer = new AtomicReference<>();
        // The other refresh reads the token, rotates it and commits between this one's read and its
        // compare-and-set, so this one loses the compare-and-set.
        f.sessions.beforeMarkRotated = () -> {
            f.sessions.beforeMarkRotated = () -> { };
            racer.set(refresh(login.refreshToken()));
        };

        TokenPair loser = refresh(login.refreshToken());

        assertThat(racer.get()).isNotNull();
        assertThat(loser.refreshToken()).isEqualTo(racer.get().refreshToken());
        assertThat(f.sessions.allTokens()).hasSize(2);
        assertThat(f.sessions.sessionsOf(f.users.get(EMAIL).id())).allSatisfy(s -> assertThat(s.revokedAt()).isEmpty());
        assertThat(refresh(loser.refreshToken()).refreshToken()).isNotBlank();
    }

    @Test
    void a_replay_within_the_grace_after_logout_is_refused() {
        f.verifiedUser(EMAIL);
        TokenPair login = f.login(EMAIL).tokens();
        TokenPair first = refresh(login.refreshToken());
        f.sessionService.logout(f.sessionService.authenticate(first.accessToken()), IdentityFixture.ORIGIN);

        failsWith(Unauthenticated.class, "INVALID_REFRESH_TOKEN", () -> refresh(login.refreshToken()));
    }

    @Test
    void a_replay_within_the_grace_for_a_suspended_account_is_forbidden() {
        User user = f.verifiedUser(EMAIL);
        TokenPair login = f.login(EMAIL).tokens();
        refresh(login.refreshToken());
        f.users.setStatus(user.id(), AccountStatus.SUSPENDED);

        failsWith(Forbidden.class, "ACCOUNT_SUSPENDED", () -> refresh(login.refreshToken()));
    }

    @Test
    void successors_are_derived_tokens_that_only_the_key_holder_can_compute() {
        f.verifiedUser(EMAIL);
        TokenPair login = f.login(EMAIL).tokens();

        String successor = refresh(login.refreshToken()).refreshToken();

        assertThat(successor).matches("[A-Za-z0-9_-]{43}");
        SecretDigest otherKey = new SecretDigest("another-key-of-32-bytes-or-more!!".getBytes());
        assertThat(otherKey.derive("refresh-token-successor", login.refreshToken())).isNotEqualTo(successor);
        assertThat(f.digest.hash(login.refreshToken())).doesNotContain(successor);
    }
}
