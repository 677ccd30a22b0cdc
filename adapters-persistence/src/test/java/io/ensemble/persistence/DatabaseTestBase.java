package io.ensemble.persistence;

import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiTransactions;
import io.ensemble.persistence.testing.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** One freshly migrated database per test class; every test starts with empty tables. */
public abstract class DatabaseTestBase {
    /** This class's database, migrated. */
    protected static TestDatabase database;
    /** Handles over an unpooled data source of {@link #database}. */
    protected static JdbiHandles handles;
    /** Transactions over {@link #handles}. */
    protected static JdbiTransactions transactions;

    @BeforeAll
    static void createDatabase() {
        database = TestDatabase.create().migrate();
        handles = new JdbiHandles(Jdbi.create(database.dataSource()));
        transactions = new JdbiTransactions(handles);
    }

    @AfterAll
    static void dropDatabase() {
        database.drop();
    }

    @BeforeEach
    void emptyTables() {
        handles.use(h -> h.execute("TRUNCATE users, one_time_codes, sessions, refresh_tokens CASCADE"));
    }

    /** @return the number of rows {@code sql} (a {@code SELECT count(*) ...}) counts */
    protected static long count(String sql) {
        return handles.with(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}
