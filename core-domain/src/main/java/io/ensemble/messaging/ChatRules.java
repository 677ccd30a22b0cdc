package io.ensemble.messaging;

import io.ensemble.identity.Caller;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.NotFound;

/** The messaging use cases' shared answers: not-found errors (ids don't leak) and the active-sender rule. */
final class ChatRules {
    private ChatRules() {
    }

    /** @throws Forbidden {@code ACCOUNT_SUSPENDED} unless the caller is an active, verified user */
    static void requireActive(ContactDirectory contacts, Caller caller) {
        if (contacts.findReachable(caller.userId()).isEmpty()) {
            throw new Forbidden("ACCOUNT_SUSPENDED", "This account cannot send messages; contact support.");
        }
    }

    static NotFound conversationNotFound() {
        return new NotFound("Conversation not found.");
    }

    static NotFound messageNotFound() {
        return new NotFound("Message not found.");
    }
}
