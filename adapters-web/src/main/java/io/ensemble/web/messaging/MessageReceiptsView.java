package io.ensemble.web.messaging;

import io.ensemble.messaging.MessageReceipts;
import java.util.List;

/**
 * One message's state with each other member (issue 27), for its sender:
 * {@code {messageId, conversationId, seq, members: [{userId, delivered, read}]}}.
 */
public record MessageReceiptsView(String messageId, String conversationId, long seq, List<Member> members) {
    /** One member: delivered when a device acknowledged it (or they read it), read by lastReadSeq. */
    public record Member(String userId, boolean delivered, boolean read) {
    }

    /** @return the view of {@code r} */
    public static MessageReceiptsView of(MessageReceipts r) {
        return new MessageReceiptsView(r.messageId().toString(), r.conversationId().toString(), r.seq(),
                r.members().stream().map(m -> new Member(m.userId().toString(), m.delivered(), m.read())).toList());
    }
}
