package io.ensemble.integrations.payments;

/**
 * Response bodies shaped like Stripe's API reference (the PaymentIntent, Refund, Transfer, Account
 * and Account Link objects, and the error object), trimmed to the fields that matter plus a few
 * realistic neighbours.
 */
final class StripeApiFixtures {
    private StripeApiFixtures() {
    }

    static String paymentIntent(String id, long amount, String orderId) {
        return """
                {
                  "id": "%1$s",
                  "object": "payment_intent",
                  "amount": %2$d,
                  "amount_capturable": 0,
                  "amount_received": 0,
                  "automatic_payment_methods": {"allow_redirects": "always", "enabled": true},
                  "capture_method": "automatic",
                  "client_secret": "%1$s_secret_Fb9VG0Dn4tcuPPDLVL8sA8LkT",
                  "confirmation_method": "automatic",
                  "created": 1680800504,
                  "currency": "usd",
                  "livemode": false,
                  "metadata": {"orderId": "%3$s"},
                  "payment_method_types": ["card", "link"],
                  "status": "requires_payment_method",
                  "transfer_group": "%3$s"
                }
                """.formatted(id, amount, orderId);
    }

    /** A PaymentIntent as {@code POST /v1/payment_intents/:id/cancel} answers it (API reference §Cancel). */
    static String canceledPaymentIntent(String id, long amount, String orderId) {
        return paymentIntent(id, amount, orderId)
                .replace("\"status\": \"requires_payment_method\"", "\"status\": \"canceled\"")
                .replace("\"capture_method\"", "\"canceled_at\": 1680801569, \"cancellation_reason\": \"abandoned\","
                        + " \"capture_method\"");
    }

    static String refund(String id, String paymentIntent, long amount) {
        return """
                {
                  "id": "%s",
                  "object": "refund",
                  "amount": %d,
                  "charge": "ch_3MmlLrLkdIwHu7ix0snN0B15",
                  "created": 1692942318,
                  "currency": "usd",
                  "metadata": {},
                  "payment_intent": "%s",
                  "reason": null,
                  "status": "succeeded"
                }
                """.formatted(id, amount, paymentIntent);
    }

    static String transfer(String id, long amount, String destination, String group) {
        return """
                {
                  "id": "%s",
                  "object": "transfer",
                  "amount": %d,
                  "amount_reversed": 0,
                  "balance_transaction": "txn_1MiN3gLkdIwHu7ixxapQrznl",
                  "created": 1678043844,
                  "currency": "usd",
                  "destination": "%s",
                  "destination_payment": "py_1MiN3gQ9PRzxEwkZWTPGNq9o",
                  "livemode": false,
                  "metadata": {},
                  "reversals": {"object": "list", "data": [], "has_more": false, "total_count": 0,
                    "url": "/v1/transfers/tr_1MiN3gLkdIwHu7ixNCZvFdgA/reversals"},
                  "reversed": false,
                  "source_transaction": null,
                  "source_type": "card",
                  "transfer_group": "%s"
                }
                """.formatted(id, amount, destination, group);
    }

    static String account(String id) {
        return """
                {
                  "id": "%s",
                  "object": "account",
                  "business_type": null,
                  "capabilities": {"transfers": "inactive"},
                  "charges_enabled": false,
                  "country": "US",
                  "created": 1680582544,
                  "default_currency": "usd",
                  "details_submitted": false,
                  "metadata": {},
                  "payouts_enabled": false,
                  "type": "express"
                }
                """.formatted(id);
    }

    static String accountLink(String url, long expiresAt) {
        return """
                {
                  "object": "account_link",
                  "created": 1680577733,
                  "expires_at": %d,
                  "url": "%s"
                }
                """.formatted(expiresAt, url);
    }

    /** Stripe's error object, e.g. {@code error("card_error", "card_declined", "Your card was declined.")}. */
    static String error(String type, String code, String message) {
        return """
                {
                  "error": {
                    "code": "%s",
                    "doc_url": "https://stripe.com/docs/error-codes/%1$s",
                    "message": "%s",
                    "request_log_url": "https://dashboard.stripe.com/test/logs/req_xyz?t=1680800504",
                    "type": "%s"
                  }
                }
                """.formatted(code, message, type);
    }

    static String cardError(String declineCode) {
        return """
                {
                  "error": {
                    "charge": "ch_3MmlLrLkdIwHu7ix0snN0B15",
                    "code": "card_declined",
                    "decline_code": "%s",
                    "doc_url": "https://stripe.com/docs/error-codes/card-declined",
                    "message": "Your card has insufficient funds.",
                    "type": "card_error"
                  }
                }
                """.formatted(declineCode);
    }
}
