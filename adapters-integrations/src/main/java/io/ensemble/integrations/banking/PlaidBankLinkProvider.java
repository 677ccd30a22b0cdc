package io.ensemble.integrations.banking;

import com.plaid.client.model.AccountBase;
import com.plaid.client.model.AccountSubtype;
import com.plaid.client.model.AccountsGetRequest;
import com.plaid.client.model.AccountsGetResponse;
import com.plaid.client.model.CountryCode;
import com.plaid.client.model.ItemPublicTokenExchangeRequest;
import com.plaid.client.model.ItemPublicTokenExchangeResponse;
import com.plaid.client.model.ItemRemoveRequest;
import com.plaid.client.model.LinkTokenCreateRequest;
import com.plaid.client.model.LinkTokenCreateRequestUser;
import com.plaid.client.model.LinkTokenCreateResponse;
import com.plaid.client.model.Products;
import com.plaid.client.request.PlaidApi;
import io.ensemble.banking.BankLinkProvider;
import io.ensemble.banking.ItemAccounts;
import io.ensemble.banking.LinkToken;
import io.ensemble.banking.LinkedItem;
import io.ensemble.banking.ProviderAccount;
import io.ensemble.shared.errors.ProviderUnavailable;
import io.ensemble.shared.errors.ValidationFailed;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link BankLinkProvider} on Plaid through plaid-java (Plaid API docs: {@code /link/token/create},
 * {@code /item/public_token/exchange}, {@code /accounts/get}, {@code /item/remove}). Credentials travel
 * in the {@code PLAID-CLIENT-ID} / {@code PLAID-SECRET} headers set by plaid-java. Errors are mapped by
 * {@link PlaidErrors}; tokens are never logged.
 */
public final class PlaidBankLinkProvider implements BankLinkProvider {
    private final PlaidApi api;
    private final PlaidLinkSettings settings;

    /**
     * @param api the plaid-java client, pointed at the configured base URL
     * @param settings what link tokens are created with
     */
    public PlaidBankLinkProvider(PlaidApi api, PlaidLinkSettings settings) {
        this.api = Objects.requireNonNull(api, "api");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public String name() {
        return "plaid";
    }

    @Override
    public LinkToken createLinkToken(UUID userId) {
        LinkTokenCreateRequest request = new LinkTokenCreateRequest()
                .user(new LinkTokenCreateRequestUser().clientUserId(userId.toString()))
                .clientName(settings.clientName())
                .products(settings.products().stream().map(Products::fromValue).toList())
                .countryCodes(settings.countryCodes().stream().map(CountryCode::fromValue).toList())
                .language(settings.language());
        settings.webhookUrl().ifPresent(request::webhook);
        LinkTokenCreateResponse response = PlaidCalls.execute("/link/token/create", api.linkTokenCreate(request));
        if (response.getLinkToken() == null || response.getExpiration() == null) {
            throw new ProviderUnavailable("The bank link provider answered without a link token; try again.");
        }
        return new LinkToken(response.getLinkToken(), response.getExpiration().toInstant());
    }

    @Override
    public LinkedItem exchangePublicToken(String publicToken) {
        ItemPublicTokenExchangeResponse response = PlaidCalls.execute("/item/public_token/exchange",
                api.itemPublicTokenExchange(new ItemPublicTokenExchangeRequest().publicToken(publicToken)));
        if (response.getItemId() == null || response.getAccessToken() == null) {
            throw new ProviderUnavailable("The bank link provider answered without an item; try again.");
        }
        return new LinkedItem(response.getItemId(), response.getAccessToken());
    }

    @Override
    public ItemAccounts accounts(String accessToken) {
        AccountsGetResponse response = PlaidCalls.execute("/accounts/get",
                api.accountsGet(new AccountsGetRequest().accessToken(accessToken)));
        String institution = response.getItem() == null ? "" : response.getItem().getInstitutionName();
        List<AccountBase> accounts = response.getAccounts() == null ? List.of() : response.getAccounts();
        return new ItemAccounts(institution, accounts.stream().filter(a -> a.getAccountId() != null)
                .map(PlaidBankLinkProvider::account).toList());
    }

    /** Revokes the item; Plaid's {@code ITEM_NOT_FOUND} / {@code INVALID_ACCESS_TOKEN} mean it is already gone. */
    @Override
    public void removeItem(String accessToken) {
        try {
            PlaidCalls.execute("/item/remove", api.itemRemove(new ItemRemoveRequest().accessToken(accessToken)));
        } catch (ValidationFailed e) {
            if (!"ITEM_NOT_FOUND".equals(e.code()) && !"INVALID_ACCESS_TOKEN".equals(e.code())) {
                throw e;
            }
        }
    }

    private static ProviderAccount account(AccountBase a) {
        String type = a.getType() == null ? "" : a.getType().getValue();
        AccountSubtype subtype = a.getSubtype();
        Optional<String> sub = subtype == null || subtype == AccountSubtype.ENUM_UNKNOWN
                ? Optional.empty() : Optional.ofNullable(subtype.getValue());
        return new ProviderAccount(a.getAccountId(), a.getName(), a.getMask(), type, sub);
    }
}
