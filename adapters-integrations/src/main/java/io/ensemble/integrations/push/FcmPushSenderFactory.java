package io.ensemble.integrations.push;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ensemble.notifications.PushSender;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * {@code push: {type: fcm, projectId, credentialsFile, baseUrl, tokenUrl, timeoutMs}}: Firebase Cloud
 * Messaging HTTP v1 ({@code POST {baseUrl}/v1/projects/{projectId}/messages:send}), authorised with an
 * OAuth 2 access token obtained from a Google service account key file (JWT bearer grant, RFC 7523).
 * {@code baseUrl} and {@code tokenUrl} are overridable for tests and proxies; an empty {@code tokenUrl}
 * uses the key file's {@code token_uri}.
 */
@JsonTypeName("fcm")
@JsonIgnoreProperties(ignoreUnknown = true)
public class FcmPushSenderFactory implements PushSenderFactory {
    @JsonProperty
    private String projectId = "";
    @JsonProperty
    private String credentialsFile = "";
    @JsonProperty
    private String baseUrl = "https://fcm.googleapis.com";
    @JsonProperty
    private String tokenUrl = "";
    @JsonProperty
    private int timeoutMs = 10_000;

    /**
     * @return an {@link FcmPushSender}
     * @throws IllegalStateException when {@code FCM_PROJECT_ID} or {@code FCM_CREDENTIALS_FILE} is not
     *     set, or the key file cannot be read
     */
    @Override
    public PushSender build(ObjectMapper json) {
        if (projectId == null || projectId.isBlank()) {
            throw new IllegalStateException("push.type is fcm but FCM_PROJECT_ID (push.projectId) is not set");
        }
        if (credentialsFile == null || credentialsFile.isBlank()) {
            throw new IllegalStateException("push.type is fcm but FCM_CREDENTIALS_FILE (push.credentialsFile) is not set");
        }
        Duration timeout = Duration.ofMillis(timeoutMs);
        HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build();
        GoogleServiceAccountKey key = GoogleServiceAccountKey.read(Path.of(credentialsFile), json);
        URI tokens = URI.create(tokenUrl == null || tokenUrl.isBlank() ? key.tokenUri() : tokenUrl);
        var accessTokens = new GoogleAccessTokens(key, tokens, http, json, timeout, Clock.systemUTC());
        return new FcmPushSender(URI.create(baseUrl), projectId, accessTokens, http, json, timeout);
    }

    /** @param projectId the Firebase project id ({@code FCM_PROJECT_ID}) */
    public void setProjectId(String projectId) {
        this.projectId = projectId;
    }

    /** @param credentialsFile path of the service account JSON key ({@code FCM_CREDENTIALS_FILE}) */
    public void setCredentialsFile(String credentialsFile) {
        this.credentialsFile = credentialsFile;
    }

    /** @param baseUrl FCM API root, default {@code https://fcm.googleapis.com} ({@code FCM_BASE_URL}) */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** @param tokenUrl OAuth token endpoint; empty = the key file's {@code token_uri} ({@code FCM_TOKEN_URL}) */
    public void setTokenUrl(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }
}
