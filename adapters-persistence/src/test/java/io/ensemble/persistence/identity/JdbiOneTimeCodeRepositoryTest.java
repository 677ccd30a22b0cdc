package io.ensemble.persistence.identity;

import static io.ensemble.persistence.identity.Fixtures.NOW;
import static io.ensemble.persistence.identity.Fixtures.code;
import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.identity.OneTimeCode;
import io.ensemble.identity.OtpPurpose;
import io.ensemble.identity.User;
import io.ensemble.persistence.Concurrently;
import io.ensemble.persistence.DatabaseTestBase;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiOneTimeCodeRepositoryTest extends DatabaseTestBase {
    private static final OtpPurpose VERIFY = OtpPurpose.EMAIL_VERIFICATION;

    private final JdbiOneTimeCodeRepository codes = new JdbiOneTimeCodeRepository(handles);
    private final JdbiUserRepository users = new JdbiUserRepository(handles);
    private User ada;
    private User bob;

    /** Reads one column expression of the code row with this id, bypassing the repository. */
    private static <T> T column(UUID codeId, String expression, Class<T> type) {
        return handles.with(h -> h.createQuery("SELECT " + expression + " FROM one_time_codes WHERE id = :id")
                .bind("id", codeId)
                .map((rs, ctx) -> rs.getObject(1, type))
                .one());
    }

    @BeforeEach
    void createUsers() {
        ada = Fixtures.user("ada@example.com");
        bob = Fixtures.user("bob@example.com");
        users.create(ada);
        users.create(bob);
    }

    @Test
    void stored_code_is_the_latest_unspent_with_every_field() {
        OneTimeCode code = code(ada.id(), VERIFY, "hash-1", NOW);

        codes.replace(code);

        assertThat(codes.findLatestUnspent(ada.id(), VERIFY)).contains(code);
    }

    @Test
    void replace_spends_the_previous_unspent_code_of_that_user_and_purpose_only() {
        OneTimeCode first = code(ada.id(), VERIFY, "hash-1", NOW);
        OneTimeCode otherPurpose = code(ada.id(), OtpPurpose.PASSWORD_RESET, "hash-r", NOW);
        OneTimeCode otherUser = code(bob.id(), VERIFY, "hash-b", NOW);
        codes.replace(first);
        codes.replace(otherPurpose);
        codes.replace(otherUser);
        Instant later = NOW.plus(Duration.ofMinutes(2));
        OneTimeCode second = code(ada.id(), VERIFY, "hash-2", later);

        codes.replace(second);

        assertThat(codes.findLatestUnspent(ada.id(), VERIFY)).contains(second);
        assertThat(codes.findUnspentByHash(VERIFY, "hash-1")).isEmpty();
        assertThat(column(first.id(), "consumed_at IS NOT NULL", Boolean.class)).isTrue();
        assertThat(codes.findLatestUnspent(ada.id(), OtpPurpose.PASSWORD_RESET)).contains(otherPurpose);
        assertThat(codes.findLatestUnspent(bob.id(), VERIFY)).contains(otherUser);
    }

    @Test
    void concurrent_replaces_leave_exactly_one_unspent_code() throws Exception {
        AtomicInteger n = new AtomicInteger();

        Concurrently.run(8, () -> {
            int i = n.incrementAndGet();
            codes.replace(code(ada.id(), VERIFY, "hash-" + i, NOW.plusMillis(i)));
            return null;
        });

        assertThat(count("SELECT count(*) FROM one_time_codes")).isEqualTo(8);
        assertThat(count("SELECT count(*) FROM one_time_codes WHERE consumed_at IS NULL")).isEqualTo(1);
    }

    @Test
    void latest_unspent_is_empty_without_codes_and_after_consume() {
        assertThat(codes.findLatestUnspent(ada.id(), VERIFY)).isEmpty();
        OneTimeCode code = code(ada.id(), VERIFY, "hash-1", NOW);
        codes.replace(code);

        codes.consume(code.id(), NOW);

        assertThat(codes.findLatestUnspent(ada.id(), VERIFY)).isEmpty();
    }

    @Test
    void latest_unspent_includes_expired_codes() {
        OneTimeCode old = code(ada.id(), VERIFY, "hash-1", NOW.minus(Duration.ofDays(1)));
        codes.replace(old);

        assertThat(codes.findLatestUnspent(ada.id(), VERIFY)).contains(old);
    }

    @Test
    void unspent_code_is_found_by_purpose_and_hash() {
        OneTimeCode code = code(ada.id(), OtpPurpose.RESET_TOKEN, "token-hash", NOW);
        codes.replace(code);

        assertThat(codes.findUnspentByHash(OtpPurpose.RESET_TOKEN, "token-hash")).contains(code);
        assertThat(codes.findUnspentByHash(OtpPurpose.PASSWORD_RESET, "token-hash")).isEmpty();
        assertThat(codes.findUnspentByHash(OtpPurpose.RESET_TOKEN, "other-hash")).isEmpty();
    }

    @Test
    void spent_code_is_not_found_by_hash() {
        OneTimeCode code = code(ada.id(), OtpPurpose.RESET_TOKEN, "token-hash", NOW);
        codes.replace(code);
        codes.consume(code.id(), NOW);

        assertThat(codes.findUnspentByHash(OtpPurpose.RESET_TOKEN, "token-hash")).isEmpty();
    }

    @Test
    void last_issued_at_is_the_newest_creation_time_spent_or_not() {
        assertThat(codes.lastIssuedAt(ada.id(), VERIFY)).isEmpty();
        Instant later = NOW.plus(Duration.ofSeconds(61));
        codes.replace(code(ada.id(), VERIFY, "hash-1", NOW));
        OneTimeCode second = code(ada.id(), VERIFY, "hash-2", later);
        codes.replace(second);
        codes.consume(second.id(), later);

        assertThat(codes.lastIssuedAt(ada.id(), VERIFY)).contains(later);
        assertThat(codes.lastIssuedAt(ada.id(), OtpPurpose.PASSWORD_RESET)).isEmpty();
    }

    @Test
    void claim_attempt_counts_up_to_the_max_then_is_empty() {
        OneTimeCode code = code(ada.id(), VERIFY, "hash-1", NOW);
        codes.replace(code);

        assertThat(codes.claimAttempt(code.id(), 3)).contains(1);
        assertThat(codes.claimAttempt(code.id(), 3)).contains(2);
        assertThat(codes.claimAttempt(code.id(), 3)).contains(3);
        assertThat(codes.claimAttempt(code.id(), 3)).isEmpty();
        assertThat(codes.findLatestUnspent(ada.id(), VERIFY).map(OneTimeCode::attempts)).contains(3);
    }

    @Test
    void claim_attempt_on_spent_or_unknown_code_is_empty() {
        OneTimeCode code = code(ada.id(), VERIFY, "hash-1", NOW);
        codes.replace(code);
        codes.consume(code.id(), NOW);

        assertThat(codes.claimAttempt(code.id(), 5)).isEmpty();
        assertThat(codes.claimAttempt(Fixtures.newId(), 5)).isEmpty();
    }

    @Test
    void claim_attempt_never_exceeds_the_max_under_concurrency() throws Exception {
        OneTimeCode code = code(ada.id(), VERIFY, "hash-1", NOW);
        codes.replace(code);

        List<Optional<Integer>> claims = Concurrently.run(12, () -> {
            Optional<Integer> last = Optional.empty();
            for (int i = 0; i < 3; i++) {
                Optional<Integer> claim = codes.claimAttempt(code.id(), 5);
                last = claim.isPresent() ? claim : last;
            }
            return last;
        });

        assertThat(claims.stream().flatMap(Optional::stream)).allSatisfy(n -> assertThat(n).isBetween(1, 5));
        assertThat(column(code.id(), "attempts", Integer.class)).isEqualTo(5);
    }

    @Test
    void every_claim_under_concurrency_gets_a_distinct_count() throws Exception {
        OneTimeCode code = code(ada.id(), VERIFY, "hash-1", NOW);
        codes.replace(code);

        List<Optional<Integer>> claims = Concurrently.run(10, () -> codes.claimAttempt(code.id(), 5));

        assertThat(claims.stream().flatMap(Optional::stream)).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
    }

    @Test
    void consume_spends_once_and_keeps_the_first_time() {
        OneTimeCode code = code(ada.id(), VERIFY, "hash-1", NOW);
        codes.replace(code);
        Instant later = NOW.plus(Duration.ofMinutes(1));

        assertThat(codes.consume(code.id(), NOW)).isTrue();
        assertThat(codes.consume(code.id(), later)).isFalse();
        assertThat(column(code.id(), "consumed_at", OffsetDateTime.class).toInstant()).isEqualTo(NOW);
    }

    @Test
    void consume_wins_exactly_once_under_concurrency() throws Exception {
        OneTimeCode code = code(ada.id(), VERIFY, "hash-1", NOW);
        codes.replace(code);

        List<Boolean> results = Concurrently.run(8, () -> codes.consume(code.id(), NOW));

        assertThat(results).containsOnlyOnce(true);
    }

    @Test
    void codes_are_deleted_with_their_user() {
        codes.replace(code(ada.id(), VERIFY, "hash-1", NOW));

        handles.use(h -> h.createUpdate("DELETE FROM users WHERE id = :id").bind("id", ada.id()).execute());

        assertThat(count("SELECT count(*) FROM one_time_codes")).isZero();
    }
}
