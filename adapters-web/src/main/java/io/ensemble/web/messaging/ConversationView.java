package io.ensemble.web.messaging;

import io.ensemble.messaging.Conversation;
import io.ensemble.messaging.ConversationSummary;
import io.ensemble.messaging.Message;
import io.ensemble.messaging.Participant;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A conversation as its member sees it (issue 4 §1): {@code {id, type, name, ownerId, subjectType,
 * subjectId, members, lastMessage, unreadCount, lastSeq, createdAt, updatedAt}}; {@code type} is
 * {@code DIRECT} or {@code GROUP}; name/owner/subject are null when absent; {@code lastMessage} null
 * when there is none; each member carries {@code online}.
 */
public record ConversationView(String id, String type, String name, String ownerId, String subjectType,
                               String subjectId, List<MemberView> members, MessageView lastMessage,
                               long unreadCount, long lastSeq, Instant createdAt, Instant updatedAt) {

    /**
     * A member: user id, display name, read position ({@code lastReadSeq}) and whether they have an open socket on
     * some node now ({@code online}, issue 27).
     */
    public record MemberView(String id, String name, long lastReadSeq, boolean online) {
        /** @return the view of {@code p} */
        public static MemberView of(Participant p, boolean online) {
            return new MemberView(p.userId().toString(), p.name(), p.lastReadSeq(), online);
        }
    }

    /**
     * @param messages shows its last message
     * @param online whether a member is online (the cluster-wide presence)
     * @return the view of {@code s}
     */
    public static ConversationView of(ConversationSummary s, Function<Message, MessageView> messages,
                                      Predicate<UUID> online) {
        Conversation c = s.conversation();
        return new ConversationView(c.id().toString(), c.type().name(), c.name().orElse(null),
                c.ownerId().map(Object::toString).orElse(null), c.subjectType().orElse(null),
                c.subjectId().map(Object::toString).orElse(null),
                s.members().stream().map(p -> MemberView.of(p, online.test(p.userId()))).toList(),
                s.lastMessage().map(messages).orElse(null), s.unreadCount(), c.lastSeq(),
                c.createdAt(), c.updatedAt());
    }
}
