package io.ensemble.support;

import io.ensemble.messaging.SystemMessages;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link TicketConversations} over messaging's {@link SystemMessages} use case: a GROUP conversation
 * owned by the requester, subject {@link #SUBJECT_TYPE}/ticket id, the assigned agent its other member.
 */
public final class MessagingTicketConversations implements TicketConversations {
    /** The {@code subjectType} of ticket conversations. */
    public static final String SUBJECT_TYPE = "SUPPORT_TICKET";

    private final SystemMessages messaging;

    /** @param messaging messaging's use cases for other contexts */
    public MessagingTicketConversations(SystemMessages messaging) {
        this.messaging = Objects.requireNonNull(messaging, "messaging");
    }

    @Override
    public UUID openFor(UUID ticketId, UUID requesterId, String subject, Instant at) {
        return messaging.openSubjectConversation("Support: " + subject, requesterId, List.of(), SUBJECT_TYPE,
                ticketId, at);
    }

    @Override
    public void swapAgent(UUID conversationId, Optional<UUID> agentOut, UUID agentIn, Instant at) {
        if (agentOut.map(agentIn::equals).orElse(false)) {
            return;
        }
        agentOut.ifPresent(out -> messaging.removeMember(conversationId, out));
        messaging.addMember(conversationId, agentIn, at);
    }
}
