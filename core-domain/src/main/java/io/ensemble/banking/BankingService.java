package io.ensemble.banking;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.errors.Validator;
import io.ensemble.shared.idempotency.IdempotencyKeyReused;
import io.ensemble.shared.idempotency.IdempotencyKeys;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.keys.SecretCipher;
import io.ensemble.shared.transactions.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 *
 * <p>The exchange accepts an {@code Idempotency-Key} exactly like placing an order (DESIGN §Patterns
 * "Idempotency keys", scope {@value #IDEMPOTENCY_SCOPE}): the same key with the same public token
 * answers the first answer from storage without calling the provider again (a Plaid public token can
 * be exchanged only once, so a client retrying after a lost answer would otherwise get 400); the same
 * key with another token is {@link IdempotencyKeyReused} (422). Keys are per caller.
 */
public final class BankingService {
    private static final Logger LOG = LoggerFactory.getLogger(BankingService.class);
    private static final Set<Role> STAFF = Set.of(Role.ADMIN, Role.AGENT);
    /** The {@link IdempotencyKeys} scope of {@code POST /api/v1/bank/exchange-token}. */
    public static final String IDEMPOTENCY_SCOPE = "bank.exchange-token";
    /** Longest accepted {@code Idempotency-Key}, in characters (as for orders). */
    public static final int IDEMPOTENCY_KEY_MAX = 255;

    private final BankLinkProvider provider;
    private final BankAccountRepository accounts;
    private final SecretCipher cipher;
    private final IdempotencyKeys keys;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;
    private final ItemRevocation revocation;

    /**
     * @param provider the configured bank-link provider
     * @param accounts stored items and accounts
     * @param cipher encrypts access tokens at rest
     * @param keys stored {@code Idempotency-Key}s of the exchange
     * @param transactions unit of work
     * @param ids id generator
     * @param clock the application clock
     */
    public BankingService(BankLinkProvider provider, BankAccountRepository accounts, SecretCipher cipher,
                          IdempotencyKeys keys, Transactions transactions, IdGenerator ids, Clock clock) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.cipher = Objects.requireNonNull(cipher, "cipher");
        this.revocation = new ItemRevocation(provider, cipher);
        this.keys = Objects.requireNonNull(keys, "keys");
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
     * Exchanges the public token without an {@code Idempotency-Key}; see
     * {@link #linkAccounts(Caller, Optional, ExchangePublicToken)}.
     */
    public LinkResult linkAccounts(Caller caller, ExchangePublicToken command) {
        return linkAccounts(caller, Optional.empty(), command);
    }

    /**
     * Exchanges the public token and stores the item (access token encrypted) and its accounts. With an
     * {@code Idempotency-Key}, a repeat with the same token answers the first result (re-read from
     * storage, {@link LinkResult#replayed()} true) without calling the provider; the key is stored in
     * the transaction that stores the accounts.
     *
     * @param idempotencyKey 1..255 characters, optional
     * @return the item's accounts and whether they were stored now ({@code false}: already linked by the caller)
     * @throws Forbidden for staff accounts
     * @throws Conflict {@code BANK_ITEM_ALREADY_LINKED} when another user linked this item,
     *     {@code NO_BANK_ACCOUNTS} when the bank shared no account, {@code IDEMPOTENCY_KEY_RESULT_GONE}
     *     when the accounts linked under the key were unlinked since
     * @throws ValidationFailed when the provider rejects the public token, or the key is too long;
     *     {@link IdempotencyKeyReused} (422) for a key used with another token; other provider errors as
     *     documented on {@link BankLinkProvider}
     */
    public LinkResult linkAccounts(Caller caller, Optional<String> idempotencyKey, ExchangePublicToken command) {
        requireMayLink(caller);
        Optional<String> key = idempotencyKey.map(String::strip).filter(k -> !k.isEmpty());
        key.ifPresent(k -> new Validator().maxLength("Idempotency-Key", k, IDEMPOTENCY_KEY_MAX).throwIfInvalid());
        String fingerprint = command.fingerprint();
        Optional<LinkResult> replay = key.flatMap(k -> replay(caller, k, fingerprint));
        if (replay.isPresent()) {
            return replay.get();
        }
        LinkedItem linked;
        try {
            linked = provider.exchangePublicToken(command.publicToken());
        } catch (ValidationFailed rejected) {
            // A concurrent request under the same key may have spent the one-time token first.
            Optional<LinkResult> winner = key.flatMap(k -> replay(caller, k, fingerprint));
            if (winner.isPresent()) {
                return winner.get();
            }
            throw rejected;
        }
        Optional<LinkResult> repeat = alreadyLinked(caller, linked.itemId());
        if (repeat.isPresent()) {
            return remember(caller, key, fingerprint, repeat.get());
        }
        ItemAccounts found = accountsOrRevoke(linked);
        UUID itemId = ids.newId();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // as stored, so a replay answers the same
        BankItem item = new BankItem(itemId, caller.userId(), provider.name(), linked.itemId(),
                found.institutionName(), cipher.encrypt(linked.accessToken(), BankItem.associatedData(itemId)),
                ItemStatus.ACTIVE, now);
        List<BankAccount> rows = new ArrayList<>();
        for (ProviderAccount a : found.accounts()) {
            rows.add(new BankAccount(ids.newId(), caller.userId(), itemId, a.accountId(), found.institutionName(),
                    a.name(), a.mask(), a.type(), a.subtype(), ItemStatus.ACTIVE, now));
        }
        try {
            transactions.run(() -> {
                accounts.insert(item, rows);
                key.ifPresent(k -> claim(caller, k, new IdempotencyKeys.Use(fingerprint, itemId, true), now));
            });
        } catch (KeyRaced raced) {
            revokeQuietly(linked);
            return key.flatMap(k -> replay(caller, k, fingerprint)).orElseThrow(() -> raced);
        } catch (Conflict raced) {
            return alreadyLinked(caller, linked.itemId()).map(r -> remember(caller, key, fingerprint, r))
                    .orElseThrow(() -> raced);
        }
        LOG.info("Linked bank item {} with {} accounts for user {}", itemId, rows.size(), caller.userId());
        return new LinkResult(rows, true);
    }

    /** Stores the key for an answer that wrote no accounts (the item was already linked by the caller). */
    private LinkResult remember(Caller caller, Optional<String> key, String fingerprint, LinkResult result) {
        if (key.isEmpty()) {
            return result;
        }
        try {
            transactions.run(() -> claim(caller, key.get(),
                    new IdempotencyKeys.Use(fingerprint, result.first().itemId(), result.created()), clock.instant()));
            return result;
        } catch (KeyRaced raced) {
            return replay(caller, key.get(), fingerprint).orElseThrow(() -> raced);
        }
    }

    private void claim(Caller caller, String key, IdempotencyKeys.Use use, Instant at) {
        if (!keys.claim(IDEMPOTENCY_SCOPE, caller.userId(), key, use, at)) {
            throw new KeyRaced();
        }
    }

    private Optional<LinkResult> replay(Caller caller, String key, String fingerprint) {
        return keys.find(IDEMPOTENCY_SCOPE, caller.userId(), key).map(use -> {
            if (!use.fingerprint().equals(fingerprint)) {
                throw new IdempotencyKeyReused("another public token");
            }
            List<BankAccount> stored = accounts.accountsOfItem(use.resultId(), caller.userId());
            if (stored.isEmpty()) {
                throw new Conflict("IDEMPOTENCY_KEY_RESULT_GONE",
                        "The accounts linked under this Idempotency-Key were unlinked since; link again with a new key.");
            }
            return new LinkResult(stored, use.created(), true);
        });
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
     * @throws io.ensemble.shared.errors.ProviderUnavailable when the provider cannot revoke the item now
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
        revocation.revoke(item);
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

    /** A concurrent request stored the same key first; the caller replays its answer. */
    private static final class KeyRaced extends Conflict {
        KeyRaced() {
            super("IDEMPOTENCY_KEY_IN_USE", "A request with this Idempotency-Key is in progress; retry shortly.");
        }
    }
}
