package io.ensemble.hooks;

import io.ensemble.feed.FeedEntry;
import io.ensemble.shared.keys.SecretCipher;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The webhook endpoint store with each signing secret encrypted at rest (issue 26 §2) by the
 * {@link SecretCipher} (Tink AES-256-GCM), bound to its endpoint id: what is written holds
 * {@code enc:v1:<base64 ciphertext>}, what is read holds the plaintext secret again. Built around the
 * repository once the keys are loaded (the repository itself is built before them). A secret stored in
 * plaintext before this existed still reads as it is, and {@link #encryptLegacy()} rewrites such rows.
 */
public final class EncryptedEndpoints implements WebhookEndpointRepository {
    /** Prefix of an encrypted secret in the {@code secret} column. */
    static final String PREFIX = "enc:v1:";

    private final WebhookEndpointRepository stored;
    private final SecretCipher cipher;

    /** @param stored the plain repository (secrets as given) */
    public EncryptedEndpoints(WebhookEndpointRepository stored, SecretCipher cipher) {
        this.stored = Objects.requireNonNull(stored, "stored");
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    /**
     * Encrypts every secret still stored in plaintext (rows written before secrets were encrypted).
     *
     * @return how many rows were rewritten
     */
    public int encryptLegacy() {
        int n = 0;
        for (WebhookEndpoint e : stored.all()) {
            if (!e.secret().startsWith(PREFIX) && stored.update(sealed(e))) {
                n++;
            }
        }
        return n;
    }

    @Override
    public void insert(WebhookEndpoint endpoint) {
        stored.insert(sealed(endpoint));
    }

    @Override
    public boolean update(WebhookEndpoint endpoint) {
        return stored.update(sealed(endpoint));
    }

    @Override
    public Optional<WebhookEndpoint> find(UUID id) {
        return stored.find(id).map(this::opened);
    }

    @Override
    public List<WebhookEndpoint> all() {
        return stored.all().stream().map(this::opened).toList();
    }

    @Override
    public boolean delete(UUID id) {
        return stored.delete(id);
    }

    @Override
    public int enqueue(FeedEntry event, Instant now, Instant retryUntil) {
        return stored.enqueue(event, now, retryUntil);
    }

    @Override
    public List<WebhookEndpoint> leaseDue(Instant now, Instant leaseUntil, int max) {
        return stored.leaseDue(now, leaseUntil, max).stream().map(this::opened).toList();
    }

    @Override
    public void renewLease(UUID endpointId, Instant leaseUntil) {
        stored.renewLease(endpointId, leaseUntil);
    }

    @Override
    public void releaseLease(UUID endpointId) {
        stored.releaseLease(endpointId);
    }

    private WebhookEndpoint sealed(WebhookEndpoint e) {
        if (e.secret().startsWith(PREFIX)) {
            return e;
        }
        String sealed = PREFIX + Base64.getEncoder().encodeToString(cipher.encrypt(e.secret(), owner(e.id())));
        return withSecret(e, sealed);
    }

    private WebhookEndpoint opened(WebhookEndpoint e) {
        if (!e.secret().startsWith(PREFIX)) {
            return e;
        }
        byte[] bytes = Base64.getDecoder().decode(e.secret().substring(PREFIX.length()));
        return withSecret(e, cipher.decrypt(bytes, owner(e.id())));
    }

    private static String owner(UUID id) {
        return "webhook_endpoint:" + id;
    }

    private static WebhookEndpoint withSecret(WebhookEndpoint e, String secret) {
        return new WebhookEndpoint(e.id(), e.url(), e.types(), e.description(), secret, e.enabled(),
                e.disabledReason(), e.failingSince(), e.createdBy(), e.createdAt(), e.updatedAt());
    }
}
