package io.ensemble.persistence.banking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.banking.BankAccount;
import io.ensemble.banking.BankItem;
import io.ensemble.banking.ItemStatus;
import io.ensemble.identity.AccountStatus;
import io.ensemble.identity.Role;
import io.ensemble.identity.User;
import io.ensemble.persistence.DatabaseTestBase;
import io.ensemble.persistence.identity.JdbiUserRepository;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.ids.UuidV7Generator;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiBankAccountRepositoryTest extends DatabaseTestBase {
    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30.123456Z");
    private static final UuidV7Generator IDS = new UuidV7Generator(Clock.systemUTC());
    private final JdbiBankAccountRepository repo = new JdbiBankAccountRepository(handles);
    private User ada;
    private User bob;

    @BeforeEach
    void createUsers() {
        ada = user("ada@example.com");
        bob = user("bob@example.com");
    }

    private static User user(String email) {
        User u = new User(IDS.newId(), email, "Name", Role.HOST, AccountStatus.ACTIVE, true, "hash", NOW, NOW);
        new JdbiUserRepository(handles).create(u);
        return u;
    }

    private static BankItem item(User owner, String providerItemId) {
        return new BankItem(IDS.newId(), owner.id(), "plaid", providerItemId, "Chase", new byte[] {1, 2, 3},
                ItemStatus.ACTIVE, NOW);
    }

    private static BankAccount account(BankItem item, String providerAccountId, Instant at) {
        return new BankAccount(IDS.newId(), item.userId(), item.id(), providerAccountId, "", "Plaid Checking",
                "0000", "depository", Optional.of("checking"), ItemStatus.ACTIVE, at);
    }

    @Test
    void stores_an_item_with_its_accounts_and_reads_them_back_only_for_the_owner() {
        BankItem item = item(ada, "item-1");
        BankAccount checking = account(item, "acc-1", NOW);
        BankAccount savings = new BankAccount(IDS.newId(), ada.id(), item.id(), "acc-2", "", "Plaid Saving", "1111",
                "depository", Optional.empty(), ItemStatus.ACTIVE, NOW.plusSeconds(1));

        repo.insert(item, List.of(checking, savings));

        List<BankAccount> mine = repo.accountsOf(ada.id());
        assertThat(mine).extracting(BankAccount::providerAccountId).containsExactly("acc-1", "acc-2");
        assertThat(mine.get(0).institutionName()).isEqualTo("Chase");
        assertThat(mine.get(0).createdAt()).isEqualTo(NOW);
        assertThat(mine.get(1).subtype()).isEmpty();
        assertThat(repo.accountsOf(bob.id())).isEmpty();
        assertThat(repo.findOwnedAccount(checking.id(), ada.id())).isPresent();
        assertThat(repo.findOwnedAccount(checking.id(), bob.id())).isEmpty();
        assertThat(repo.findOwnedItem(item.id(), bob.id())).isEmpty();
        assertThat(repo.findItem("plaid", "item-1").orElseThrow().accessTokenCiphertext())
                .containsExactly(1, 2, 3);
        assertThat(repo.accountsOfItem(item.id(), ada.id())).hasSize(2);
    }

    @Test
    void the_same_provider_item_cannot_be_stored_twice_and_nothing_half_written_remains() {
        repo.insert(item(ada, "item-1"), List.of());
        BankItem again = item(bob, "item-1");

        assertThatThrownBy(() -> transactions.run(() -> repo.insert(again, List.of(account(again, "a", NOW)))))
                .isInstanceOf(Conflict.class).extracting("code").isEqualTo("BANK_ITEM_ALREADY_LINKED");
        assertThat(count("SELECT count(*) FROM bank_accounts")).isZero();
    }

    @Test
    void deleting_an_item_removes_its_accounts_and_status_updates_by_provider_id() {
        BankItem item = item(ada, "item-1");
        repo.insert(item, List.of(account(item, "a", NOW), account(item, "b", NOW)));

        assertThat(repo.updateStatus("plaid", "item-1", ItemStatus.LOGIN_REQUIRED, NOW)).isTrue();
        assertThat(repo.updateStatus("plaid", "unknown", ItemStatus.LOGIN_REQUIRED, NOW)).isFalse();
        assertThat(repo.accountsOf(ada.id())).allMatch(a -> a.itemStatus() == ItemStatus.LOGIN_REQUIRED);

        assertThat(repo.deleteAccount(repo.accountsOf(ada.id()).get(0).id())).isTrue();
        assertThat(repo.accountsOf(ada.id())).hasSize(1);
        assertThat(repo.deleteItem(item.id())).isTrue();
        assertThat(count("SELECT count(*) FROM bank_accounts")).isZero();
        assertThat(count("SELECT count(*) FROM bank_items")).isZero();
    }
}
