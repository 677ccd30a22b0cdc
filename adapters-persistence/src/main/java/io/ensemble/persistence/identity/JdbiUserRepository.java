package io.ensemble.persistence.identity;

import io.ensemble.identity.AccountStatus;
import io.ensemble.identity.User;
import io.ensemble.identity.UserFilter;
import io.ensemble.identity.UserListing;
import io.ensemble.identity.UserRepository;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import io.ensemble.persistence.database.SqlErrors;
import io.ensemble.persistence.database.SqlTime;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.paging.Cursor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link UserRepository} on the {@code users} table. Email uniqueness is enforced by the unique
 * index on {@code lower(email)}, so two concurrent signups cannot both succeed.
 * Every method throws {@link io.ensemble.shared.errors.ProviderUnavailable} when the database is down.
 */
public final class JdbiUserRepository extends JdbiRepository implements UserRepository, UserListing,
        io.ensemble.identity.AccountEdits {
    static final String EMAIL_INDEX = "users_email_lower_key";

    private static final String INSERT = """
            INSERT INTO users (id, email, name, role, status, email_verified, password_hash, created_at, updated_at)
            VALUES (:id, :email, :name, :role, :status, :emailVerified, :passwordHash, :createdAt, :updatedAt)
            """;
    private static final String BY_ID = "SELECT " + UserRows.COLUMNS + " FROM users WHERE id = :id";
    private static final String BY_EMAIL = "SELECT " + UserRows.COLUMNS + " FROM users WHERE lower(email) = lower(:email)";
    private static final String MARK_VERIFIED =
            "UPDATE users SET email_verified = true, updated_at = :at WHERE id = :id";
    private static final String UPDATE_PASSWORD =
            "UPDATE users SET password_hash = :passwordHash, updated_at = :at WHERE id = :id";
    private static final String CHANGE_STATUS =
            "UPDATE users SET status = :to, updated_at = :at WHERE id = :id AND status = :from";

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiUserRepository(JdbiHandles handles) {
        super(handles);
    }

    /**
     * Inserts the account.
     *
     * @throws Conflict {@code EMAIL_TAKEN} when an account with this email (case-insensitively) exists
     */
    @Override
    public void create(User user) {
        try {
            handles.use(h -> h.createUpdate(INSERT)
                    .bind("id", user.id())
                    .bind("email", user.email())
                    .bind("name", user.name())
                    .bind("role", user.role().name())
                    .bind("status", user.status().name())
                    .bind("emailVerified", user.emailVerified())
                    .bind("passwordHash", user.passwordHash())
                    .bind("createdAt", SqlTime.at(user.createdAt()))
                    .bind("updatedAt", SqlTime.at(user.updatedAt()))
                    .execute());
        } catch (RuntimeException e) {
            if (SqlErrors.isUniqueViolation(e, EMAIL_INDEX)) {
                throw new Conflict("EMAIL_TAKEN", "An account with this email already exists.");
            }
            throw e;
        }
    }

    /** @return the account with this id, if any */
    @Override
    public Optional<User> findById(UUID id) {
        return handles.with(h -> h.createQuery(BY_ID).bind("id", id).map(UserRows.MAPPER).findOne());
    }

    /** @return the account with this email, compared case-insensitively */
    @Override
    public Optional<User> findByEmail(String email) {
        return handles.with(h -> h.createQuery(BY_EMAIL).bind("email", email).map(UserRows.MAPPER).findOne());
    }

    /** Sets {@code email_verified} and {@code updated_at = at}; no-op for an unknown id. */
    @Override
    public void markEmailVerified(UUID id, Instant at) {
        handles.use(h -> h.createUpdate(MARK_VERIFIED).bind("id", id).bind("at", SqlTime.at(at)).execute());
    }

    /** Replaces the password hash and sets {@code updated_at = at}; no-op for an unknown id. */
    @Override
    public void updatePassword(UUID id, String passwordHash, Instant at) {
        handles.use(h -> h.createUpdate(UPDATE_PASSWORD)
                .bind("id", id)
                .bind("passwordHash", passwordHash)
                .bind("at", SqlTime.at(at))
                .execute());
    }

    /** Moves {@code id} from {@code from} to {@code to} when it is in {@code from}. @return whether it did */
    @Override
    public boolean changeStatus(UUID id, AccountStatus from, AccountStatus to, Instant at) {
        return handles.with(h -> h.createUpdate(CHANGE_STATUS).bind("id", id).bind("from", from.name())
                .bind("to", to.name()).bind("at", SqlTime.at(at)).execute()) == 1;
    }

    /** The admin list ({@link UserListing}); the SQL is in {@link UserListQuery}. */
    @Override
    public List<User> find(UserFilter filter, Optional<Cursor> after, int max) {
        return UserListQuery.run(handles, filter, after, max);
    }

    /** Sets the display name (issue 22 §1 members). @return false when the account is unknown */
    @Override
    public boolean rename(UUID id, String name, java.time.Instant at) {
        return handles.with(h -> h.createUpdate("UPDATE users SET name = :name, updated_at = :at WHERE id = :id")
                .bind("id", id).bind("name", name).bind("at", SqlTime.at(at)).execute()) == 1;
    }

    /** Sets the role (issue 22 §1 members). @return false when the account is unknown */
    @Override
    public boolean changeRole(UUID id, io.ensemble.identity.Role role, java.time.Instant at) {
        return handles.with(h -> h.createUpdate("UPDATE users SET role = :role, updated_at = :at WHERE id = :id")
                .bind("id", id).bind("role", role.name()).bind("at", SqlTime.at(at)).execute()) == 1;
    }
}
