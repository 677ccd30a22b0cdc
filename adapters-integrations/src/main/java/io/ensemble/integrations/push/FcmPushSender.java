package io.ensemble.integrations.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ensemble.notifications.PushMessage;
import io.ensemble.notifications.PushResult;
import io.ensemble.notifications.PushSender;
import io.ensemble.shared.errors.ProviderUnavailable;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * {@link PushSender} over FCM HTTP v1 ({@code POST /v1/projects/{project}/messages:send} with
 * {@code {"message": {"token", "notification": {"title", "body"}, "data": {…}}}}; Firebase reference
 * "projects.messages.send" and "FCM error codes"). Answers: 200 → {@link PushResult#ACCEPTED};
 * 404 {@code UNREGISTERED}, 403 {@code SENDER_ID_MISMATCH} or 400 about {@code message.token} →
 * {@link PushResult#TOKEN_INVALID}; 401 → the cached access token is dropped and
 * {@link ProviderUnavailable} thrown; 429 {@code QUOTA_EXCEEDED}, 5xx, other errors and network failures →
 * {@link ProviderUnavailable} (the delivery is retried later).
 */
final class FcmPushSender implements PushSender {
    private final URI send;
    private final GoogleAccessTokens tokens;
    private final HttpClient http;
    private final ObjectMapper json;
    private final Duration timeout;

    FcmPushSender(URI baseUrl, String projectId, GoogleAccessTokens tokens, HttpClient http, ObjectMapper json,
                  Duration timeout) {
        String root = baseUrl.toString().replaceAll("/+$", "");
        this.send = URI.create(root + "/v1/projects/" + projectId + "/messages:send");
        this.tokens = tokens;
        this.http = http;
        this.json = json;
        this.timeout = timeout;
    }

    @Override
    public PushResult send(PushMessage message) {
        HttpRequest request = HttpRequest.newBuilder(send).timeout(timeout)
                .header("Authorization", "Bearer " + tokens.current())
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body(message))).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ProviderUnavailable("FCM unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailable("interrupted while sending to FCM", e);
        }
        int status = response.statusCode();
        if (status == 200) {
            return PushResult.ACCEPTED;
        }
        String code = errorCode(response.body());
        if (status == 404 || "UNREGISTERED".equals(code) || "SENDER_ID_MISMATCH".equals(code)
                || status == 400 && response.body().contains("message.token")) {
            return PushResult.TOKEN_INVALID;
        }
        if (status == 401) {
            tokens.invalidate();
        }
        throw new ProviderUnavailable("FCM answered " + status + (code.isEmpty() ? "" : " " + code));
    }

    private String body(PushMessage m) {
        ObjectNode root = json.createObjectNode();
        ObjectNode message = root.putObject("message");
        message.put("token", m.deviceToken());
        ObjectNode notification = message.putObject("notification");
        notification.put("title", m.title());
        notification.put("body", m.body());
        if (!m.data().isEmpty()) {
            ObjectNode data = message.putObject("data");
            m.data().forEach(data::put);
        }
        return root.toString();
    }

    /** @return the FcmError {@code errorCode} of an error body, else its {@code status}, else "" */
    private String errorCode(String body) {
        try {
            JsonNode error = json.readTree(body).path("error");
            for (JsonNode detail : error.path("details")) {
                if (detail.has("errorCode")) {
                    return detail.path("errorCode").asText();
                }
            }
            return error.path("status").asText("");
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
