package io.ensemble.app.integrator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.Reply;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Integrator test actions through the public API (issue 26): webhooks, API keys, the feed. */
final class Integrators {
    static final String HOOKS = "/api/v1/admin/webhooks";
    static final String KEYS = "/api/v1/admin/api-keys";
    static final String FEED = "/api/v1/integrations/events";

    private final Api api;

    Integrators(Api api) {
        this.api = api;
    }

    /** Registers an endpoint; asserts 201. @return the answer's data (with {@code secret}) */
    JsonNode register(Accounts.Session admin, String url, List<String> types) {
        Map<String, Object> body = new HashMap<>();
        body.put("url", url);
        body.put("types", types);
        body.put("description", "CRM sync");
        Reply r = api.post(HOOKS, body, admin.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.data();
    }

    /** Creates an API key; asserts 201. @return the key ({@code ens_live_…}) */
    String key(Accounts.Session admin, String... scopes) {
        Reply r = api.post(KEYS, Map.of("name", "server", "scopes", List.of(scopes)), admin.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.data().path("key").asText();
    }

    /** Reads the whole feed from sequence 0 with {@code token}, page by page. */
    List<JsonNode> feedFromStart(String token, String types) {
        List<JsonNode> all = new ArrayList<>();
        long after = 0;
        while (true) {
            Reply r = api.get(FEED + "?after=" + after + "&limit=500&types=" + types, token);
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            JsonNode items = r.data().path("items");
            if (items.isEmpty()) {
                return all;
            }
            items.forEach(all::add);
            after = r.data().path("lastSeq").asLong();
        }
    }

    /**
     * Verifies {@code Ensemble-Signature: t=<unix>,v1=<hex HMAC-SHA256(secret, t + "." + body)>} as a
     * receiver would, independently of the server's code.
     */
    static boolean signatureValid(String header, String secret, String body) throws Exception {
        Map<String, String> parts = new HashMap<>();
        for (String part : header.split(",")) {
            String[] kv = part.split("=", 2);
            parts.put(kv[0], kv[1]);
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal((parts.get("t") + "." + body)
                .getBytes(StandardCharsets.UTF_8)));
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                parts.getOrDefault("v1", "").getBytes(StandardCharsets.US_ASCII));
    }
}
