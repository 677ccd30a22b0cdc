package io.ensemble.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.privacy.PrivacyFixtures.History;
import io.ensemble.app.privacy.PrivacyFixtures.Person;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.Sql;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * End-to-end: account deletion (issue 20 §4; seeds/001 §Admin {@code DELETE /users/:userId}) over HTTP on
 * real PostgreSQL: the owner with their password, an admin (with {@code force=true} for orders in
 * progress), the erasure job's result in a pg_dump and the media folder, conversations and orders of the
 * other side, the e-mail free again, the audit record.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AccountDeletionTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    private Api api;
    private PrivacyFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        fixtures = new PrivacyFixtures(api, new Inbox(MAIL));
    }

    @Test
    void a_user_deletes_their_account_and_nothing_personal_is_left_outside_pseudonymised_financial_rows() {
        Person erin = fixtures.person("CREATOR");
        Person brand = fixtures.person("BRAND");
        Person admin = fixtures.admin();
        History history = fixtures.richHistory(erin, brand, admin);
        long totalBefore = Sql.count("SELECT price_amount FROM orders WHERE id = ?", UUID.fromString(history.orderId()));
        long payoutBefore = Sql.count("SELECT net_amount FROM payouts WHERE order_id = ?", UUID.fromString(history.orderId()));
        assertThat(Sql.count("SELECT count(*) FROM notifications WHERE user_id = ? AND (title || body) LIKE ?",
                brand.uuid(), "%" + erin.name() + "%")).as("the brand was notified by name").isPositive();

        Reply deleted = fixtures.deleteOwn(erin, Accounts.PASSWORD);

        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        assertThat(deleted.data().path("kind").asText()).isEqualTo("ERASURE");
        assertThat(api.get("/api/v1/profile/me", erin.token()).status()).isEqualTo(401);
        Reply done = fixtures.awaitErased(admin, erin.id());
        assertThat(done.data().path("stepsDone").asInt()).isEqualTo(done.data().path("stepsTotal").asInt());
        assertThat(done.data().path("error").isNull()).isTrue();

        List<String> personal = List.of(erin.email(), erin.name(), erin.phone());
        String dump = PersonalDataScan.dumpDatabase();
        assertThat(dump).as("the dump holds the other users").contains(brand.email().toLowerCase());
        personal.forEach(term -> assertThat(dump).as("pg_dump contains " + term).doesNotContain(term.toLowerCase()));
        assertThat(PersonalDataScan.filesContaining(APP.getConfiguration().dataDirectory().resolve("media"), personal))
                .isEmpty();
        assertThat(Sql.count("SELECT count(*) FROM media WHERE owner_id = ?", erin.uuid())).isZero();

        Reply messages = api.get(PrivacyFixtures.CHAT + history.conversationId() + "/messages", brand.token());
        assertThat(messages.status()).as(messages.toString()).isEqualTo(200);
        assertThat(messages.raw()).contains("Will do").doesNotContain(erin.phone());
        assertThat(Sql.count("SELECT count(*) FROM messages WHERE id = ? AND deleted AND content IS NULL",
                UUID.fromString(history.ownMessageId()))).isEqualTo(1);
        assertThat(Sql.count("SELECT count(*) FROM messages WHERE id = ? AND NOT deleted AND content = 'Will do'",
                UUID.fromString(history.otherMessageId()))).isEqualTo(1);

        Reply order = api.get("/api/v1/orders/" + history.orderId(), brand.token());
        assertThat(order.status()).as(order.toString()).isEqualTo(200);
        assertThat(Sql.count("SELECT price_amount FROM orders WHERE id = ?", UUID.fromString(history.orderId())))
                .isEqualTo(totalBefore);
        assertThat(Sql.count("SELECT net_amount FROM payouts WHERE order_id = ?", UUID.fromString(history.orderId())))
                .isEqualTo(payoutBefore);
        assertThat(Sql.count("SELECT count(*) FROM audit_records WHERE action = 'account_deleted' AND actor_id = ? "
                + "AND target_type = 'user' AND target_id = ?", erin.uuid(), erin.id())).isEqualTo(1);
        assertThat(Sql.count("SELECT count(*) FROM audit_records WHERE actor_id = ? OR target_id = ?",
                erin.uuid(), erin.id())).as("the trail keeps the erased user's records").isPositive();
        assertThat(Sql.count("SELECT count(*) FROM audit_records WHERE client_address IS NOT NULL "
                + "AND (actor_id = ? OR (target_type = 'user' AND target_id = ?))", erin.uuid(), erin.id()))
                .as("client addresses of the erased user's records").isZero();
        assertThat(Sql.count("SELECT count(*) FROM audit_records WHERE client_address IS NOT NULL AND actor_id = ?",
                brand.uuid())).as("other users' addresses stay").isPositive();
        for (String table : List.of("sessions", "one_time_codes", "push_devices", "notifications", "social_accounts",
                "bank_items")) {
            assertThat(Sql.count("SELECT count(*) FROM " + table + " WHERE user_id = ?", erin.uuid())).as(table).isZero();
        }
        assertThat(Sql.count("SELECT count(*) FROM connection_requests WHERE requester_id = ?", erin.uuid())).isZero();

        String again = fixtures.signup("CREATOR", "Someone Else", erin.email());
        assertThat(again).isNotEqualTo(erin.id());
    }

    @Test
    void deleting_ones_account_needs_the_right_password_and_changes_nothing_otherwise() {
        Person dan = fixtures.person("CREATOR");

        Reply wrong = fixtures.deleteOwn(dan, "not-my-password");
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(403);
        assertThat(wrong.code()).isEqualTo("INVALID_PASSWORD");
        assertThat(wrong.json().path("success").asBoolean(true)).isFalse();
        Reply missing = fixtures.deleteOwn(dan, null);
        assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
        assertThat(missing.invalidFields()).containsExactly("password");
        Reply anonymous = api.sendRaw("DELETE", "/api/v1/account", Api.toJson(Map.of("password", Accounts.PASSWORD)),
                null, Map.of());
        assertThat(anonymous.status()).isEqualTo(401);

        assertThat(api.get("/api/v1/profile/me", dan.token()).status()).isEqualTo(200);
        assertThat(Sql.count("SELECT count(*) FROM users WHERE id = ? AND status = 'ACTIVE'", dan.uuid())).isEqualTo(1);
        assertThat(Sql.count("SELECT count(*) FROM privacy_requests WHERE user_id = ?", dan.uuid())).isZero();
    }

    @Test
    void orders_in_progress_block_the_deletion_until_an_admin_forces_it_which_cancels_or_refunds_them() {
        Person creator = fixtures.person("CREATOR");
        Person brand = fixtures.person("BRAND");
        Person admin = fixtures.admin();
        String unpaid = fixtures.openOrder(creator, brand);
        String paid = fixtures.openOrder(creator, brand);
        fixtures.move(brand, paid, "pay");
        fixtures.move(admin, paid, "record_payment");

        Reply own = fixtures.deleteOwn(creator, Accounts.PASSWORD);
        assertThat(own.status()).as(own.toString()).isEqualTo(409);
        assertThat(own.code()).isEqualTo("ORDERS_IN_PROGRESS");
        assertThat(own.json().path("message").asText()).contains(unpaid, paid);
        Reply unforced = fixtures.adminDelete(admin, creator.id(), "");
        assertThat(unforced.status()).as(unforced.toString()).isEqualTo(409);
        assertThat(unforced.json().path("message").asText()).contains(unpaid, paid);
        assertThat(Sql.count("SELECT count(*) FROM users WHERE id = ? AND status = 'ACTIVE'", creator.uuid())).isEqualTo(1);

        Reply forced = fixtures.adminDelete(admin, creator.id(), "?force=true");

        assertThat(forced.status()).as(forced.toString()).isEqualTo(200);
        assertThat(Sql.count("SELECT count(*) FROM orders WHERE id = ? AND status = 'CANCELLED'", UUID.fromString(unpaid)))
                .isEqualTo(1);
        assertThat(Sql.count("SELECT count(*) FROM orders WHERE id = ? AND status = 'REFUNDED'", UUID.fromString(paid)))
                .isEqualTo(1);
        assertThat(Sql.count("SELECT count(*) FROM payments WHERE order_id = ? AND status = 'REFUNDED'",
                UUID.fromString(paid))).isEqualTo(1);
        fixtures.awaitErased(admin, creator.id());
        assertThat(Sql.count("SELECT count(*) FROM audit_records WHERE action = 'account_deleted' AND actor_id = ? "
                + "AND target_id = ?", admin.uuid(), creator.id())).isEqualTo(1);
        Reply repeated = fixtures.adminDelete(admin, creator.id(), "");
        assertThat(repeated.status()).as(repeated.toString()).isEqualTo(200);
        assertThat(repeated.data().path("id").asText()).isEqualTo(forced.data().path("id").asText());
    }

    @Test
    void the_admin_routes_are_for_admins_refuse_self_deletion_unknown_users_and_bad_input() {
        Person admin = fixtures.admin();
        Person user = fixtures.person("BRAND");
        Person other = fixtures.person("CREATOR");

        Reply notAdmin = fixtures.adminDelete(other, user.id(), "");
        assertThat(notAdmin.status()).as(notAdmin.toString()).isEqualTo(403);
        assertThat(notAdmin.code()).isEqualTo("FORBIDDEN");
        assertThat(api.get("/api/v1/admin/users/" + user.id() + "/deletion", other.token()).status()).isEqualTo(403);
        Reply self = fixtures.adminDelete(admin, admin.id(), "");
        assertThat(self.status()).as(self.toString()).isEqualTo(409);
        assertThat(self.code()).isEqualTo("CANNOT_DELETE_SELF");
        assertThat(fixtures.adminDelete(admin, UUID.randomUUID().toString(), "").status()).isEqualTo(404);
        assertThat(fixtures.adminDelete(admin, "not-an-id", "").status()).isEqualTo(404);
        Reply badForce = fixtures.adminDelete(admin, user.id(), "?force=maybe");
        assertThat(badForce.status()).as(badForce.toString()).isEqualTo(400);
        assertThat(badForce.invalidFields()).containsExactly("force");
        Reply noDeletion = api.get("/api/v1/admin/users/" + user.id() + "/deletion", admin.token());
        assertThat(noDeletion.status()).as(noDeletion.toString()).isEqualTo(404);
        assertThat(Sql.count("SELECT count(*) FROM users WHERE id IN (?, ?) AND status = 'ACTIVE'", user.uuid(),
                admin.uuid())).isEqualTo(2);

        Reply deleted = fixtures.adminDelete(admin, user.id(), "?force=false");
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        assertThat(api.get("/api/v1/profile/me", user.token()).status()).isEqualTo(401);
        fixtures.awaitErased(admin, user.id());
    }
}
