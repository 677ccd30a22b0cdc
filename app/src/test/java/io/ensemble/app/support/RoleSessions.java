package io.ensemble.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * Verified, logged-in accounts of any self-assignable role (through {@code POST /api/v1/auth/signup}
 * with {@code role}), and row counts / direct updates on the shared test database.
 */
public final class RoleSessions {
    private final Api api;
    private final Inbox inbox;

    public RoleSessions(Api api, Inbox inbox) {
        this.api = api;
        this.inbox = inbox;
    }

    /** Signs up an account with {@code role} (e.g. SALON), verifies it and logs in. */
    public Accounts.Session of(String role) {
        String email = Accounts.uniqueEmail(role.toLowerCase());
        Reply r = api.post("/api/v1/auth/signup", Map.of("name", "Test " + role, "email", email,
                "password", Accounts.PASSWORD, "termsAccepted", true, "role", role));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        String userId = r.data().path("userId").asText();
        Reply verified = api.post("/api/v1/auth/verify-otp", Map.of("email", email, "otp", inbox.latestOtp(email)));
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        return new Accounts(api, inbox).login(email, Accounts.PASSWORD, userId);
    }

    /** An account promoted to ADMIN in the database, logged in again so its token carries the role. */
    public Accounts.Session admin() {
        Accounts.Session s = of("BRAND");
        Sql.execute("UPDATE users SET role = 'ADMIN' WHERE id = ?", java.util.UUID.fromString(s.userId()));
        return new Accounts(api, inbox).login(s.email(), Accounts.PASSWORD, s.userId());
    }

    /** @return the count of {@code sql} ({@code SELECT count(*) ... WHERE x = ?::uuid}) with an optional argument */
    public static long count(String sql, String arg) {
        try (Connection c = SharedDatabase.get().dataSource().getConnection();
             PreparedStatement st = c.prepareStatement(sql)) {
            if (arg != null) {
                st.setString(1, arg);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs one update statement with one string argument. */
    public static void execute(String sql, String arg) {
        try (Connection c = SharedDatabase.get().dataSource().getConnection();
             PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, arg);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
