package io.ensemble.persistence.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.banking.BankWebhook;
import io.ensemble.banking.ItemStatus;
import io.ensemble.persistence.DatabaseTestBase;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.Migrations;
import io.ensemble.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import liquibase.Scope;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCountCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link JdbiWebhookEvents}: the one {@code webhook_events(provider, event_id)} inbox serving the
 * payments and the banking ports, and changeset {@code shared-002-webhook-events} that folds the two
 * former tables into it without losing a processed event.
 */
class JdbiWebhookEventsTest extends DatabaseTestBase {
    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30.123456Z");
    private final JdbiWebhookEvents inbox = new JdbiWebhookEvents(handles);

    @BeforeEach
    void emptyInbox() {
        handles.use(h -> h.execute("TRUNCATE webhook_events"));
    }

    @Test
    void a_stripe_event_id_is_accepted_once() {
        assertThat(inbox.record("stripe", "evt_1", "payment_intent.succeeded", NOW)).isTrue();
        assertThat(inbox.record("stripe", "evt_1", "payment_intent.succeeded", NOW)).isFalse();
        assertThat(inbox.record("stripe", "evt_2", "payment_intent.created", NOW)).isTrue();
        assertThat(count("SELECT count(*) FROM webhook_events WHERE provider = 'stripe' AND code IS NULL")).isEqualTo(2);
    }

    @Test
    void a_bank_delivery_is_accepted_once_and_keeps_its_code_and_item() {
        BankWebhook hook = new BankWebhook("plaid", "abc", "ITEM", "ERROR", Optional.of("item-1"),
                Optional.of(ItemStatus.LOGIN_REQUIRED));

        assertThat(inbox.record(hook, NOW)).isTrue();
        assertThat(inbox.record(hook, NOW)).isFalse();
        assertThat(inbox.record(new BankWebhook("plaid", "def", "ITEM", "X", Optional.empty(), Optional.empty()), NOW))
                .isTrue();
        assertThat(count("SELECT count(*) FROM webhook_events WHERE provider = 'plaid'")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM webhook_events WHERE event_id = 'abc' AND type = 'ITEM'"
                + " AND code = 'ERROR' AND subject = 'item-1' AND received_at = '2026-11-23T10:15:30.123456Z'"))
                .isEqualTo(1);
    }

    @Test
    void the_same_event_id_at_two_providers_is_two_events() {
        assertThat(inbox.record("stripe", "same", "x", NOW)).isTrue();
        assertThat(inbox.record(new BankWebhook("plaid", "same", "ITEM", "X", Optional.empty(), Optional.empty()),
                NOW)).isTrue();
    }

    @Test
    void the_migration_copies_both_old_inboxes_so_a_processed_event_stays_processed() throws Exception {
        long before = handles.with(h -> h.createQuery(
                "SELECT orderexecuted FROM databasechangelog WHERE id = 'shared-002-webhook-events'")
                .mapTo(Long.class).one()) - 1;
        TestDatabase old = TestDatabase.create();
        try {
            update(old, (int) before);
            Jdbi jdbi = Jdbi.create(old.dataSource());
            jdbi.useHandle(h -> {
                h.execute("INSERT INTO payment_webhook_events (provider, event_id, type, received_at)"
                        + " VALUES ('stripe', 'evt_old', 'payment_intent.succeeded', '2026-11-20T08:00:00Z')");
                h.execute("INSERT INTO bank_webhook_events (provider, dedupe_key, webhook_type, webhook_code,"
                        + " provider_item_id, received_at) VALUES ('plaid', 'sha-old', 'ITEM', 'ERROR', 'item-9',"
                        + " '2026-11-21T08:00:00Z')");
            });

            Migrations.apply(old.dataSource());

            List<Map<String, Object>> rows = jdbi.withHandle(h -> h.createQuery(
                    "SELECT provider, event_id, type, code, subject FROM webhook_events ORDER BY provider")
                    .mapToMap().list());
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0)).containsEntry("provider", "plaid").containsEntry("event_id", "sha-old")
                    .containsEntry("type", "ITEM").containsEntry("code", "ERROR").containsEntry("subject", "item-9");
            assertThat(rows.get(1)).containsEntry("provider", "stripe").containsEntry("event_id", "evt_old")
                    .containsEntry("type", "payment_intent.succeeded").containsEntry("code", null);
            long oldTables = jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM information_schema.tables"
                    + " WHERE table_name IN ('payment_webhook_events', 'bank_webhook_events')")
                    .mapTo(Long.class).one());
            assertThat(oldTables).isZero();
            JdbiWebhookEvents migrated = new JdbiWebhookEvents(new JdbiHandles(jdbi));
            assertThat(migrated.record("stripe", "evt_old", "payment_intent.succeeded", NOW)).isFalse();
            assertThat(migrated.record(new BankWebhook("plaid", "sha-old", "ITEM", "ERROR", Optional.of("item-9"),
                    Optional.empty()), NOW)).isFalse();
        } finally {
            old.drop();
        }
    }

    /** Applies only the first {@code count} changesets, i.e. the schema as it was before a later one. */
    private static void update(TestDatabase db, int count) throws Exception {
        try (Connection connection = db.dataSource().getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Map<String, Object> scope = Map.of(
                    Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(Migrations.class.getClassLoader()),
                    Scope.Attr.ui.name(), new LoggerUIService(),
                    AnalyticsArgs.ENABLED.getKey(), false);
            Scope.child(scope, () -> new CommandScope(UpdateCountCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCountCommandStep.CHANGELOG_FILE_ARG, Migrations.CHANGELOG)
                    .addArgumentValue(UpdateCountCommandStep.COUNT_ARG, count)
                    .execute());
        }
    }
}
