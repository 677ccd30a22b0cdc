package io.ensemble.app;

import io.ensemble.persistence.JdbiHandles;
import io.ensemble.persistence.JdbiTransactions;
import io.ensemble.persistence.identity.JdbiOneTimeCodeRepository;
import io.ensemble.persistence.identity.JdbiResetRequestQueue;
import io.ensemble.persistence.identity.JdbiSessionRepository;
import io.ensemble.persistence.identity.JdbiUserRepository;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** The PostgreSQL adapters built over one {@link Jdbi}; shared by the server and the CLI commands. */
final class Persistence {
    final JdbiHandles handles;
    final JdbiTransactions transactions;
    final JdbiUserRepository users;
    final JdbiOneTimeCodeRepository codes;
    final JdbiSessionRepository sessions;
    final JdbiResetRequestQueue resetRequests;

    Persistence(Jdbi jdbi) {
        jdbi.installPlugin(new SqlObjectPlugin());
        jdbi.installPlugin(new PostgresPlugin());
        this.handles = new JdbiHandles(jdbi);
        this.transactions = new JdbiTransactions(handles);
        this.users = new JdbiUserRepository(handles);
        this.codes = new JdbiOneTimeCodeRepository(handles);
        this.sessions = new JdbiSessionRepository(handles);
        this.resetRequests = new JdbiResetRequestQueue(handles);
    }
}
