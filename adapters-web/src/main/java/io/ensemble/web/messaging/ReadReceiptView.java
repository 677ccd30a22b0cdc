package io.ensemble.web.messaging;

import io.ensemble.messaging.ReadReceipt;

/** A read receipt in JSON: {@code {conversationId, userId, lastReadSeq, unreadCount}}. */
public record ReadReceiptView(String conversationId, String userId, long lastReadSeq, long unreadCount) {
    /** @return the view of {@code r} */
    public static ReadReceiptView of(ReadReceipt r) {
        return new ReadReceiptView(r.conversationId().toString(), r.userId().toString(), r.lastReadSeq(), r.unreadCount());
    }
}
