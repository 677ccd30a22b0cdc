package io.ensemble.payments;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a payee finishes onboarding at the provider (a Stripe Account Link).
 *
 * @param url single-use URL to open in a browser
 * @param expiresAt when the URL stops working (Stripe: a few minutes)
 * @param accountId the provider's account id the link belongs to
 */
public record OnboardingLink(String url, Instant expiresAt, String accountId) {
    public OnboardingLink {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(accountId, "accountId");
    }
}
