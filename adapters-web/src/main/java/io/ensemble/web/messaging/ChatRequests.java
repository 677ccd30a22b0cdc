package io.ensemble.web.messaging;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** Request bodies of the chat routes; absent fields are null and validated by the domain commands. */
public final class ChatRequests {
    private ChatRequests() {
    }

    /**
     * {@code POST /conversations/{id}/messages}: {@code {type?, content, attachments?, clientMessageId?, eventId?,
     * replyToId?, mentions?}};
     * {@code eventId} names the invited event of an {@code event_invite} (issue 21 §2).
     */
    public record SendMessage(@Schema(description = "text (default), image, file or event_invite", example = "text")
                              String type,
                              @Schema(example = "Hi! Loved your last reel, want to collaborate?") String content,
                              @Schema(description = "media ids from the upload routes") List<String> attachments,
                              @Schema(description = "client's id: a retry with the same id returns the stored message",
                                      example = "c-7f3a") String clientMessageId,
                              @Schema(description = "the invited event of an event_invite (content: its title "
                                      + "when absent)")
                              String eventId,
                              @Schema(description = "the message of this conversation it replies to (issue 27)")
                              String replyToId,
                              @Schema(description = "user ids of group members to notify, even when they muted the "
                                      + "conversation (at most 20; others ignored)")
                              List<String> mentions) {
        static final SendMessage EMPTY = new SendMessage(null, null, null, null, null, null, null);
    }

    /** {@code PATCH /messages/{id}}: {@code {content}}. */
    public record EditMessage(String content) {
        static final EditMessage EMPTY = new EditMessage(null);
    }

    /** {@code POST /groups}: {@code {name, memberIds[]}}. */
    public record CreateGroup(String name, List<String> memberIds) {
        static final CreateGroup EMPTY = new CreateGroup(null, null);
    }

    /** {@code POST /groups/{id}/members}: {@code {userId}}. */
    public record AddMember(String userId) {
        static final AddMember EMPTY = new AddMember(null);
    }
}
