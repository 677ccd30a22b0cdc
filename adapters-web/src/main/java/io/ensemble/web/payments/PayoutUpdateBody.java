package io.ensemble.web.payments;

/** Body of {@code PUT /api/v1/payouts/:id}: {@code {status: PAID|FAILED, note?}}; other fields ignored. */
public record PayoutUpdateBody(String status, String note) {
    static final PayoutUpdateBody EMPTY = new PayoutUpdateBody(null, null);
}
