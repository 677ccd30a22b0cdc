package io.ensemble.persistence.payments;

import io.ensemble.payments.PayoutAccount;
import io.ensemble.payments.PayoutAccountRepository;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import io.ensemble.persistence.database.SqlTime;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;

/** {@link PayoutAccountRepository} on {@code payout_accounts} (primary key {@code (user_id, provider)}). */
public final class JdbiPayoutAccountRepository extends JdbiRepository implements PayoutAccountRepository {
    private static final String COLUMNS = "user_id, provider, account_id, payouts_enabled, created_at, updated_at";
    private static final String INSERT = "INSERT INTO payout_accounts (" + COLUMNS + ") VALUES (:userId, :provider,"
            + " :accountId, :payoutsEnabled, :createdAt, :updatedAt) ON CONFLICT DO NOTHING";
    private static final String BY_USER = "SELECT " + COLUMNS
            + " FROM payout_accounts WHERE user_id = :userId AND provider = :provider";
    private static final String BY_ACCOUNT = "SELECT " + COLUMNS
            + " FROM payout_accounts WHERE provider = :provider AND account_id = :accountId";
    private static final String ENABLED = "UPDATE payout_accounts SET payouts_enabled = :enabled, updated_at = :at"
            + " WHERE provider = :provider AND account_id = :accountId";
    private static final RowMapper<PayoutAccount> ROW = (rs, ctx) -> new PayoutAccount(
            rs.getObject("user_id", UUID.class), rs.getString("provider"), rs.getString("account_id"),
            rs.getBoolean("payouts_enabled"), SqlTime.read(rs, "created_at"), SqlTime.read(rs, "updated_at"));

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiPayoutAccountRepository(JdbiHandles handles) {
        super(handles);
    }

    @Override
    public boolean insert(PayoutAccount a) {
        return handles.with(h -> h.createUpdate(INSERT).bind("userId", a.userId()).bind("provider", a.provider())
                .bind("accountId", a.accountId()).bind("payoutsEnabled", a.payoutsEnabled())
                .bind("createdAt", SqlTime.at(a.createdAt())).bind("updatedAt", SqlTime.at(a.updatedAt()))
                .execute()) == 1;
    }

    @Override
    public Optional<PayoutAccount> findByUser(UUID userId, String provider) {
        return handles.with(h -> h.createQuery(BY_USER).bind("userId", userId).bind("provider", provider).map(ROW)
                .findOne());
    }

    @Override
    public Optional<PayoutAccount> findByAccount(String provider, String accountId) {
        return handles.with(h -> h.createQuery(BY_ACCOUNT).bind("provider", provider).bind("accountId", accountId)
                .map(ROW).findOne());
    }

    @Override
    public boolean updatePayoutsEnabled(String provider, String accountId, boolean enabled, Instant at) {
        return handles.with(h -> h.createUpdate(ENABLED).bind("provider", provider).bind("accountId", accountId)
                .bind("enabled", enabled).bind("at", SqlTime.at(at)).execute()) == 1;
    }
}
