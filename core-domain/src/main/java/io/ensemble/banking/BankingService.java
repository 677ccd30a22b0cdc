package io.ensemble.banking;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.shared.Conflict;
import io.ensemble.shared.Forbidden;
import io.ensemble.shared.IdGenerator;
import io.ensemble.shared.NotFound;
import io.ensemble.shared.SecretCipher;
import io.ensemble.shared.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bank linking use cases (seeds/000 §Bank Account Endpoints, issue 8 §4): create a link token,
 * exchange the public token and store the item's accounts, list and unlink them. Staff accounts
 * ({@code ADMIN}, {@code AGENT}) may not link banks (403); another user's account is 404. Access
 * tokens are stored only encrypted with associated data {@code bank_item:<id>}.
 *
 * <p>Linking the same provider item twice is idempotent for its owner (the stored accounts come
 * back, nothing new is written) and a 409 {@code BANK_ITEM_ALREADY_LINKED} for anyone else.
 */
public final class BankingService {
    private static final Logger LOG = LoggerFactory.getLogger(BankingService.class);
    private static final Set<Role> STAFF = Set.of(Role.ADMIN, Role.AGENT);

    private final BankLinkProvider provider;
    private final BankAccountRepository accounts;
    private final SecretCipher cipher;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    /**
     * @param provider the configured bank-link provider
     * @param accounts stored items and accounts
     * @param cipher encrypts access tokens at rest
     * @param transactions unit of work
     * @param ids id generator
     * @param clock the application clock
     */
    public BankingService(BankLinkProvider provider, BankAccountRepository accounts, SecretCipher cipher,
                          Transactions transactions, IdGenerator ids, Clock clock) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.cipher = Objects.requireNonNull(cipher, "cipher");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Starts a link flow for the caller.
     *
     * @return the provider's link token and its expiry
     * @throws Forbidden for staff accounts; provider errors as documented on {@link BankLinkProvider}
     */
    public LinkToken createLinkToken(Caller caller) {
        requireMayLink(caller);
        return provider.createLinkToken(caller.userId());
    }

    /**
     * Exchanges the public token and stores the item (access token encrypted) and its accounts.
     *
     * @return the item's accounts and whether they were stored now ({@code false}: already linked by the caller)
     * @throws Forbidden for staff accounts
     * @throws Conflict {@code BANK_ITEM_ALREADY_LINKED} when another user linked this item,
     *     {@code NO_BANK_ACCOUNTS} when the bank shared no account
     * @throws io.ensemble.shared.ValidationFailed when the provider rejects the public token; other
     *     provider errors as documented on {@link BankLinkProvider}
     */
    public LinkResult linkAccounts(Caller caller, ExchangePublicToken command) {
        requireMayLink(caller);
        LinkedItem linked = provider.exchangePublicToken(command.publicToken());
        Optional<LinkResult> repeat = alreadyLinked(caller, linked.itemId());
        if (repeat.isPresent()) {
            return repeat.get();
        }
        ItemAccounts found = accountsOrRevoke(linked);
        UUID itemId = ids.newId();
        Instant now = clock.instant();
        BankItem item = new BankItem(itemId, caller.userId(), provider.name(), linked.itemId(),
                found.institutionName(), cipher.encrypt(linked.accessToken(), BankItem.associatedData(itemId)),
                ItemStatus.ACTIVE, now);
        List<BankAccount> rows = new ArrayList<>();
        for (ProviderAccount a : found.accounts()) {
            rows.add(new BankAccount(ids.newId(), caller.userId(), itemId, a.accountId(), found.institutionName(),
                    a.name(), a.mask(), a.type(), a.subtype(), ItemStatus.ACTIVE, now));
        }
        try {
            transactions.run(() -> accounts.insert(item, rows));
        } catch (Conflict raced) {
            return alreadyLinked(caller, linked.itemId()).orElseThrow(() -> raced);
        }
        LOG.info("Linked bank item {} with {} accounts for user {}", itemId, rows.size(), caller.userId());
        return new LinkResult(rows, true);
    }

    /**
     * @return the caller's linked accounts, oldest first
     * @throws Forbidden for staff accounts
     */
    public List<BankAccount> listAccounts(Caller caller) {
        requireMayLink(caller);
        return accounts.accountsOf(caller.userId());
    }

    /**
     * Unlinks one of the caller's accounts. When it is the last stored account of its item, the item's
     * access token is revoked at the provider first ({@code /item/remove}) and the item is deleted; if
     * the provider fails, nothing is deleted.
     *
     * @throws Forbidden for staff accounts
     * @throws NotFound when the account does not exist or is not the caller's
     * @throws io.ensemble.shared.ProviderUnavailable when the provider cannot revoke the item now
     */
    public void unlinkAccount(Caller caller, UUID accountId) {
        requireMayLink(caller);
        BankAccount account = accounts.findOwnedAccount(accountId, caller.userId())
                .orElseThrow(() -> new NotFound("No such bank account."));
        if (accounts.accountsOfItem(account.itemId(), caller.userId()).size() > 1) {
            accounts.deleteAccount(account.id());
            return;
        }
        accounts.findOwnedItem(account.itemId(), caller.userId()).ifPresent(this::revoke);
        accounts.deleteItem(account.itemId());
        LOG.info("Unlinked bank item {} of user {}", account.itemId(), caller.userId());
    }

    private void revoke(BankItem item) {
        if (!item.provider().equals(provider.name())) {
            LOG.warn("Bank item {} was linked with {} but {} is configured; deleting it without revoking",
                    item.id(), item.provider(), provider.name());
            return;
        }
        String token;
        try {
            token = cipher.decrypt(item.accessTokenCiphertext(), BankItem.associatedData(item.id()));
        } catch (SecretCipher.DecryptionFailed e) {
            LOG.warn("Access token of bank item {} cannot be decrypted; deleting it without revoking", item.id());
            return;
        }
        provider.removeItem(token);
    }

    private Optional<LinkResult> alreadyLinked(Caller caller, String providerItemId) {
        Optional<BankItem> existing = accounts.findItem(provider.name(), providerItemId);
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        if (!existing.get().userId().equals(caller.userId())) {
            throw new Conflict("BANK_ITEM_ALREADY_LINKED", "This bank login is already linked to another account.");
        }
        List<BankAccount> stored = accounts.accountsOfItem(existing.get().id(), caller.userId());
        if (stored.isEmpty()) {
            throw new Conflict("BANK_ITEM_ALREADY_LINKED", "This bank login is already linked; unlink it first.");
        }
        return Optional.of(new LinkResult(stored, false));
    }

    /** Reads the new item's accounts; on failure (or none shared) revokes the item so no orphan stays at the provider. */
    private ItemAccounts accountsOrRevoke(LinkedItem linked) {
        ItemAccounts found;
        try {
            found = provider.accounts(linked.accessToken());
        } catch (RuntimeException e) {
            revokeQuietly(linked);
            throw e;
        }
        if (found.accounts().isEmpty()) {
            revokeQuietly(linked);
            throw new Conflict("NO_BANK_ACCOUNTS", "The bank shared no accounts; link again and pick at least one.");
        }
        return found;
    }

    private void revokeQuietly(LinkedItem linked) {
        try {
            provider.removeItem(linked.accessToken());
        } catch (RuntimeException e) {
            LOG.warn("Could not revoke unlinked item {} at {}: {}", linked.itemId(), provider.name(), e.getMessage());
        }
    }

    private static void requireMayLink(Caller caller) {
        if (STAFF.contains(caller.role())) {
            throw new Forbidden("Staff accounts cannot link bank accounts.");
        }
    }
}
