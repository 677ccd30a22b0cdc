package io.ensemble.app.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.Reply;
import java.util.HashMap;
import java.util.Map;

/** Shared steps of the moderation route tests: chat messages, packages, reports and error shapes. */
final class ModerationFixture {
    static final String REPORTS = "/api/v1/reports";
    static final String ADMIN_REPORTS = "/api/v1/admin/reports";

    private final Api api;

    ModerationFixture(Api api) {
        this.api = api;
    }

    /** @return the id of the DIRECT conversation of {@code from} and {@code to} (get or create) */
    String direct(Accounts.Session from, Accounts.Session to) {
        Reply r = api.get("/api/v1/chat/conversations/" + to.userId(), from.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data().path("id").asText();
    }

    /** Sends a text message and expects 201. @return the message id */
    String sendText(Accounts.Session from, String conversationId, String text) {
        Reply r = api.post("/api/v1/chat/conversations/" + conversationId + "/messages", Map.of("content", text),
                from.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.data().path("id").asText();
    }

    /** @return the message {@code messageId} as {@code who} reads it in the conversation's history */
    JsonNode messageAsSeenBy(Accounts.Session who, String conversationId, String messageId) {
        Reply r = api.get("/api/v1/chat/conversations/" + conversationId + "/messages?limit=100", who.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        for (JsonNode m : r.data().path("items")) {
            if (m.path("id").asText().equals(messageId)) {
                return m;
            }
        }
        throw new AssertionError("message " + messageId + " not in " + r);
    }

    /** @return the id of a new active package of {@code creator} */
    String createPackage(Accounts.Session creator) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Three reels");
        body.put("platform", "Instagram");
        body.put("contentType", "Reel");
        body.put("quantity", 3);
        body.put("revisions", 1);
        body.put("durationDays", 7);
        body.put("price", Map.of("amount", 1999, "currency", "USD"));
        body.put("description", "Three 30-second reels");
        Reply r = api.post("/api/v1/packages", body, creator.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.data().path("id").asText();
    }

    Reply report(Accounts.Session who, String targetType, String targetId, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("targetType", targetType);
        body.put("targetId", targetId);
        body.put("reason", reason);
        body.put("note", "please look");
        return api.post(REPORTS, body, who.accessToken());
    }

    /** Files a report and expects 201. @return the report id */
    String reported(Accounts.Session who, String targetType, String targetId) {
        Reply r = report(who, targetType, targetId, "harassment");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.data().path("id").asText();
    }

    Reply resolve(Accounts.Session who, String reportId, String action) {
        return api.post(ADMIN_REPORTS + "/" + reportId + "/resolve", Map.of("action", action, "note", "checked"),
                who.accessToken());
    }

    static void assertError(Reply r, int status, String code) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.json().path("success").asBoolean(true)).as(r.toString()).isFalse();
        assertThat(r.code()).as(r.toString()).isEqualTo(code);
    }
}
