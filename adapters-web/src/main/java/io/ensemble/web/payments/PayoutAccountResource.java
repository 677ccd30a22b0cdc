package io.ensemble.web.payments;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.payments.OnboardingLink;
import io.ensemble.payments.PayoutOnboarding;
import io.ensemble.web.http.Answers;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Objects;

/**
 * {@code POST /api/v1/payments/connect/account-link} (issue 8 §3, Stripe Connect onboarding): a
 * creator gets a fresh onboarding URL for their connected account (created on the first call).
 * 201 {@code {url, expiresAt, accountId}}; 403 for other roles; 503 {@code PROVIDER_NOT_CONFIGURED}
 * with {@code PAYMENTS=manual}; 503 {@code PROVIDER_UNAVAILABLE} when Stripe is down.
 */
@Path("/api/v1/payments/connect/account-link")
@Produces(MediaType.APPLICATION_JSON)
public final class PayoutAccountResource {
    private final PayoutOnboarding onboarding;

    /** @param onboarding the use case */
    public PayoutAccountResource(PayoutOnboarding onboarding) {
        this.onboarding = Objects.requireNonNull(onboarding, "onboarding");
    }

    /** Answers a new onboarding link for the calling creator. */
    @POST
    @Timed
    @Answers(value = LinkView.class, status = 201)
    @ErrorCodes({"CARD_DECLINED", "PAYMENT_IDEMPOTENCY", "PROVIDER_REJECTED"})
    public Response link(@Auth Caller caller) {
        OnboardingLink link = onboarding.onboardingLink(caller);
        return ApiResponse.created("Open the URL to finish onboarding",
                new LinkView(link.url(), link.expiresAt(), link.accountId()));
    }

    /** {@code data} of the answer. */
    public record LinkView(String url, Instant expiresAt, String accountId) {
    }
}
