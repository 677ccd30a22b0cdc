package io.ensemble.web.realtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ensemble.messaging.Message;
import io.ensemble.messaging.PresenceChange;
import io.ensemble.messaging.ReadReceipt;
import io.ensemble.messaging.Typing;
import io.ensemble.shared.errors.DomainException;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.web.messaging.MessageView;
import java.util.function.Function;

/**
 * JSON shapes of server events (README §Realtime): a message is the REST {@link MessageView};
 * {@code message_read} is {@code {conversationId, userId, lastReadSeq, unreadCount}};
 * {@code user_typing} {@code {conversationId, userId, isTyping}}; {@code user_online/offline}
 * {@code {userId, online, at}} ({@code at} = last seen when offline); {@code error}
 * {@code {code, message, event, details?}}. Also the encoder of the {@code redis} bus, so every node
 * sends the same JSON.
 */
public final class WirePayloads {
    private final ObjectMapper json;
    private final Function<Message, MessageView> messages;

    /** @param json the application's mapper (ISO-8601 times); messages without their event reference */
    public WirePayloads(ObjectMapper json) {
        this(json, MessageView::of);
    }

    /**
     * @param json the application's mapper (ISO-8601 times)
     * @param messages the view of a message (with the event of an {@code event_invite}, issue 21 §2)
     */
    public WirePayloads(ObjectMapper json, Function<Message, MessageView> messages) {
        this.json = json;
        this.messages = messages;
    }

    /** @return the wire JSON of a bus payload (a domain record, or anything Jackson can write) */
    public JsonNode of(Object payload) {
        Object view = view(payload);
        return view instanceof JsonNode node ? node : json.valueToTree(view);
    }

    /**
     * @return the wire JSON of a bus payload for many sockets: encoded to text once, on first use,
     *     straight from the view (no intermediate tree)
     */
    SharedEventData shared(Object payload) {
        return new SharedEventData(() -> {
            Object view = view(payload);
            if (view instanceof JsonNode node) {
                return node.toString();
            }
            try {
                return json.writeValueAsString(view);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Cannot encode a " + payload.getClass().getSimpleName(), e);
            }
        });
    }

    /** @return what Jackson writes for a payload: the REST view of a domain record, else the payload */
    private Object view(Object payload) {
        Object view = payload;
        if (payload instanceof Message m) {
            view = messages.apply(m);
        } else if (payload instanceof ReadReceipt r) {
            view = json.createObjectNode().put("conversationId", r.conversationId().toString())
                    .put("userId", r.userId().toString()).put("lastReadSeq", r.lastReadSeq())
                    .put("unreadCount", r.unreadCount());
        } else if (payload instanceof Typing t) {
            view = json.createObjectNode().put("conversationId", t.conversationId().toString())
                    .put("userId", t.userId().toString()).put("isTyping", t.isTyping());
        } else if (payload instanceof PresenceChange p) {
            view = json.createObjectNode().put("userId", p.userId().toString()).put("online", p.online())
                    .put("at", p.at().toString());
        }
        return view;
    }

    /** @return {@code {success: true, data}} */
    ObjectNode ok(Object data) {
        ObjectNode body = json.createObjectNode().put("success", true);
        body.set("data", of(data));
        return body;
    }

    /** @return the error body {@code {success: false, error, code, message, event, details?}} */
    ObjectNode error(String event, String code, String message) {
        return json.createObjectNode().put("success", false).put("error", code).put("code", code)
                .put("message", message).put("event", event);
    }

    /** @return the error body of a domain exception, with field details for validation failures and
     *     {@code retryAfter} (seconds) for {@code RATE_LIMITED} */
    ObjectNode error(String event, DomainException e) {
        ObjectNode body = error(event, e.code(), e.getMessage());
        if (e instanceof io.ensemble.shared.errors.RateLimited limited) {
            body.put("retryAfter", limited.retryAfterSeconds());
        }
        if (e instanceof ValidationFailed v && !v.errors().isEmpty()) {
            var details = body.putArray("details");
            v.errors().forEach(f -> details.addObject().put("field", f.field()).put("message", f.message()));
        }
        return body;
    }
}
