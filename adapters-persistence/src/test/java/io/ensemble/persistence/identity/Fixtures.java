package io.ensemble.persistence.identity;

import io.ensemble.identity.AccountStatus;
import io.ensemble.identity.OneTimeCode;
import io.ensemble.identity.OtpPurpose;
import io.ensemble.identity.RefreshToken;
import io.ensemble.identity.Role;
import io.ensemble.identity.Session;
import io.ensemble.identity.User;
import io.ensemble.shared.ids.UuidV7Generator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Test data of the identity context; instants have microsecond precision, as PostgreSQL stores them. */
final class Fixtures {
    static final Instant NOW = Instant.parse("2026-11-23T10:15:30.123456Z");
    private static final UuidV7Generator IDS = new UuidV7Generator(Clock.systemUTC());

    private Fixtures() {
    }

    static UUID newId() {
        return IDS.newId();
    }

    static User user(String email) {
        return new User(newId(), email, "Ada Lovelace", Role.CREATOR, AccountStatus.ACTIVE, false,
                "$argon2id$v=19$m=65536,t=3,p=1$c2FsdA$aGFzaA", NOW, NOW);
    }

    static User user(String email, Role role, AccountStatus status) {
        User u = user(email);
        return new User(u.id(), u.email(), u.name(), role, status, u.emailVerified(), u.passwordHash(),
                u.createdAt(), u.updatedAt());
    }

    static OneTimeCode code(UUID userId, OtpPurpose purpose, String hash, Instant createdAt) {
        return new OneTimeCode(newId(), userId, purpose, hash, 0, createdAt,
                createdAt.plus(Duration.ofMinutes(10)), Optional.empty());
    }

    static Session session(UUID userId) {
        return new Session(newId(), userId, NOW, Optional.empty());
    }

    static RefreshToken token(UUID sessionId, String hash) {
        return new RefreshToken(newId(), sessionId, hash, NOW, NOW.plus(Duration.ofDays(30)), Optional.empty());
    }
}
