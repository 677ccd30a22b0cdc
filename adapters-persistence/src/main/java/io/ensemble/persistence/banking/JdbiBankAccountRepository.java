package io.ensemble.persistence.banking;

import io.ensemble.banking.BankAccount;
import io.ensemble.banking.BankAccountRepository;
import io.ensemble.banking.BankItem;
import io.ensemble.banking.ItemStatus;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import io.ensemble.persistence.database.SqlErrors;
import io.ensemble.persistence.database.SqlTime;
import io.ensemble.shared.errors.Conflict;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;

/** {@link BankAccountRepository} on {@code bank_items} and {@code bank_accounts}; reads by id filter by owner. */
public final class JdbiBankAccountRepository extends JdbiRepository implements BankAccountRepository,
        io.ensemble.banking.BankItemsOfUser {
    private static final String ITEM_COLUMNS = "id, user_id, provider, provider_item_id, institution_name, "
            + "access_token_ciphertext, status, created_at";
    private static final String INSERT_ITEM = "INSERT INTO bank_items (" + ITEM_COLUMNS + ") VALUES (:id, :userId, "
            + ":provider, :providerItemId, :institutionName, :ciphertext, :status, :createdAt)";
    private static final String INSERT_ACCOUNT = "INSERT INTO bank_accounts (id, user_id, item_id, "
            + "provider_account_id, name, mask, type, subtype, position, created_at) VALUES (:id, :userId, :itemId, "
            + ":providerAccountId, :name, :mask, :type, :subtype, :position, :createdAt)";
    private static final String ITEM_BY_PROVIDER_ID = "SELECT " + ITEM_COLUMNS + " FROM bank_items "
            + "WHERE provider = :provider AND provider_item_id = :providerItemId";
    private static final String OWNED_ITEM = "SELECT " + ITEM_COLUMNS + " FROM bank_items "
            + "WHERE id = :id AND user_id = :userId";
    private static final String ACCOUNT_SELECT = "SELECT a.id, a.user_id, a.item_id, a.provider_account_id, "
            + "i.institution_name, a.name, a.mask, a.type, a.subtype, i.status, a.created_at "
            + "FROM bank_accounts a JOIN bank_items i ON i.id = a.item_id ";
    private static final String ACCOUNTS_OF_USER = ACCOUNT_SELECT
            + "WHERE a.user_id = :userId ORDER BY a.created_at, a.item_id, a.position, a.id";
    private static final String ACCOUNTS_OF_ITEM = ACCOUNT_SELECT
            + "WHERE a.item_id = :itemId AND a.user_id = :userId ORDER BY a.created_at, a.item_id, a.position, a.id";
    private static final String OWNED_ACCOUNT = ACCOUNT_SELECT + "WHERE a.id = :id AND a.user_id = :userId";
    private static final String UPDATE_STATUS = "UPDATE bank_items SET status = :status, status_changed_at = :at "
            + "WHERE provider = :provider AND provider_item_id = :providerItemId";
    private static final String ITEMS_OF_USER = "SELECT " + ITEM_COLUMNS + " FROM bank_items WHERE user_id = :userId ORDER BY created_at, id";
    private static final String UNIQUE_ITEM = "bank_items_provider_item_key";

    private static final RowMapper<BankItem> ITEM = (rs, ctx) -> new BankItem(
            rs.getObject("id", UUID.class),
            rs.getObject("user_id", UUID.class),
            rs.getString("provider"),
            rs.getString("provider_item_id"),
            rs.getString("institution_name"),
            rs.getBytes("access_token_ciphertext"),
            ItemStatus.valueOf(rs.getString("status")),
            SqlTime.read(rs, "created_at"));

    private static final RowMapper<BankAccount> ACCOUNT = (rs, ctx) -> new BankAccount(
            rs.getObject("id", UUID.class),
            rs.getObject("user_id", UUID.class),
            rs.getObject("item_id", UUID.class),
            rs.getString("provider_account_id"),
            rs.getString("institution_name"),
            rs.getString("name"),
            rs.getString("mask"),
            rs.getString("type"),
            Optional.ofNullable(rs.getString("subtype")),
            ItemStatus.valueOf(rs.getString("status")),
            SqlTime.read(rs, "created_at"));

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiBankAccountRepository(JdbiHandles handles) {
        super(handles);
    }

    @Override
    public List<BankItem> itemsOf(UUID userId) {
        return handles.with(h -> h.createQuery(ITEMS_OF_USER).bind("userId", userId).map(ITEM).list());
    }

    @Override
    public void insert(BankItem item, List<BankAccount> accounts) {
        try {
            handles.use(h -> {
                h.createUpdate(INSERT_ITEM)
                        .bind("id", item.id())
                        .bind("userId", item.userId())
                        .bind("provider", item.provider())
                        .bind("providerItemId", item.providerItemId())
                        .bind("institutionName", item.institutionName())
                        .bind("ciphertext", item.accessTokenCiphertext())
                        .bind("status", item.status().name())
                        .bind("createdAt", SqlTime.at(item.createdAt()))
                        .execute();
                for (int i = 0; i < accounts.size(); i++) {
                    BankAccount a = accounts.get(i);
                    h.createUpdate(INSERT_ACCOUNT)
                            .bind("id", a.id())
                            .bind("userId", a.userId())
                            .bind("itemId", a.itemId())
                            .bind("providerAccountId", a.providerAccountId())
                            .bind("name", a.name())
                            .bind("mask", a.mask())
                            .bind("type", a.type())
                            .bind("subtype", a.subtype().orElse(null))
                            .bind("position", i)
                            .bind("createdAt", SqlTime.at(a.createdAt()))
                            .execute();
                }
            });
        } catch (RuntimeException e) {
            if (SqlErrors.isUniqueViolation(e, UNIQUE_ITEM)) {
                throw new Conflict("BANK_ITEM_ALREADY_LINKED", "This bank login is already linked.");
            }
            throw e;
        }
    }

    @Override
    public Optional<BankItem> findItem(String provider, String providerItemId) {
        return handles.with(h -> h.createQuery(ITEM_BY_PROVIDER_ID).bind("provider", provider)
                .bind("providerItemId", providerItemId).map(ITEM).findOne());
    }

    @Override
    public Optional<BankItem> findOwnedItem(UUID itemId, UUID userId) {
        return handles.with(h -> h.createQuery(OWNED_ITEM).bind("id", itemId).bind("userId", userId).map(ITEM)
                .findOne());
    }

    @Override
    public List<BankAccount> accountsOf(UUID userId) {
        return handles.with(h -> h.createQuery(ACCOUNTS_OF_USER).bind("userId", userId).map(ACCOUNT).list());
    }

    @Override
    public List<BankAccount> accountsOfItem(UUID itemId, UUID userId) {
        return handles.with(h -> h.createQuery(ACCOUNTS_OF_ITEM).bind("itemId", itemId).bind("userId", userId)
                .map(ACCOUNT).list());
    }

    @Override
    public Optional<BankAccount> findOwnedAccount(UUID accountId, UUID userId) {
        return handles.with(h -> h.createQuery(OWNED_ACCOUNT).bind("id", accountId).bind("userId", userId)
                .map(ACCOUNT).findOne());
    }

    @Override
    public boolean deleteAccount(UUID accountId) {
        return handles.with(h -> h.createUpdate("DELETE FROM bank_accounts WHERE id = :id").bind("id", accountId)
                .execute()) > 0;
    }

    @Override
    public boolean deleteItem(UUID itemId) {
        return handles.with(h -> h.createUpdate("DELETE FROM bank_items WHERE id = :id").bind("id", itemId)
                .execute()) > 0;
    }

    @Override
    public boolean updateStatus(String provider, String providerItemId, ItemStatus status, Instant at) {
        return handles.with(h -> h.createUpdate(UPDATE_STATUS).bind("status", status.name())
                .bind("at", SqlTime.at(at)).bind("provider", provider).bind("providerItemId", providerItemId)
                .execute()) > 0;
    }
}
