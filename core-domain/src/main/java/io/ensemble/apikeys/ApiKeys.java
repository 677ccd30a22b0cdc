package io.ensemble.apikeys;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.identity.SecretDigest;
import io.ensemble.shared.audit.AuditAction;
import io.ensemble.shared.audit.AuditEntry;
import io.ensemble.shared.audit.AuditRecorder;
import io.ensemble.shared.audit.AuditTarget;
import io.ensemble.shared.audit.FieldChange;
import io.ensemble.shared.audit.RequestOrigin;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.errors.Unauthenticated;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.transactions.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * API keys for servers (issue 26 §3): admins create ({@code ens_live_…}, shown once, stored as an HMAC
 * hash like refresh tokens), list and revoke them; the web edge authenticates a key on every request
 * (revoked or expired → 401 at once, nothing cached) and audits each use.
 */
public final class ApiKeys {
    /** Every key starts with this, so a bearer token is told apart from an access token. */
    public static final String PREFIX = "ens_live_";
    /** Longest key name accepted. */
    public static final int MAX_NAME = 100;

    private final ApiKeyRepository keys;
    private final SecretDigest digest;
    private final AuditRecorder audit;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public ApiKeys(ApiKeyRepository keys, SecretDigest digest, AuditRecorder audit, Transactions transactions,
                   IdGenerator ids, Clock clock) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.digest = Objects.requireNonNull(digest, "digest");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A new key and its plaintext, which is never available again. */
    public record Created(ApiKey key, String plaintext) {
    }

    /**
     * @param expiresAt when it stops working; must be in the future
     * @throws ValidationFailed naming {@code name}, {@code scopes} or {@code expiresAt}
     * @throws Forbidden when the caller is not an ADMIN (or is itself an API key)
     */
    public Created create(Caller caller, String name, List<String> scopes, Optional<Instant> expiresAt,
                          RequestOrigin origin) {
        requireAdmin(caller);
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > MAX_NAME) {
            throw new ValidationFailed(List.of(new FieldError("name", "must be 1.." + MAX_NAME + " characters")));
        }
        var checked = ApiScopes.checked(scopes);
        Instant now = clock.instant();
        if (expiresAt.isPresent() && !expiresAt.get().isAfter(now)) {
            throw new ValidationFailed(List.of(new FieldError("expiresAt", "must be in the future")));
        }
        String plaintext = PREFIX + digest.newToken();
        ApiKey key = new ApiKey(ids.newId(), cleanName, plaintext.substring(0, PREFIX.length() + 6), checked,
                caller.userId(), now, expiresAt, Optional.empty(), Optional.empty());
        return transactions.inTransaction(() -> {
            keys.insert(key, digest.hash(plaintext));
            audit.record(AuditEntry.by(caller.userId(), AuditAction.API_KEY_CREATED, target(key.id())).from(origin)
                    .with(FieldChange.of("scopes", null, String.join(",", checked))));
            return new Created(key, plaintext);
        });
    }

    /** @return every key, newest first. @throws Forbidden for a non-admin */
    public List<ApiKey> list(Caller caller) {
        requireAdmin(caller);
        return keys.all();
    }

    /** Revokes the key at once. @throws NotFound for an unknown id; @throws Forbidden for a non-admin */
    public void revoke(Caller caller, UUID id, RequestOrigin origin) {
        requireAdmin(caller);
        transactions.inTransaction(() -> {
            if (!keys.revoke(id, clock.instant())) {
                throw new NotFound("No such API key.");
            }
            audit.record(AuditEntry.by(caller.userId(), AuditAction.API_KEY_REVOKED, target(id)).from(origin));
            return null;
        });
    }

    /**
     * @param token the bearer token, starting with {@link #PREFIX}
     * @return the key, usable now
     * @throws Unauthenticated {@code INVALID_API_KEY} when unknown, revoked or expired
     */
    public ApiKey authenticate(String token) {
        return keys.findByHash(digest.hash(token)).filter(k -> k.usableAt(clock.instant()))
                .orElseThrow(() -> new Unauthenticated("INVALID_API_KEY",
                        "The API key is unknown, revoked or expired."));
    }

    /**
     * Audits one use of a key (every authenticated request) and records its last use.
     *
     * @param what the route used, e.g. {@code GET /api/v1/integrations/events}
     */
    public void recordUse(ApiKey key, String what, RequestOrigin origin) {
        transactions.inTransaction(() -> {
            keys.touch(key.id(), clock.instant());
            audit.record(AuditEntry.by(key.createdBy(), AuditAction.API_KEY_USED, target(key.id())).from(origin)
                    .with(FieldChange.of("route", null, what)));
            return null;
        });
    }

    /** @return the caller a key acts as: its creator's id with the ADMIN role, the key id as session */
    public static Caller callerOf(ApiKey key) {
        return new Caller(key.createdBy(), Role.ADMIN, key.id());
    }

    private static AuditTarget target(UUID id) {
        return new AuditTarget("api_key", id.toString());
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.is(Role.ADMIN)) {
            throw new Forbidden("Only admins manage API keys.");
        }
    }
}
