package io.ensemble.persistence.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.persistence.DatabaseTestBase;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationsTest extends DatabaseTestBase {

    private static List<String> strings(String sql) {
        return handles.with(h -> h.createQuery(sql).mapTo(String.class).list());
    }

    @Test
    void hands_a_pooled_connection_back_in_auto_commit_mode() throws Exception {
        try (java.sql.Connection shared = database.dataSource().getConnection()) {
            assertThat(shared.getAutoCommit()).isTrue();
            javax.sql.DataSource pool = new SingleConnectionPool(shared);

            Migrations.apply(pool);

            assertThat(shared.getAutoCommit()).isTrue();
        }
    }

    /** A one-connection "pool": close() hands the connection back instead of closing it. */
    private record SingleConnectionPool(java.sql.Connection connection) implements javax.sql.DataSource {
        @Override
        public java.sql.Connection getConnection() {
            return (java.sql.Connection) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {java.sql.Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("close")) {
                            return null;
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public java.sql.Connection getConnection(String user, String password) {
            return getConnection();
        }

        @Override
        public java.io.PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(java.io.PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public java.util.logging.Logger getParentLogger() {
            return java.util.logging.Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }

    @Test
    void applying_again_on_a_migrated_database_changes_nothing() {
        long before = count("SELECT count(*) FROM databasechangelog");

        Migrations.apply(database.dataSource());

        assertThat(count("SELECT count(*) FROM databasechangelog")).isEqualTo(before).isPositive();
    }

    @Test
    void every_changeset_is_authored_by_ensemble_and_the_extension_comes_first() {
        assertThat(strings("SELECT DISTINCT author FROM databasechangelog")).containsExactly("ensemble");
        assertThat(strings("SELECT id FROM databasechangelog ORDER BY orderexecuted LIMIT 1"))
                .containsExactly("shared-001-pg-trgm");
    }

    @Test
    void creates_the_identity_tables_and_pg_trgm() {
        assertThat(strings("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"))
                .contains("users", "one_time_codes", "sessions", "refresh_tokens");
        assertThat(strings("SELECT extname FROM pg_extension")).contains("pg_trgm");
        boolean similar = handles.with(h -> h.createQuery("SELECT similarity('ensemble', 'ensembel') > 0.3")
                .mapTo(Boolean.class).one());
        assertThat(similar).isTrue();
    }

    @Test
    void every_time_column_is_timestamptz() {
        assertThat(strings("""
                SELECT table_name || '.' || column_name || ' ' || data_type FROM information_schema.columns
                 WHERE table_schema = 'public' AND column_name LIKE '%\\_at' AND table_name NOT LIKE 'databasechangelog%'
                """)).isNotEmpty().allSatisfy(column -> assertThat(column).endsWith("timestamp with time zone"));
    }

    @Test
    void declares_the_indexes_the_queries_rely_on() {
        assertThat(strings("SELECT indexname FROM pg_indexes WHERE schemaname = 'public'")).contains(
                "users_email_lower_key",
                "one_time_codes_user_purpose_created_idx",
                "one_time_codes_purpose_hash_idx",
                "refresh_tokens_token_hash_key");
    }
}
