package io.ensemble.web.compat.idyll;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.ensemble.messaging.Message;
import java.time.Instant;
import java.util.UUID;

/**
 * A team chat message as seeds/003 reads it ({@code new_message {message, sender, timestamp}} and the
 * rows of {@code GET /api/chat/messages}), beside its ids: {@code sender} is the sender's display name,
 * {@code senderId} and {@code user {id, name, role, avatar}} say who it is.
 *
 * @param id the message id
 * @param conversationId the team room
 * @param message the text (null for a deleted message)
 * @param sender the sender's name
 * @param senderId the sender's account id
 * @param user the sender as the seed's user object
 * @param timestamp when it was sent (ISO-8601 UTC)
 * @param seq its number in the room, for catching up
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record IdyllChatMessage(String id, String conversationId, String message, String sender, String senderId,
                               IdyllPeople.Person user, Instant timestamp, long seq) {
    /** @return the seed's body of a stored message */
    public static IdyllChatMessage of(Message m, IdyllPeople people) {
        IdyllPeople.Person p = people.of(m.senderId());
        return new IdyllChatMessage(m.id().toString(), m.conversationId().toString(), m.content().orElse(null),
                p.name(), p.id(), p, m.createdAt(), m.seq());
    }

    /** @return the seed's body of a message's native JSON (a bus event from another node) */
    static IdyllChatMessage of(JsonNode n, IdyllPeople people) {
        IdyllPeople.Person p = people.of(UUID.fromString(n.path("senderId").asText()));
        JsonNode content = n.path("content");
        return new IdyllChatMessage(n.path("id").asText(), n.path("conversationId").asText(),
                content.isTextual() ? content.asText() : null, p.name(), p.id(), p,
                Instant.parse(n.path("createdAt").asText()), n.path("seq").asLong());
    }
}
