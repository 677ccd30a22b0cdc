package io.ensemble.app.banking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.RoleSessions;
import io.ensemble.app.support.Sql;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * End-to-end: the bank routes of seeds/000 §Bank Account Endpoints with the default {@code sandbox}
 * adapter (issue 8 §4), through the running app over HTTP against PostgreSQL.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class BankLinkingSandboxTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    private Api api;
    private RoleSessions sessions;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        sessions = new RoleSessions(api, new Inbox(MAIL));
    }

    private Reply exchange(Accounts.Session as, Object publicToken) {
        return api.post("/api/v1/bank/exchange-token", publicToken == null ? Map.of()
                : Map.of("publicToken", publicToken), as.accessToken());
    }

    private Reply exchange(Accounts.Session as, String publicToken, String idempotencyKey) {
        return api.sendRaw("POST", "/api/v1/bank/exchange-token", Api.toJson(Map.of("publicToken", publicToken)),
                as.accessToken(), Map.of("Idempotency-Key", idempotencyKey));
    }

    private Reply delete(Accounts.Session as, String accountId) {
        return api.sendRaw("DELETE", "/api/v1/bank/accounts/" + accountId, null, as.accessToken(), Map.of());
    }

    private static long rowsOf(Accounts.Session s) {
        UUID id = UUID.fromString(s.userId());
        return Sql.count("SELECT count(*) FROM bank_items WHERE user_id = ?", id)
                + Sql.count("SELECT count(*) FROM bank_accounts WHERE user_id = ?", id);
    }

    private static void assertError(Reply r, int status, String code) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.json().path("success").asBoolean(true)).as(r.toString()).isFalse();
        assertThat(r.code()).as(r.toString()).isEqualTo(code);
        assertThat(r.json().path("message").asText()).isNotBlank();
    }

    private static String publicToken() {
        return "public-sandbox-" + UUID.randomUUID();
    }

    @Test
    void a_host_links_the_sandbox_bank_lists_it_and_unlinks_it() {
        Accounts.Session host = sessions.of("HOST");

        Reply link = api.post("/api/v1/bank/link-token", Map.of(), host.accessToken());
        assertThat(link.status()).as(link.toString()).isEqualTo(200);
        assertThat(link.data().path("linkToken").asText()).startsWith("link-sandbox-");
        Instant expiration = Instant.parse(link.data().path("expiration").asText());
        assertThat(expiration).isBetween(Instant.now().plus(Duration.ofHours(3)), Instant.now().plus(Duration.ofHours(5)));

        Reply linked = exchange(host, publicToken());
        assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
        JsonNode account = linked.data().path("account");
        assertThat(account.path("bankName").asText()).isEqualTo("Ensemble Sandbox Bank");
        assertThat(account.path("accountType").asText()).isEqualTo("checking");
        assertThat(account.path("last4").asText()).isEqualTo("0000");
        assertThat(account.path("isVerified").asBoolean()).isTrue();
        assertThat(account.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(Instant.parse(account.path("createdAt").asText())).isBefore(Instant.now().plusSeconds(1));
        assertThat(linked.data().path("accounts")).hasSize(2);
        assertThat(linked.raw()).doesNotContain("access-sandbox-");

        Reply list = api.get("/api/v1/bank/accounts", host.accessToken());
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.data().path("accounts")).hasSize(2);
        assertThat(list.data().path("accounts").get(0).path("id").asText()).isEqualTo(account.path("id").asText());
        assertThat(list.data().path("accounts").get(1).path("accountType").asText()).isEqualTo("savings");
        assertThat(list.data().path("accounts").get(1).path("last4").asText()).isEqualTo("1111");

        Reply first = delete(host, account.path("id").asText());
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().path("success").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/bank/accounts", host.accessToken()).data().path("accounts")).hasSize(1);
        assertThat(Sql.count("SELECT count(*) FROM bank_items WHERE user_id = ?", UUID.fromString(host.userId())))
                .isEqualTo(1);

        String last = list.data().path("accounts").get(1).path("id").asText();
        assertThat(delete(host, last).status()).isEqualTo(200);
        assertThat(rowsOf(host)).isZero();
        assertError(delete(host, last), 404, "NOT_FOUND");
    }

    @Test
    void the_access_token_is_stored_encrypted_never_as_plaintext() {
        Accounts.Session host = sessions.of("TALENT");
        assertThat(exchange(host, publicToken()).status()).isEqualTo(201);

        byte[] stored = SqlBytes.one("SELECT access_token_ciphertext FROM bank_items WHERE user_id = ?",
                UUID.fromString(host.userId()));

        assertThat(stored).isNotEmpty();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("access-sandbox");
        assertThat(Sql.count("SELECT count(*) FROM bank_items WHERE user_id = ? AND provider = 'sandbox'"
                + " AND provider_item_id LIKE 'sandbox-item-%'", UUID.fromString(host.userId()))).isEqualTo(1);
    }

    @Test
    void linking_the_same_item_twice_is_idempotent_for_its_owner_and_a_conflict_for_anyone_else() {
        Accounts.Session host = sessions.of("HOST");
        Accounts.Session other = sessions.of("PARTIER");
        String token = publicToken();
        Reply first = exchange(host, token);
        assertThat(first.status()).isEqualTo(201);

        Reply again = exchange(host, token);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.data().path("account").path("id").asText())
                .isEqualTo(first.data().path("account").path("id").asText());
        assertThat(rowsOf(host)).isEqualTo(3);

        assertError(exchange(other, token), 409, "BANK_ITEM_ALREADY_LINKED");
        assertThat(rowsOf(other)).isZero();
    }

    @Test
    void another_users_account_is_not_found_and_stays_linked() {
        Accounts.Session owner = sessions.of("HOST");
        Accounts.Session intruder = sessions.of("HOST");
        String accountId = exchange(owner, publicToken()).data().path("account").path("id").asText();

        assertError(delete(intruder, accountId), 404, "NOT_FOUND");
        assertError(delete(intruder, "not-a-uuid"), 404, "NOT_FOUND");
        assertError(delete(owner, UUID.randomUUID().toString()), 404, "NOT_FOUND");
        assertThat(api.get("/api/v1/bank/accounts", intruder.accessToken()).data().path("accounts")).isEmpty();
        assertThat(rowsOf(owner)).isEqualTo(3);
    }

    @Test
    void staff_accounts_may_not_link_banks_and_anonymous_callers_are_401() {
        Accounts.Session host = sessions.of("HOST");
        String accountId = exchange(host, publicToken()).data().path("account").path("id").asText();
        Sql.execute("UPDATE users SET role = 'ADMIN' WHERE id = ?", UUID.fromString(host.userId()));

        assertError(api.post("/api/v1/bank/link-token", Map.of(), host.accessToken()), 403, "FORBIDDEN");
        assertError(exchange(host, publicToken()), 403, "FORBIDDEN");
        assertError(api.get("/api/v1/bank/accounts", host.accessToken()), 403, "FORBIDDEN");
        assertError(delete(host, accountId), 403, "FORBIDDEN");
        assertThat(rowsOf(host)).isEqualTo(3);

        assertError(api.post("/api/v1/bank/link-token", Map.of()), 401, "UNAUTHENTICATED");
        assertError(api.get("/api/v1/bank/accounts"), 401, "UNAUTHENTICATED");
        assertError(api.post("/api/v1/bank/exchange-token", Map.of("publicToken", publicToken())), 401,
                "UNAUTHENTICATED");
    }

    @Test
    void bad_public_tokens_are_400_and_nothing_is_written() {
        Accounts.Session host = sessions.of("HOST");

        Reply missing = exchange(host, null);
        assertError(missing, 400, "VALIDATION_FAILED");
        assertThat(missing.json().path("details").get(0).path("field").asText()).isEqualTo("publicToken");
        assertError(exchange(host, "   "), 400, "VALIDATION_FAILED");
        assertError(exchange(host, "public-sandbox-<script>"), 400, "VALIDATION_FAILED");
        assertError(exchange(host, "x".repeat(500)), 400, "VALIDATION_FAILED");
        assertError(exchange(host, "public-production-abc123"), 400, "INVALID_PUBLIC_TOKEN");
        assertError(exchange(host, "public-sandbox-"), 400, "INVALID_PUBLIC_TOKEN");
        assertError(exchange(host, Map.of("nested", true)), 400, "VALIDATION_FAILED");
        assertError(api.sendRaw("POST", "/api/v1/bank/exchange-token", "{\"publicToken\":", host.accessToken(),
                Map.of()), 400, "MALFORMED_JSON");

        assertThat(rowsOf(host)).isZero();
    }

    @Test
    void the_plaid_webhook_route_needs_plaid_configured() {
        long before = Sql.count("SELECT count(*) FROM webhook_events");
        Reply r = api.sendRaw("POST", "/api/v1/bank/webhooks/plaid", "{\"webhook_type\":\"ITEM\"}", null,
                Map.of("Plaid-Verification", "x.y.z"));

        assertError(r, 503, "PROVIDER_NOT_CONFIGURED");
        assertThat(r.json().path("message").asText()).contains("BANK_LINKING=plaid");
        assertThat(Sql.count("SELECT count(*) FROM webhook_events")).isEqualTo(before);
    }

    @Test
    void an_idempotency_key_replays_the_first_answer_and_refuses_another_token() {
        Accounts.Session host = sessions.of("HOST");
        String token = publicToken();

        Reply first = exchange(host, token, "link-1");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        Reply again = exchange(host, token, "link-1");
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.data()).isEqualTo(first.data());
        assertThat(rowsOf(host)).isEqualTo(3);

        Reply reused = exchange(host, publicToken(), "link-1");
        assertError(reused, 422, "IDEMPOTENCY_KEY_REUSED");
        assertThat(rowsOf(host)).isEqualTo(3);
        assertThat(Sql.count("SELECT count(*) FROM idempotency_keys WHERE scope = 'bank.exchange-token'"
                + " AND user_id = ?", UUID.fromString(host.userId()))).isEqualTo(1);

        assertError(exchange(host, token, "x".repeat(256)), 400, "VALIDATION_FAILED");
    }

    @Test
    void keys_are_per_caller() {
        Accounts.Session host = sessions.of("HOST");
        Accounts.Session partier = sessions.of("PARTIER");

        assertThat(exchange(host, publicToken(), "shared-key").status()).isEqualTo(201);
        Reply theirs = exchange(partier, publicToken(), "shared-key");
        assertThat(theirs.status()).as(theirs.toString()).isEqualTo(201);
        assertThat(theirs.header("Idempotent-Replayed")).isNull();
        assertThat(rowsOf(partier)).isEqualTo(3);
        assertThat(rowsOf(host)).isEqualTo(3);
    }

    @Test
    void a_replay_never_exchanges_again_even_after_the_accounts_were_unlinked() {
        Accounts.Session host = sessions.of("TALENT");
        String token = publicToken();
        Reply first = exchange(host, token, "link-once");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        first.data().path("accounts").forEach(a -> assertThat(delete(host, a.path("id").asText()).status())
                .isEqualTo(200));
        assertThat(rowsOf(host)).isZero();

        assertError(exchange(host, token, "link-once"), 409, "IDEMPOTENCY_KEY_RESULT_GONE");
        assertThat(rowsOf(host)).isZero();

        Reply withoutKey = exchange(host, token);
        assertThat(withoutKey.status()).as(withoutKey.toString()).isEqualTo(201);
        assertThat(rowsOf(host)).isEqualTo(3);
    }

    @Test
    void a_key_on_an_already_linked_item_replays_the_200() {
        Accounts.Session host = sessions.of("HOST");
        String token = publicToken();
        assertThat(exchange(host, token).status()).isEqualTo(201);

        Reply repeat = exchange(host, token, "again-1");
        assertThat(repeat.status()).as(repeat.toString()).isEqualTo(200);
        Reply replay = exchange(host, token, "again-1");
        assertThat(replay.status()).as(replay.toString()).isEqualTo(200);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.data()).isEqualTo(repeat.data());
    }
}
