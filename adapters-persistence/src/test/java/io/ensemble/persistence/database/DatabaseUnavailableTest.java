package io.ensemble.persistence.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.persistence.DatabaseTestBase;
import io.ensemble.persistence.identity.JdbiUserRepository;
import io.ensemble.shared.errors.ProviderUnavailable;
import java.net.ServerSocket;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class DatabaseUnavailableTest extends DatabaseTestBase {
    private static final String MESSAGE = "The database is unavailable; try again shortly.";

    private final JdbiUserRepository users = new JdbiUserRepository(handles);

    @AfterEach
    void endOutage() {
        database.allowConnections();
    }

    @Test
    void refused_connections_raise_provider_unavailable_and_calls_succeed_again_once_allowed() {
        database.refuseConnections();

        assertThatThrownBy(() -> users.findById(UUID.randomUUID()))
                .isInstanceOf(ProviderUnavailable.class)
                .hasMessage(MESSAGE)
                .hasCauseInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> transactions.run(() -> users.findById(UUID.randomUUID())))
                .isInstanceOf(ProviderUnavailable.class);

        database.allowConnections();

        assertThat(users.findById(UUID.randomUUID())).isEmpty();
        assertThat(transactions.inTransaction(() -> users.findById(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void connection_terminated_inside_a_transaction_raises_provider_unavailable_and_recovers() {
        assertThatThrownBy(() -> transactions.run(() -> {
            users.findById(UUID.randomUUID());
            database.refuseConnections();
            users.findById(UUID.randomUUID());
        })).isInstanceOfSatisfying(ProviderUnavailable.class,
                e -> assertThat(e.code()).isEqualTo("PROVIDER_UNAVAILABLE"));
        assertThat(handles.current()).isNull();

        database.allowConnections();

        assertThat(transactions.inTransaction(() -> users.findById(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void unreachable_server_raises_provider_unavailable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setURL("jdbc:postgresql://127.0.0.1:" + closedPort + "/postgres?connectTimeout=2");
        JdbiHandles down = new JdbiHandles(Jdbi.create(nowhere));

        assertThatThrownBy(() -> new JdbiUserRepository(down).findByEmail("a@example.com"))
                .isInstanceOf(ProviderUnavailable.class)
                .hasMessage(MESSAGE);
        assertThatThrownBy(() -> new JdbiTransactions(down).run(() -> { }))
                .isInstanceOf(ProviderUnavailable.class);
    }

    @Test
    void sql_errors_are_not_mistaken_for_an_outage() {
        assertThatThrownBy(() -> handles.use(h -> h.execute("SELECT * FROM no_such_table")))
                .isNotInstanceOf(ProviderUnavailable.class);
    }
}
