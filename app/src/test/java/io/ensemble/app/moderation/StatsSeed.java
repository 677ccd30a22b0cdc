package io.ensemble.app.moderation;

import io.ensemble.app.support.Sql;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Rows the dashboard counts, inserted with SQL at chosen times (the routes only read them). */
final class StatsSeed {
    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final UUID conversation = UUID.randomUUID();
    private long seq;
    private int users;

    StatsSeed() {
        Instant at = Instant.parse("2020-01-01T00:00:00Z");
        Sql.execute("INSERT INTO conversations (id, type, name, last_seq, created_at, updated_at) "
                + "VALUES (?, 'GROUP', 'stats', 0, ?, ?)", conversation, ts(at), ts(at));
    }

    static OffsetDateTime ts(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** @return a new account of {@code role} created at {@code created}, last seen at {@code lastSeen} (may be null) */
    UUID user(String role, String created, String lastSeen) {
        UUID id = UUID.randomUUID();
        Sql.execute("INSERT INTO users (id, email, name, role, status, email_verified, created_at, updated_at, "
                        + "last_seen_at) VALUES (?, ?, 'Stats seed', ?, 'ACTIVE', true, ?, ?, ?)",
                id, "stats-" + tag + "-" + (++users) + "@example.com", role, ts(Instant.parse(created)),
                ts(Instant.parse(created)), lastSeen == null ? null : ts(Instant.parse(lastSeen)));
        return id;
    }

    /** Stores a message of {@code sender} at {@code at}. */
    void message(UUID sender, String at) {
        Sql.execute("INSERT INTO conversation_members (conversation_id, user_id, joined_at) VALUES (?, ?, ?) "
                + "ON CONFLICT DO NOTHING", conversation, sender, ts(Instant.parse("2020-01-01T00:00:00Z")));
        Sql.execute("INSERT INTO messages (id, conversation_id, sender_id, type, content, seq, created_at) "
                + "VALUES (?, ?, ?, 'TEXT', 'hi', ?, ?)", UUID.randomUUID(), conversation, sender, ++seq,
                ts(Instant.parse(at)));
    }

    /** @return a new order of {@code brand} with {@code creator} placed at {@code at} in {@code status} */
    UUID order(UUID brand, UUID creator, String status, long amount, String currency, String at) {
        UUID id = UUID.randomUUID();
        Sql.execute("INSERT INTO orders (id, brand_id, creator_id, title, price_amount, price_currency, "
                        + "revisions_allowed, status, conversation_id, created_at, updated_at) "
                        + "VALUES (?, ?, ?, 'Seeded', ?, ?, 1, ?, ?, ?, ?)", id, brand, creator, amount, currency,
                status, conversation, ts(Instant.parse(at)), ts(Instant.parse(at)));
        return id;
    }

    /** Records the order's payment of {@code amount} in {@code status} at {@code at}. */
    void payment(UUID order, long amount, String currency, String status, String at) {
        Sql.execute("INSERT INTO payments (order_id, provider, provider_ref, amount, currency, status, created_at, "
                        + "updated_at) VALUES (?, 'manual', ?, ?, ?, ?, ?, ?)", order, "ref-" + order, amount,
                currency, status, ts(Instant.parse(at)), ts(Instant.parse(at)));
    }

    /** Records a payout of the order to {@code user}: gross, fee, net = gross - fee, at {@code at}. */
    void payout(UUID user, UUID order, long gross, long fee, String currency, String status, String at) {
        Sql.execute("INSERT INTO payouts (id, user_id, order_id, gross_amount, fee_amount, net_amount, currency, "
                        + "status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(),
                user, order, gross, fee, gross - fee, currency, status, ts(Instant.parse(at)), ts(Instant.parse(at)));
    }
}
