package io.ensemble.integrations.externalchat;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ensemble.externalchat.ExternalChat;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * {@code externalChat: {type: stream, apiKey, apiSecret, baseUrl, timeoutMs}}: Stream Chat
 * ({@link StreamChatClient}), on when {@code STREAMCHAT_API_KEY} and {@code STREAMCHAT_API_SECRET} are both
 * set and off (the native chat only) when both are empty, so the shipped config.yml switches it on by the
 * keys alone. {@code baseUrl} (default {@code https://chat.stream-io-api.com}) is overridable for tests
 * and regional endpoints.
 */
@JsonTypeName("stream")
@JsonIgnoreProperties(ignoreUnknown = true)
public class StreamChatFactory implements ExternalChatFactory {
    @JsonProperty
    private String apiKey = "";
    @JsonProperty
    private String apiSecret = "";
    @JsonProperty
    private String baseUrl = "https://chat.stream-io-api.com";
    @JsonProperty
    private int timeoutMs = 10_000;

    /**
     * @return a {@link StreamChatClient}, or {@link ExternalChat#DISABLED} when neither key is set
     * @throws IllegalStateException when exactly one key is set
     */
    @Override
    public ExternalChat build(ObjectMapper json) {
        boolean key = apiKey != null && !apiKey.isBlank();
        boolean secret = apiSecret != null && !apiSecret.isBlank();
        if (!key && !secret) {
            return ExternalChat.DISABLED;
        }
        if (!key || !secret) {
            throw new IllegalStateException("externalChat.type is stream but " + (key ? "STREAMCHAT_API_SECRET"
                    + " (externalChat.apiSecret)" : "STREAMCHAT_API_KEY (externalChat.apiKey)") + " is not set");
        }
        Duration timeout = Duration.ofMillis(timeoutMs);
        return new StreamChatClient(URI.create(baseUrl), apiKey, apiSecret,
                HttpClient.newBuilder().connectTimeout(timeout).build(), json, timeout);
    }
}
