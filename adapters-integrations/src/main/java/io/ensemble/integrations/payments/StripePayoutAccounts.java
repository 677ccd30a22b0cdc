package io.ensemble.integrations.payments;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Account;
import com.stripe.model.AccountLink;
import com.stripe.net.RequestOptions;
import com.stripe.param.AccountCreateParams;
import com.stripe.param.AccountLinkCreateParams;
import io.ensemble.payments.OnboardingLink;
import io.ensemble.payments.PayoutAccountProvider;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Stripe Connect onboarding (issue 8 §3): an Express connected account per creator
 * ({@code POST /v1/accounts}, {@code transfers} capability requested, idempotency key
 * {@code account-<userId>}) and Account Links for onboarding ({@code POST /v1/account_links},
 * {@code type=account_onboarding}). Errors: see {@link StripeErrors}.
 */
public final class StripePayoutAccounts implements PayoutAccountProvider {
    private final StripeClient client;
    private final String returnUrl;
    private final String refreshUrl;

    /**
     * @param returnUrl where Stripe sends the creator when onboarding is left or finished
     * @param refreshUrl where Stripe sends the creator when the link expired (the app asks for a new one)
     */
    public StripePayoutAccounts(StripeClient client, String returnUrl, String refreshUrl) {
        this.client = Objects.requireNonNull(client, "client");
        this.returnUrl = Objects.requireNonNull(returnUrl, "returnUrl");
        this.refreshUrl = Objects.requireNonNull(refreshUrl, "refreshUrl");
    }

    @Override
    public String name() {
        return StripePaymentGateway.NAME;
    }

    /** @return the new Express account's id ({@code acct_…}) */
    @Override
    public String createAccount(UUID userId) {
        AccountCreateParams params = AccountCreateParams.builder()
                .setType(AccountCreateParams.Type.EXPRESS)
                .setCapabilities(AccountCreateParams.Capabilities.builder()
                        .setTransfers(AccountCreateParams.Capabilities.Transfers.builder().setRequested(true).build())
                        .build())
                .putMetadata("userId", userId.toString())
                .build();
        try {
            Account account = client.v1().accounts().create(params,
                    RequestOptions.builder().setIdempotencyKey("account-" + userId).build());
            return account.getId();
        } catch (StripeException e) {
            throw StripeErrors.translate(e, "create the payout account");
        }
    }

    /** @return the Account Link's URL and expiry */
    @Override
    public OnboardingLink onboardingLink(String accountId) {
        AccountLinkCreateParams params = AccountLinkCreateParams.builder()
                .setAccount(accountId)
                .setType(AccountLinkCreateParams.Type.ACCOUNT_ONBOARDING)
                .setReturnUrl(returnUrl)
                .setRefreshUrl(refreshUrl)
                .build();
        try {
            AccountLink link = client.v1().accountLinks().create(params);
            return new OnboardingLink(link.getUrl(), Instant.ofEpochSecond(link.getExpiresAt()), accountId);
        } catch (StripeException e) {
            throw StripeErrors.translate(e, "create the onboarding link");
        }
    }
}
