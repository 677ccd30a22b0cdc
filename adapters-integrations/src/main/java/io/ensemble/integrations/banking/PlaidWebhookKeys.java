package io.ensemble.integrations.banking;

import com.plaid.client.model.JWKPublicKey;
import com.plaid.client.model.WebhookVerificationKeyGetRequest;
import com.plaid.client.model.WebhookVerificationKeyGetResponse;
import com.plaid.client.request.PlaidApi;
import io.ensemble.shared.errors.ValidationFailed;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.lang.JoseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plaid's webhook verification keys by {@code kid}, fetched from {@code /webhook_verification_key/get}
 * and cached (Plaid API docs "Verify webhooks": cache keys, refetch for an unknown {@code kid}). A key
 * is kept for {@link #REFRESH} and then fetched again (to learn its {@code expired_at}); a {@code kid}
 * Plaid does not know is remembered as unknown for {@link #UNKNOWN_TTL} so forged ids cannot make us
 * call Plaid on every request. A key whose {@code expired_at} has passed is not used.
 */
final class PlaidWebhookKeys {
    private static final Logger LOG = LoggerFactory.getLogger(PlaidWebhookKeys.class);
    /** How long a fetched key is used before it is fetched again. */
    static final Duration REFRESH = Duration.ofHours(24);
    /** How long an unknown {@code kid} is answered from the cache. */
    static final Duration UNKNOWN_TTL = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 256;

    private record Entry(Optional<PublicKey> key, Optional<Instant> expiredAt, Instant fetchedAt) {
    }

    private final PlaidApi api;
    private final Clock clock;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    /**
     * @param api the plaid-java client
     * @param clock decides freshness and key expiry
     */
    PlaidWebhookKeys(PlaidApi api, Clock clock) {
        this.api = Objects.requireNonNull(api, "api");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param kid the {@code kid} of a webhook JWT header
     * @return the P-256 public key, empty when Plaid does not know the id or the key has expired
     * @throws io.ensemble.shared.errors.ProviderUnavailable when Plaid cannot be asked now
     */
    Optional<PublicKey> key(String kid) {
        Instant now = clock.instant();
        Entry entry = cache.get(kid);
        Duration ttl = entry != null && entry.key().isPresent() ? REFRESH : UNKNOWN_TTL;
        if (entry == null || !entry.fetchedAt().plus(ttl).isAfter(now)) {
            entry = fetch(kid, now);
            if (cache.size() >= MAX_ENTRIES) {
                cache.values().removeIf(e -> e.key().isEmpty());
            }
            cache.put(kid, entry);
        }
        if (entry.expiredAt().isPresent() && !entry.expiredAt().get().isAfter(now)) {
            return Optional.empty();
        }
        return entry.key();
    }

    private Entry fetch(String kid, Instant now) {
        WebhookVerificationKeyGetResponse response;
        try {
            response = PlaidCalls.execute("/webhook_verification_key/get",
                    api.webhookVerificationKeyGet(new WebhookVerificationKeyGetRequest().keyId(kid)));
        } catch (ValidationFailed unknown) {
            return new Entry(Optional.empty(), Optional.empty(), now);
        }
        JWKPublicKey jwk = response.getKey();
        if (jwk == null || !"EC".equals(jwk.getKty()) || !"P-256".equals(jwk.getCrv())) {
            LOG.warn("Plaid verification key {} is not an EC P-256 key; ignoring it", kid);
            return new Entry(Optional.empty(), Optional.empty(), now);
        }
        Optional<Instant> expiredAt = Optional.ofNullable(jwk.getExpiredAt()).map(s -> Instant.ofEpochSecond(s));
        return new Entry(Optional.of(publicKey(jwk)), expiredAt, now);
    }

    private static PublicKey publicKey(JWKPublicKey jwk) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("kty", jwk.getKty());
        params.put("crv", jwk.getCrv());
        params.put("x", jwk.getX());
        params.put("y", jwk.getY());
        try {
            return ((PublicJsonWebKey) JsonWebKey.Factory.newJwk(params)).getPublicKey();
        } catch (JoseException | RuntimeException e) {
            throw new ValidationFailed("WEBHOOK_SIGNATURE_INVALID", "The webhook's verification key is malformed.");
        }
    }
}
