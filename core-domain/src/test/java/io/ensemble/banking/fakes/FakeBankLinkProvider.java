package io.ensemble.banking.fakes;

import io.ensemble.banking.BankLinkProvider;
import io.ensemble.banking.ItemAccounts;
import io.ensemble.banking.LinkToken;
import io.ensemble.banking.LinkedItem;
import io.ensemble.banking.ProviderAccount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A provider whose answers and failures a test sets; records every call. */
public final class FakeBankLinkProvider implements BankLinkProvider {
    public final List<String> calls = new ArrayList<>();
    public final List<String> removed = new ArrayList<>();
    public ItemAccounts accounts = new ItemAccounts("Chase", List.of(
            new ProviderAccount("acc-1", "Checking", "0000", "depository", Optional.of("checking")),
            new ProviderAccount("acc-2", "Saving", "1111", "depository", Optional.of("savings"))));
    public RuntimeException accountsFailure;
    public RuntimeException removeFailure;

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public LinkToken createLinkToken(UUID userId) {
        calls.add("link-token");
        return new LinkToken("link-" + userId, Instant.parse("2026-11-23T14:00:00Z"));
    }

    /** Item id and access token are derived from the public token, so the same token names the same item. */
    @Override
    public LinkedItem exchangePublicToken(String publicToken) {
        calls.add("exchange");
        return new LinkedItem("item-" + publicToken, "access-" + publicToken);
    }

    @Override
    public ItemAccounts accounts(String accessToken) {
        calls.add("accounts");
        if (accountsFailure != null) {
            throw accountsFailure;
        }
        return accounts;
    }

    @Override
    public void removeItem(String accessToken) {
        calls.add("remove");
        if (removeFailure != null) {
            throw removeFailure;
        }
        removed.add(accessToken);
    }
}
