package io.ensemble.persistence.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.identity.AccountStatus;
import io.ensemble.identity.Role;
import io.ensemble.identity.User;
import io.ensemble.persistence.DatabaseTestBase;
import io.ensemble.persistence.identity.JdbiUserRepository;
import io.ensemble.shared.errors.Conflict;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class JdbiTransactionsTest extends DatabaseTestBase {
    private static final String INSERT = "INSERT INTO users (id, email, role, status, email_verified, created_at, updated_at) "
            + "VALUES (gen_random_uuid(), :email, 'CREATOR', 'ACTIVE', false, now(), now())";

    private static void insert(String email) {
        handles.use(h -> h.createUpdate(INSERT).bind("email", email).execute());
    }

    private static long users() {
        return count("SELECT count(*) FROM users");
    }

    private static long transactionId() {
        return handles.with(h -> h.createQuery("SELECT txid_current()").mapTo(Long.class).one());
    }

    @Test
    void commits_when_work_returns_and_passes_its_result_through() {
        String result = transactions.inTransaction(() -> {
            insert("a@example.com");
            insert("b@example.com");
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(users()).isEqualTo(2);
    }

    @Test
    void rolls_back_when_work_throws_and_rethrows_the_same_exception() {
        IllegalStateException failure = new IllegalStateException("boom");

        assertThatThrownBy(() -> transactions.run(() -> {
            insert("a@example.com");
            throw failure;
        })).isSameAs(failure);
        assertThat(users()).isZero();
    }

    @Test
    void domain_exception_from_a_repository_rolls_back_earlier_writes() {
        insert("taken@example.com");
        JdbiUserRepository repository = new JdbiUserRepository(handles);
        User user = new User(UUID.randomUUID(), "taken@example.com", "T", Role.CREATOR, AccountStatus.ACTIVE,
                false, "h", Instant.now(), Instant.now());

        assertThatThrownBy(() -> transactions.run(() -> {
            insert("new@example.com");
            repository.create(user);
        })).isInstanceOf(Conflict.class);
        assertThat(users()).isEqualTo(1);
    }

    @Test
    void all_calls_inside_share_one_transaction_and_calls_outside_get_their_own() {
        List<Long> inside = transactions.inTransaction(() -> List.of(transactionId(), transactionId()));

        assertThat(inside.get(0)).isEqualTo(inside.get(1));
        assertThat(transactionId()).isNotEqualTo(transactionId());
        assertThat(handles.current()).isNull();
    }

    @Test
    void nested_call_joins_the_outer_transaction() {
        long[] ids = new long[2];

        transactions.run(() -> {
            ids[0] = transactionId();
            transactions.run(() -> ids[1] = transactionId());
        });

        assertThat(ids[1]).isEqualTo(ids[0]);
    }

    @Test
    void outer_failure_rolls_back_what_a_nested_call_wrote() {
        assertThatThrownBy(() -> transactions.run(() -> {
            insert("outer@example.com");
            transactions.run(() -> insert("inner@example.com"));
            throw new IllegalStateException("late failure");
        })).hasMessage("late failure");

        assertThat(users()).isZero();
    }

    @Test
    void nested_call_sees_the_outer_uncommitted_writes_and_other_threads_do_not() throws Exception {
        long[] seen = new long[2];

        transactions.run(() -> {
            insert("a@example.com");
            transactions.run(() -> seen[0] = users());
            seen[1] = CompletableFuture.supplyAsync(JdbiTransactionsTest::users).join();
        });

        assertThat(seen).containsExactly(1, 0);
        assertThat(users()).isEqualTo(1);
    }

    @Test
    void a_failed_transaction_leaves_the_thread_clean_for_the_next_one() {
        assertThatThrownBy(() -> transactions.run(() -> {
            handles.use(h -> h.execute("SELECT * FROM no_such_table"));
        })).isNotNull();

        assertThat(handles.current()).isNull();
        transactions.run(() -> insert("a@example.com"));
        assertThat(users()).isEqualTo(1);
    }

    @Test
    void calls_outside_a_transaction_commit_each_on_their_own() {
        insert("a@example.com");
        assertThatThrownBy(() -> insert("a@example.com")).isNotNull();

        assertThat(users()).isEqualTo(1);
    }
}
