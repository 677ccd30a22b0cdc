package io.ensemble.integrations.crypto;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The HS256 keys of access tokens (issue 29 §1 {@code rotate-jwt-key}): the newest key signs; an older key
 * verifies until {@code grace} after the key that replaced it was created (grace = token lifetime + reload
 * interval + clock skew, so every token it signed has expired). The ring is read again from its source
 * every {@code reloadEvery}, and at most every {@code unknownKidGap} when a token names a key it lacks, so
 * a rotation reaches running nodes without a restart.
 */
public final class JwtKeyRing {
    private final Supplier<List<Key>> source;
    private final Clock clock;
    private final Duration grace;
    private final Duration reloadEvery;
    private final Duration unknownKidGap;
    private volatile Snapshot snapshot;

    /**
     * One key of the ring.
     *
     * @param kid       its {@code kid} header ({@link JwtAccessTokens#keyId})
     * @param secret    the HS256 secret, at least 32 bytes
     * @param createdAt when it was made (its predecessor retires {@code grace} later)
     */
    public record Key(String kid, byte[] secret, Instant createdAt) {
        /** @throws IllegalArgumentException when the secret is shorter than 32 bytes */
        public Key {
            Objects.requireNonNull(kid, "kid");
            Objects.requireNonNull(createdAt, "createdAt");
            if (Objects.requireNonNull(secret, "secret").length < JwtAccessTokens.MIN_KEY_BYTES) {
                throw new IllegalArgumentException("The access-token key must be at least "
                        + JwtAccessTokens.MIN_KEY_BYTES + " bytes (got " + secret.length + ")");
            }
            secret = secret.clone();
        }

        /** @return a key made from {@code secret}, with its {@link JwtAccessTokens#keyId} as kid */
        public static Key of(byte[] secret, Instant createdAt) {
            return new Key(JwtAccessTokens.keyId(secret), secret, createdAt);
        }

        /** @return a copy of the secret */
        @Override
        public byte[] secret() {
            return secret.clone();
        }

        /** @return the kid and creation time, never the secret */
        @Override
        public String toString() {
            return "Key[kid=" + kid + ", createdAt=" + createdAt + "]";
        }
    }

    private record Snapshot(List<Key> keys, Instant loadedAt, Instant unknownKidReloadAt) {
    }

    /**
     * Reads the ring once, now.
     *
     * @param source        reads every key, oldest first (at least one)
     * @param accessTokenTtl the access-token lifetime
     * @param clock         time of verification and reloads
     * @param reloadEvery   how long a read ring is used before it is read again
     * @param unknownKidGap least time between two reads caused by an unknown kid
     * @throws IllegalArgumentException when the source gives no key
     */
    public JwtKeyRing(Supplier<List<Key>> source, Duration accessTokenTtl, Clock clock, Duration reloadEvery,
                      Duration unknownKidGap) {
        this.source = Objects.requireNonNull(source, "source");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.reloadEvery = Objects.requireNonNull(reloadEvery, "reloadEvery");
        this.unknownKidGap = Objects.requireNonNull(unknownKidGap, "unknownKidGap");
        this.grace = accessTokenTtl.plus(reloadEvery).plusSeconds(JwtAccessTokens.CLOCK_SKEW_SECONDS);
        Instant now = clock.instant();
        this.snapshot = new Snapshot(read(), now, now);
    }

    /**
     * A ring of one key that never changes (a key given in config, tests).
     *
     * @param secret the HS256 secret, at least 32 bytes
     * @param clock  time of verification
     * @return the ring
     */
    public static JwtKeyRing fixed(byte[] secret, Clock clock) {
        List<Key> one = List.of(Key.of(secret, Instant.EPOCH));
        return new JwtKeyRing(() -> one, Duration.ZERO, clock, Duration.ofDays(36_500), Duration.ofDays(36_500));
    }

    /** @return the key new tokens are signed with: the newest one */
    public Key signingKey() {
        List<Key> keys = current().keys();
        return keys.get(keys.size() - 1);
    }

    /**
     * @param kid a token's {@code kid} header
     * @return the key to verify it with, or empty when the kid is unknown (after a rate-limited reload) or its
     *         key has retired
     */
    public Optional<Key> verificationKey(String kid) {
        if (kid == null) {
            return Optional.empty();
        }
        Snapshot used = current();
        Optional<Key> found = accepted(used.keys(), kid);
        if (found.isPresent() || indexOf(used.keys(), kid) >= 0) {
            return found;
        }
        Instant now = clock.instant();
        if (now.isBefore(used.unknownKidReloadAt().plus(unknownKidGap))) {
            return Optional.empty();
        }
        return accepted(reload(used, now, now).keys(), kid);
    }

    /** @return the kids that verify now, oldest first */
    public List<String> acceptedKids() {
        List<Key> keys = current().keys();
        return keys.stream().map(Key::kid).filter(k -> accepted(keys, k).isPresent()).toList();
    }

    private Optional<Key> accepted(List<Key> keys, String kid) {
        int i = indexOf(keys, kid);
        if (i < 0) {
            return Optional.empty();
        }
        if (i == keys.size() - 1 || clock.instant().isBefore(keys.get(i + 1).createdAt().plus(grace))) {
            return Optional.of(keys.get(i));
        }
        return Optional.empty();
    }

    private static int indexOf(List<Key> keys, String kid) {
        for (int i = keys.size() - 1; i >= 0; i--) {
            if (keys.get(i).kid().equals(kid)) {
                return i;
            }
        }
        return -1;
    }

    private Snapshot current() {
        Snapshot used = snapshot;
        Instant now = clock.instant();
        if (now.isBefore(used.loadedAt().plus(reloadEvery))) {
            return used;
        }
        return reload(used, now, used.unknownKidReloadAt());
    }

    private synchronized Snapshot reload(Snapshot seen, Instant now, Instant unknownKidReloadAt) {
        if (snapshot != seen) {
            return snapshot;
        }
        Snapshot fresh;
        try {
            fresh = new Snapshot(read(), now, unknownKidReloadAt);
        } catch (RuntimeException e) {
            // the source (database) is unreachable: keep verifying with the ring we have
            fresh = new Snapshot(seen.keys(), now, unknownKidReloadAt);
        }
        snapshot = fresh;
        return fresh;
    }

    private List<Key> read() {
        List<Key> keys = List.copyOf(source.get());
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("The access-token key ring is empty");
        }
        return keys;
    }
}
