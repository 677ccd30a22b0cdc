package io.ensemble.web.messaging;

import io.ensemble.messaging.DeliveryReceipt;

/** A delivery receipt in JSON (issue 27): {@code {conversationId, userId, deliveredSeq}}. */
public record DeliveryReceiptView(String conversationId, String userId, long deliveredSeq) {
    /** @return the view of {@code r} */
    public static DeliveryReceiptView of(DeliveryReceipt r) {
        return new DeliveryReceiptView(r.conversationId().toString(), r.userId().toString(), r.deliveredSeq());
    }
}
