package io.ensemble.banking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.ensemble.banking.fakes.FakeBankLinkProvider;
import io.ensemble.banking.fakes.InMemoryBanking;
import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.DomainException;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.errors.ProviderUnavailable;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.idempotency.IdempotencyKeyReused;
import io.ensemble.testing.DirectTransactions;
import io.ensemble.testing.InMemoryIdempotencyKeys;
import io.ensemble.testing.MutableClock;
import io.ensemble.testing.SequentialIdGenerator;
import io.ensemble.testing.TaggingCipher;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BankingServiceTest {
    private final FakeBankLinkProvider provider = new FakeBankLinkProvider();
    private final InMemoryBanking store = new InMemoryBanking();
    private final TaggingCipher cipher = new TaggingCipher();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final InMemoryIdempotencyKeys keys = new InMemoryIdempotencyKeys();
    private final BankingService banking = new BankingService(provider, store, cipher, keys,
            new DirectTransactions(), new SequentialIdGenerator(), clock);
    private final Caller host = caller(Role.HOST);
    private final Caller other = caller(Role.PARTIER);

    private static Caller caller(Role role) {
        return new Caller(UUID.randomUUID(), role, UUID.randomUUID());
    }

    private LinkResult link(Caller c, String token) {
        return banking.linkAccounts(c, new ExchangePublicToken(token));
    }

    @Test
    void linking_stores_the_accounts_and_only_the_encrypted_access_token() {
        LinkResult result = link(host, "public-1");

        assertThat(result.created()).isTrue();
        assertThat(result.first().providerAccountId()).isEqualTo("acc-1");
        assertThat(result.first().bankName()).isEqualTo("Chase");
        assertThat(result.first().accountType()).isEqualTo("checking");
        BankItem item = store.items.values().iterator().next();
        assertThat(item.providerItemId()).isEqualTo("item-public-1");
        assertThat(cipher.decrypt(item.accessTokenCiphertext(), "bank_item:" + item.id())).isEqualTo("access-public-1");
        assertThat(new String(item.accessTokenCiphertext())).doesNotContain("access-public-1");
        assertThat(banking.listAccounts(host)).hasSize(2);
        assertThat(banking.listAccounts(other)).isEmpty();
    }

    @Test
    void the_same_item_again_is_idempotent_for_its_owner_and_a_conflict_for_others() {
        LinkResult first = link(host, "public-1");

        LinkResult again = link(host, "public-1");
        Throwable e = catchThrowable(() -> link(other, "public-1"));

        assertThat(again.created()).isFalse();
        assertThat(again.first().id()).isEqualTo(first.first().id());
        assertThat(store.accounts).hasSize(2);
        assertThat(e).isInstanceOf(Conflict.class);
        assertThat(((DomainException) e).code()).isEqualTo("BANK_ITEM_ALREADY_LINKED");
    }

    @Test
    void staff_accounts_are_forbidden_before_the_provider_is_called() {
        Caller admin = caller(Role.ADMIN);

        assertThat(catchThrowable(() -> banking.createLinkToken(admin))).isInstanceOf(Forbidden.class);
        assertThat(catchThrowable(() -> link(caller(Role.AGENT), "public-1"))).isInstanceOf(Forbidden.class);
        assertThat(catchThrowable(() -> banking.listAccounts(admin))).isInstanceOf(Forbidden.class);
        assertThat(catchThrowable(() -> banking.unlinkAccount(admin, UUID.randomUUID()))).isInstanceOf(Forbidden.class);
        assertThat(provider.calls).isEmpty();
    }

    @Test
    void a_failure_reading_accounts_revokes_the_new_item_and_stores_nothing() {
        provider.accountsFailure = new ProviderUnavailable("down");

        assertThat(catchThrowable(() -> link(host, "public-1"))).isInstanceOf(ProviderUnavailable.class);
        assertThat(provider.removed).containsExactly("access-public-1");
        assertThat(store.items).isEmpty();

        provider.accountsFailure = null;
        provider.accounts = new ItemAccounts("Chase", List.of());
        assertThat(catchThrowable(() -> link(host, "public-2"))).isInstanceOf(Conflict.class)
                .extracting(t -> ((DomainException) t).code()).isEqualTo("NO_BANK_ACCOUNTS");
        assertThat(store.items).isEmpty();
    }

    @Test
    void unlinking_the_last_account_revokes_the_item_and_a_provider_failure_keeps_it() {
        List<BankAccount> linked = link(host, "public-1").accounts();

        banking.unlinkAccount(host, linked.get(0).id());
        assertThat(provider.calls).doesNotContain("remove");
        assertThat(store.accounts).hasSize(1);

        provider.removeFailure = new ProviderUnavailable("down");
        assertThat(catchThrowable(() -> banking.unlinkAccount(host, linked.get(1).id())))
                .isInstanceOf(ProviderUnavailable.class);
        assertThat(store.accounts).hasSize(1);

        provider.removeFailure = null;
        banking.unlinkAccount(host, linked.get(1).id());
        assertThat(provider.removed).containsExactly("access-public-1");
        assertThat(store.items).isEmpty();
        assertThat(store.accounts).isEmpty();
    }

    @Test
    void another_users_account_is_not_found() {
        UUID id = link(host, "public-1").first().id();

        assertThat(catchThrowable(() -> banking.unlinkAccount(other, id))).isInstanceOf(NotFound.class);
        assertThat(store.accounts).hasSize(2);
    }

    @Test
    void the_command_rejects_missing_and_malformed_public_tokens() {
        for (String bad : new String[] {null, "", "  ", "has space", "x".repeat(201), "-leading-dash"}) {
            assertThat(catchThrowable(() -> new ExchangePublicToken(bad))).as(String.valueOf(bad))
                    .isInstanceOf(ValidationFailed.class);
        }
        assertThat(new ExchangePublicToken(" public-sandbox-1 ").publicToken()).isEqualTo("public-sandbox-1");
    }

    @Test
    void a_verified_webhook_moves_the_item_once_and_a_replay_is_refused() {
        link(host, "public-1");
        BankWebhook hook = new BankWebhook("fake", "key-1", "ITEM", "ERROR", Optional.of("item-public-1"),
                Optional.of(ItemStatus.LOGIN_REQUIRED));
        var webhooks = new BankWebhookService((body, sig) -> hook, store, store, new DirectTransactions(), clock);

        WebhookReceipt receipt = webhooks.receive(new byte[0], "sig");
        Throwable replay = catchThrowable(() -> webhooks.receive(new byte[0], "sig"));

        assertThat(receipt.itemUpdated()).isTrue();
        assertThat(banking.listAccounts(host)).allMatch(a -> a.itemStatus() == ItemStatus.LOGIN_REQUIRED);
        assertThat(replay).isInstanceOf(ValidationFailed.class);
        assertThat(((DomainException) replay).code()).isEqualTo("WEBHOOK_REPLAYED");
    }

    @Test
    void a_repeated_idempotency_key_replays_the_stored_accounts_without_calling_the_provider() {
        LinkResult first = banking.linkAccounts(host, Optional.of(" k-1 "), new ExchangePublicToken("public-1"));

        LinkResult replay = banking.linkAccounts(host, Optional.of("k-1"), new ExchangePublicToken("public-1"));

        assertThat(first.replayed()).isFalse();
        assertThat(replay.replayed()).isTrue();
        assertThat(replay.created()).isTrue();
        assertThat(replay.accounts()).isEqualTo(first.accounts());
        assertThat(provider.calls).containsExactly("exchange", "accounts");
        assertThat(keys.keys.values()).singleElement().satisfies(use -> {
            assertThat(use.resultId()).isEqualTo(first.first().itemId());
            assertThat(use.fingerprint()).doesNotContain("public-1").hasSize(64);
        });
    }

    @Test
    void a_key_reused_with_another_token_is_refused_and_keys_are_per_caller() {
        banking.linkAccounts(host, Optional.of("k"), new ExchangePublicToken("public-1"));

        assertThat(catchThrowable(() -> banking.linkAccounts(host, Optional.of("k"),
                new ExchangePublicToken("public-2")))).isInstanceOf(IdempotencyKeyReused.class);
        assertThat(store.items).hasSize(1);

        LinkResult theirs = banking.linkAccounts(other, Optional.of("k"), new ExchangePublicToken("public-3"));
        assertThat(theirs.replayed()).isFalse();
        assertThat(theirs.created()).isTrue();
        assertThat(store.items).hasSize(2);
    }
}
