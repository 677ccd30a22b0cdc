package io.ensemble.integrations.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.identity.AccountStatus;
import io.ensemble.identity.Role;
import io.ensemble.identity.User;
import io.ensemble.shared.errors.Unauthenticated;
import io.ensemble.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link JwtKeyRing} behind {@link JwtAccessTokens} (issue 29 §1 {@code rotate-jwt-key}): the newest key
 * signs once the ring is read again, an older kid verifies until token lifetime + reload interval + skew
 * after its successor was made, and an unknown kid makes the ring be read again, at most every gap.
 */
class JwtKeyRingTest {
    private static final Duration TTL = Duration.ofMinutes(15);
    private static final Duration RELOAD = Duration.ofSeconds(30);
    private static final Duration GAP = Duration.ofSeconds(2);
    private static final byte[] OLD = "old-key-old-key-old-key-old-key!".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NEW = "new-key-new-key-new-key-new-key!".getBytes(StandardCharsets.US_ASCII);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T10:00:00Z"));
    private final List<JwtKeyRing.Key> stored = new ArrayList<>(List.of(JwtKeyRing.Key.of(OLD, clock.instant())));
    private final AtomicInteger reads = new AtomicInteger();
    private final JwtKeyRing ring = new JwtKeyRing(() -> {
        reads.incrementAndGet();
        return List.copyOf(stored);
    }, TTL, clock, RELOAD, GAP);
    private final JwtAccessTokens tokens = new JwtAccessTokens(ring, "ensemble", "ensemble-api", TTL, clock);
    private final User user = new User(UUID.randomUUID(), "alice@example.com", "Alice", Role.CREATOR,
            AccountStatus.ACTIVE, true, "$argon2id$...", clock.instant(), clock.instant());

    private String kid(String token) {
        String header = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
                StandardCharsets.UTF_8);
        return header.replaceAll(".*\"kid\":\"([^\"]+)\".*", "$1");
    }

    @Test
    void after_a_rotation_the_new_kid_signs_and_the_old_kid_verifies_until_its_grace_has_passed() {
        String oldToken = tokens.issue(user, UUID.randomUUID()).token();
        assertThat(kid(oldToken)).isEqualTo(JwtAccessTokens.keyId(OLD));

        clock.advance(Duration.ofSeconds(10));
        stored.add(JwtKeyRing.Key.of(NEW, clock.instant()));
        Instant rotatedAt = clock.instant();
        assertThat(kid(tokens.issue(user, UUID.randomUUID()).token())).as("not read again yet")
                .isEqualTo(JwtAccessTokens.keyId(OLD));

        clock.advance(RELOAD);
        String newToken = tokens.issue(user, UUID.randomUUID()).token();
        assertThat(kid(newToken)).isEqualTo(JwtAccessTokens.keyId(NEW));
        assertThat(tokens.verify(newToken).userId()).isEqualTo(user.id());

        // a token signed with the old key just before the reload is valid until its exp: so must its kid be
        Instant graceEnds = rotatedAt.plus(TTL).plus(RELOAD).plusSeconds(JwtAccessTokens.CLOCK_SKEW_SECONDS);
        clock.advance(Duration.between(clock.instant(), graceEnds).minusSeconds(1));
        assertThat(ring.acceptedKids()).containsExactly(JwtAccessTokens.keyId(OLD), JwtAccessTokens.keyId(NEW));
        assertThat(ring.verificationKey(JwtAccessTokens.keyId(OLD))).isPresent();

        clock.advance(Duration.ofSeconds(2));
        assertThat(ring.acceptedKids()).containsExactly(JwtAccessTokens.keyId(NEW));
        assertThat(ring.verificationKey(JwtAccessTokens.keyId(OLD))).isEmpty();
        assertThat(ring.verificationKey(JwtAccessTokens.keyId(NEW))).isPresent();
    }

    @Test
    void a_token_with_an_unknown_kid_makes_the_ring_be_read_again_at_most_once_per_gap() {
        JwtAccessTokens otherNode = new JwtAccessTokens(NEW, "ensemble", "ensemble-api", TTL, clock);
        String fromOtherNode = otherNode.issue(user, UUID.randomUUID()).token();
        int readsBefore = reads.get();
        clock.advance(GAP);

        assertThatThrownBy(() -> tokens.verify(fromOtherNode)).isInstanceOf(Unauthenticated.class);
        assertThat(reads.get()).isEqualTo(readsBefore + 1);
        stored.add(JwtKeyRing.Key.of(NEW, clock.instant()));
        assertThatThrownBy(() -> tokens.verify(fromOtherNode)).as("within the gap: not read again")
                .isInstanceOf(Unauthenticated.class);
        assertThat(reads.get()).isEqualTo(readsBefore + 1);

        clock.advance(GAP);
        assertThat(tokens.verify(fromOtherNode).userId()).isEqualTo(user.id());
        assertThat(reads.get()).isEqualTo(readsBefore + 2);
    }

    @Test
    void a_token_verified_before_is_refused_once_its_key_has_left_the_ring() {
        String token = tokens.issue(user, UUID.randomUUID()).token();
        assertThat(tokens.verify(token).userId()).isEqualTo(user.id());

        stored.clear();
        stored.add(JwtKeyRing.Key.of(NEW, clock.instant()));
        clock.advance(RELOAD);
        assertThat(ring.verificationKey(JwtAccessTokens.keyId(OLD))).isEmpty();

        assertThatThrownBy(() -> tokens.verify(token)).isInstanceOf(Unauthenticated.class);
    }

    @Test
    void an_unreadable_source_keeps_the_ring_in_use() {
        String token = tokens.issue(user, UUID.randomUUID()).token();
        JwtKeyRing failing = new JwtKeyRing(new java.util.function.Supplier<>() {
            private boolean first = true;

            @Override
            public List<JwtKeyRing.Key> get() {
                if (first) {
                    first = false;
                    return List.copyOf(stored);
                }
                throw new IllegalStateException("database down");
            }
        }, TTL, clock, RELOAD, GAP);
        clock.advance(RELOAD.multipliedBy(2));

        assertThat(new JwtAccessTokens(failing, "ensemble", "ensemble-api", TTL, clock).verify(token).userId())
                .isEqualTo(user.id());
    }
}
