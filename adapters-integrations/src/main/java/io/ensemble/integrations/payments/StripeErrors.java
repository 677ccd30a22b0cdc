package io.ensemble.integrations.payments;

import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.ApiException;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.CardException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.PermissionException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.DomainException;
import io.ensemble.shared.errors.ProviderUnavailable;
import io.ensemble.shared.errors.UpstreamFailed;
import io.ensemble.shared.errors.ValidationFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps stripe-java errors (Stripe API reference §Errors: {@code api_error}, {@code card_error},
 * {@code idempotency_error}, {@code invalid_request_error}, 401/403/429, network failures) to the
 * domain's typed errors. Stripe's messages for card errors are meant for end users and are passed
 * on; other messages are logged with the request id, never shown.
 */
final class StripeErrors {
    private static final Logger LOG = LoggerFactory.getLogger(StripeErrors.class);

    private StripeErrors() {
    }

    /**
     * @param what the call that failed, for the message and log, e.g. {@code "create the payment"}
     * @return {@link ValidationFailed} {@code CARD_DECLINED} (400) for card errors, {@link Conflict}
     *     {@code PAYMENT_IDEMPOTENCY} (409) when a retry's parameters differ, {@link UpstreamFailed}
     *     {@code PROVIDER_REJECTED} (502) for requests Stripe refuses as invalid, and
     *     {@link ProviderUnavailable} (503) for outages, timeouts, 5xx, rate limits and bad keys
     */
    static DomainException translate(StripeException e, String what) {
        LOG.warn("Stripe failed to {}: {} {} (status {}, request {})", what, e.getClass().getSimpleName(),
                e.getCode(), e.getStatusCode(), e.getRequestId());
        if (e instanceof CardException card) {
            String reason = card.getDeclineCode() != null ? card.getDeclineCode() : card.getCode();
            return new ValidationFailed("CARD_DECLINED", "The card was declined (" + reason + "): "
                    + (card.getStripeError() != null && card.getStripeError().getMessage() != null
                    ? card.getStripeError().getMessage() : "try another payment method."));
        }
        if (e instanceof IdempotencyException) {
            return new Conflict("PAYMENT_IDEMPOTENCY", "Stripe refused to " + what
                    + ": a retried request differed from the first one.");
        }
        if (e instanceof ApiConnectionException || e instanceof ApiException || e instanceof RateLimitException) {
            return new ProviderUnavailable("Stripe is unavailable; could not " + what + ". Try again shortly.", e);
        }
        if (e instanceof AuthenticationException || e instanceof PermissionException) {
            return new ProviderUnavailable("Stripe refused this server's API key; could not " + what
                    + ". An operator must check STRIPE_SECRET_KEY.", e);
        }
        Integer status = e.getStatusCode();
        if (status == null || status >= 500) {
            return new ProviderUnavailable("Stripe is unavailable; could not " + what + ". Try again shortly.", e);
        }
        return new UpstreamFailed("PROVIDER_REJECTED", "Stripe refused to " + what + " ("
                + (e.getCode() == null ? "invalid request" : e.getCode()) + ").");
    }
}
