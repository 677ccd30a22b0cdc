package io.ensemble.banking;

import java.util.UUID;

/**
 * Port to a bank-link provider (DESIGN §Ports: {@code sandbox} by default, {@code plaid}). Methods
 * throw the domain's typed errors: {@link io.ensemble.shared.errors.ValidationFailed} for a token the
 * provider rejects (400), {@link io.ensemble.shared.errors.Conflict} {@code ITEM_LOGIN_REQUIRED} when the
 * bank wants the user to sign in again (409), {@link io.ensemble.shared.errors.RateLimited} (429),
 * {@link io.ensemble.shared.errors.ProviderUnavailable} when it is down or slow (503), and
 * {@link io.ensemble.shared.errors.ProviderNotConfigured} when its keys are not set (503).
 */
public interface BankLinkProvider {

    /** @return the name stored with each item, e.g. {@code plaid} */
    String name();

    /**
     * Creates a link token for the user's link flow (Plaid {@code /link/token/create}).
     *
     * @param userId our user id, sent as the provider's {@code client_user_id}
     * @return the token and its expiry
     */
    LinkToken createLinkToken(UUID userId);

    /**
     * Exchanges the public token the link flow returned (Plaid {@code /item/public_token/exchange}).
     *
     * @param publicToken the one-time public token from the client
     * @return the item id and its access token
     */
    LinkedItem exchangePublicToken(String publicToken);

    /**
     * Reads an item's accounts (Plaid {@code /accounts/get}).
     *
     * @param accessToken the item's access token
     * @return the institution name and accounts
     */
    ItemAccounts accounts(String accessToken);

    /**
     * Revokes an item's access token at the provider (Plaid {@code /item/remove}). An item the
     * provider no longer knows counts as removed.
     *
     * @param accessToken the item's access token
     */
    void removeItem(String accessToken);
}
