package io.ensemble.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.feed.FeedEntry;
import io.ensemble.testing.TaggingCipher;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Webhook secrets at rest (issue 26 §2): sealed on write, opened on read, legacy plaintext rows rewritten. */
class EncryptedEndpointsTest {
    private static final Instant NOW = Instant.parse("2026-12-08T01:00:00Z");
    private final Rows rows = new Rows();
    private final EncryptedEndpoints endpoints = new EncryptedEndpoints(rows, new TaggingCipher());

    private static WebhookEndpoint endpoint(String secret) {
        return new WebhookEndpoint(UUID.randomUUID(), "https://crm.example.com/hook", Set.of("*"), "crm", secret,
                true, Optional.empty(), Optional.empty(), UUID.randomUUID(), NOW, NOW);
    }

    @Test
    void a_secret_is_stored_sealed_and_read_back_in_plaintext() {
        WebhookEndpoint e = endpoint("whsec_abc");
        endpoints.insert(e);
        assertThat(rows.byId.get(e.id()).secret()).startsWith(EncryptedEndpoints.PREFIX).doesNotContain("whsec_abc");
        assertThat(endpoints.find(e.id()).orElseThrow().secret()).isEqualTo("whsec_abc");
        assertThat(endpoints.all()).extracting(WebhookEndpoint::secret).containsExactly("whsec_abc");
        assertThat(endpoints.leaseDue(NOW, NOW, 10)).extracting(WebhookEndpoint::secret).containsExactly("whsec_abc");
    }

    @Test
    void plaintext_rows_written_before_read_as_they_are_and_are_encrypted_once() {
        WebhookEndpoint legacy = endpoint("whsec_old");
        rows.insert(legacy);
        assertThat(endpoints.find(legacy.id()).orElseThrow().secret()).isEqualTo("whsec_old");

        assertThat(endpoints.encryptLegacy()).isEqualTo(1);
        assertThat(endpoints.encryptLegacy()).isZero();
        assertThat(rows.byId.get(legacy.id()).secret()).startsWith(EncryptedEndpoints.PREFIX);
        assertThat(endpoints.find(legacy.id()).orElseThrow().secret()).isEqualTo("whsec_old");
    }

    /** The rows as a repository stores them (no encryption). */
    private static final class Rows implements WebhookEndpointRepository {
        final Map<UUID, WebhookEndpoint> byId = new LinkedHashMap<>();

        @Override
        public void insert(WebhookEndpoint endpoint) {
            byId.put(endpoint.id(), endpoint);
        }

        @Override
        public boolean update(WebhookEndpoint endpoint) {
            return byId.replace(endpoint.id(), endpoint) != null;
        }

        @Override
        public Optional<WebhookEndpoint> find(UUID id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public List<WebhookEndpoint> all() {
            return new ArrayList<>(byId.values());
        }

        @Override
        public boolean delete(UUID id) {
            return byId.remove(id) != null;
        }

        @Override
        public int enqueue(FeedEntry event, Instant now, Instant retryUntil) {
            return 0;
        }

        @Override
        public List<WebhookEndpoint> leaseDue(Instant now, Instant leaseUntil, int max) {
            return all();
        }

        @Override
        public void renewLease(UUID endpointId, Instant leaseUntil) {
        }

        @Override
        public void releaseLease(UUID endpointId) {
        }
    }
}
