package io.ensemble.persistence.identity;

import io.ensemble.identity.OneTimeCode;
import io.ensemble.identity.OneTimeCodeRepository;
import io.ensemble.identity.OtpPurpose;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import io.ensemble.persistence.database.JdbiTransactions;
import io.ensemble.persistence.database.SqlTime;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link OneTimeCodeRepository} on the {@code one_time_codes} table. Attempts and spending are
 * single conditional UPDATEs, so concurrent guesses can never exceed the limit or spend a code
 * twice. Every method throws {@link io.ensemble.shared.errors.ProviderUnavailable} when the database is down.
 */
public final class JdbiOneTimeCodeRepository extends JdbiRepository implements OneTimeCodeRepository {
    /** Serialises concurrent {@link #replace} calls of one user, so one unspent code survives. */
    private static final String LOCK_USER = "SELECT 1 FROM users WHERE id = :userId FOR NO KEY UPDATE";
    private static final String SPEND_UNSPENT = """
            UPDATE one_time_codes SET consumed_at = :at
            WHERE user_id = :userId AND purpose = :purpose AND consumed_at IS NULL
            """;
    private static final String INSERT = """
            INSERT INTO one_time_codes (id, user_id, purpose, code_hash, attempts, created_at, expires_at, consumed_at)
            VALUES (:id, :userId, :purpose, :codeHash, :attempts, :createdAt, :expiresAt, :consumedAt)
            """;
    private static final String LATEST_UNSPENT = "SELECT " + OneTimeCodeRows.COLUMNS + """
             FROM one_time_codes
            WHERE user_id = :userId AND purpose = :purpose AND consumed_at IS NULL
            ORDER BY created_at DESC, id DESC
            LIMIT 1
            """;
    private static final String UNSPENT_BY_HASH = "SELECT " + OneTimeCodeRows.COLUMNS + """
             FROM one_time_codes
            WHERE purpose = :purpose AND code_hash = :codeHash AND consumed_at IS NULL
            ORDER BY created_at DESC, id DESC
            LIMIT 1
            """;
    private static final String LAST_ISSUED =
            "SELECT max(created_at) AS created_at FROM one_time_codes WHERE user_id = :userId AND purpose = :purpose";
    private static final String CLAIM_ATTEMPT = """
            UPDATE one_time_codes SET attempts = attempts + 1
            WHERE id = :id AND consumed_at IS NULL AND attempts < :maxAttempts
            RETURNING attempts
            """;
    private static final String CONSUME =
            "UPDATE one_time_codes SET consumed_at = :at WHERE id = :id AND consumed_at IS NULL";

    private final JdbiTransactions transactions;

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiOneTimeCodeRepository(JdbiHandles handles) {
        super(handles);
        this.transactions = new JdbiTransactions(handles);
    }

    /**
     * In one transaction: spends (sets {@code consumed_at = code.createdAt()}) every unspent code of
     * the same user and purpose, then inserts {@code code}. Concurrent calls for one user are
     * serialised on the user's row, so exactly one unspent code remains.
     */
    @Override
    public void replace(OneTimeCode code) {
        transactions.run(() -> handles.use(h -> {
            h.createQuery(LOCK_USER).bind("userId", code.userId()).mapTo(Integer.class).findOne();
            h.createUpdate(SPEND_UNSPENT)
                    .bind("userId", code.userId())
                    .bind("purpose", code.purpose().name())
                    .bind("at", SqlTime.at(code.createdAt()))
                    .execute();
            h.createUpdate(INSERT)
                    .bind("id", code.id())
                    .bind("userId", code.userId())
                    .bind("purpose", code.purpose().name())
                    .bind("codeHash", code.codeHash())
                    .bind("attempts", code.attempts())
                    .bind("createdAt", SqlTime.at(code.createdAt()))
                    .bind("expiresAt", SqlTime.at(code.expiresAt()))
                    .bind("consumedAt", SqlTime.at(code.consumedAt()))
                    .execute();
        }));
    }

    /** @return the newest unspent code of this user and purpose, expired or not */
    @Override
    public Optional<OneTimeCode> findLatestUnspent(UUID userId, OtpPurpose purpose) {
        return handles.with(h -> h.createQuery(LATEST_UNSPENT)
                .bind("userId", userId)
                .bind("purpose", purpose.name())
                .map(OneTimeCodeRows.MAPPER)
                .findOne());
    }

    /** @return the newest unspent code of this purpose with this hash, expired or not */
    @Override
    public Optional<OneTimeCode> findUnspentByHash(OtpPurpose purpose, String codeHash) {
        return handles.with(h -> h.createQuery(UNSPENT_BY_HASH)
                .bind("purpose", purpose.name())
                .bind("codeHash", codeHash)
                .map(OneTimeCodeRows.MAPPER)
                .findOne());
    }

    /** @return {@code max(created_at)} over this user's codes of this purpose, spent or not */
    @Override
    public Optional<Instant> lastIssuedAt(UUID userId, OtpPurpose purpose) {
        return handles.with(h -> h.createQuery(LAST_ISSUED)
                .bind("userId", userId)
                .bind("purpose", purpose.name())
                .map((rs, ctx) -> SqlTime.readOptional(rs, "created_at"))
                .one());
    }

    /**
     * One atomic {@code UPDATE ... attempts = attempts + 1 ... RETURNING attempts}.
     *
     * @param maxAttempts the most attempts a code may ever have, at least 1
     * @return the attempt count after this claim (1..maxAttempts), or empty when the code is unknown,
     *     spent, or out of attempts
     */
    @Override
    public Optional<Integer> claimAttempt(UUID codeId, int maxAttempts) {
        return handles.with(h -> h.createQuery(CLAIM_ATTEMPT)
                .bind("id", codeId)
                .bind("maxAttempts", maxAttempts)
                .mapTo(Integer.class)
                .findOne());
    }

    /** Compare-and-set on {@code consumed_at IS NULL}. @return true when this call spent the code */
    @Override
    public boolean consume(UUID codeId, Instant at) {
        return handles.with(h -> h.createUpdate(CONSUME).bind("id", codeId).bind("at", SqlTime.at(at)).execute()) == 1;
    }
}
