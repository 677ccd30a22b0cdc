package io.ensemble.integrations.externalchat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ensemble.externalchat.ExternalChat;
import io.ensemble.externalchat.ExternalChatUser;
import io.ensemble.shared.errors.ProviderUnavailable;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

/**
 * {@link ExternalChat} over Stream Chat's documented REST API (getstream.io/chat/docs_rest): every request
 * carries the {@code api_key} query parameter, a server token ({@code {"server": true}}, HS256 with the API
 * secret) in {@code Authorization} and {@code Stream-Auth-Type: jwt}. Calls: {@code POST /users} (upsert,
 * body {@code {"users": {id: {id, name, image?}}}}), {@code POST /channels/messaging/{id}/query} (get or
 * create, body {@code {"data": {"name", "created_by_id", "members": [...]}}}), {@code POST
 * /channels/messaging/{id}/message} (body {@code {"message": {"text", "user_id", "type": "system"}}}). User
 * tokens are HS256 JWTs with the {@code user_id} claim, as Stream's server SDKs' {@code createToken} make
 * them. The REST API is used instead of stream-chat-java, whose client is one process-wide singleton
 * configured from system properties (two apps in one JVM, as the cluster tests run, would share it).
 */
public final class StreamChatClient implements ExternalChat {
    /** The channel type order channels use. */
    static final String CHANNEL_TYPE = "messaging";

    private final String root;
    private final String apiKey;
    private final HmacKey secret;
    private final HttpClient http;
    private final ObjectMapper json;
    private final Duration timeout;

    /**
     * @param baseUrl the API root, e.g. {@code https://chat.stream-io-api.com}
     * @param apiKey the app's public key
     * @param apiSecret the app's secret (signs server and user tokens; never sent)
     * @param timeout per request
     */
    public StreamChatClient(URI baseUrl, String apiKey, String apiSecret, HttpClient http, ObjectMapper json,
                            Duration timeout) {
        String base = Objects.requireNonNull(baseUrl, "baseUrl").toString();
        this.root = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        this.secret = new HmacKey(apiSecret.getBytes(StandardCharsets.UTF_8));
        this.http = Objects.requireNonNull(http, "http");
        this.json = Objects.requireNonNull(json, "json");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public String apiKey() {
        return apiKey;
    }

    @Override
    public String userToken(UUID userId) {
        JwtClaims claims = new JwtClaims();
        claims.setClaim("user_id", userId.toString());
        claims.setIssuedAtToNow();
        return sign(claims);
    }

    @Override
    public void upsertUsers(List<ExternalChatUser> users) {
        ObjectNode body = json.createObjectNode();
        ObjectNode byId = body.putObject("users");
        for (ExternalChatUser user : users) {
            ObjectNode u = byId.putObject(user.id().toString()).put("id", user.id().toString()).put("name", user.name());
            user.image().ifPresent(image -> u.put("image", image));
        }
        post("/users", body);
    }

    @Override
    public void openChannel(String channelId, String name, UUID createdBy, List<UUID> members) {
        ObjectNode body = json.createObjectNode();
        ObjectNode data = body.putObject("data").put("name", name).put("created_by_id", createdBy.toString());
        members.forEach(m -> data.withArray("members").add(m.toString()));
        post("/channels/" + CHANNEL_TYPE + "/" + channelId + "/query", body);
    }

    @Override
    public void postMessage(String channelId, UUID senderId, String text) {
        ObjectNode body = json.createObjectNode();
        body.putObject("message").put("text", text).put("user_id", senderId.toString()).put("type", "system");
        post("/channels/" + CHANNEL_TYPE + "/" + channelId + "/message", body);
    }

    private void post(String path, ObjectNode body) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(root + path + "?api_key="
                            + URLEncoder.encode(apiKey, StandardCharsets.UTF_8)))
                    .timeout(timeout)
                    .header("Authorization", serverToken())
                    .header("Stream-Auth-Type", "jwt")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                    .build();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a Stream request", e);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ProviderUnavailable("Stream Chat cannot be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailable("interrupted while calling Stream Chat", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new ProviderUnavailable("Stream Chat answered " + response.statusCode() + " to POST " + path + ": "
                    + abbreviate(response.body()));
        }
    }

    private String serverToken() {
        JwtClaims claims = new JwtClaims();
        claims.setClaim("server", true);
        return sign(claims);
    }

    private String sign(JwtClaims claims) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        jws.setHeader("typ", "JWT");
        jws.setKey(secret);
        jws.setDoKeyValidation(false); // Stream issues the secret; its length is theirs to choose
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a Stream token", e);
        }
    }

    private static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }
}
