package io.ensemble.app.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.ContractValidator;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The response check of issue 24 §4 can fail: real answers pass, and the same answers with a field renamed,
 * retyped or dropped, or with an undocumented status, are refused with a message naming the operation, the
 * status and the JSON pointer; the same for socket payloads against /asyncapi.yaml (app/src/test/node/contract.js).
 * Also writes the document to {@code target/openapi.json}.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ContractValidatorTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);
    private static ContractValidator validator;
    private static Api api;

    @BeforeAll
    static void document() throws Exception {
        api = new Api(APP.getLocalPort());
        String json = api.get("/openapi.json").raw();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "openapi.json"), json);
        validator = ContractValidator.of(json);
    }

    @Test
    void a_real_answer_passes_and_a_renamed_field_fails_naming_operation_status_and_pointer() {
        Accounts.Session alice = new Accounts(api, new Inbox(MAIL)).verifiedSession("contract");
        Reply me = api.get("/api/v1/auth/me", alice.accessToken());
        assertThat(me.status()).isEqualTo(200);
        assertThat(validator.problems("GET", "/api/v1/auth/me", 200, "application/json", me.raw())).isEmpty();

        ObjectNode renamed = me.json().deepCopy();
        ObjectNode data = (ObjectNode) renamed.get("data");
        data.set("emailAddress", data.remove("email"));
        List<String> problems = validator.problems("GET", "/api/v1/auth/me", 200, "application/json",
                renamed.toString());
        assertThat(problems).hasSizeGreaterThanOrEqualTo(2);
        assertThat(problems.get(0)).contains("operation identity.SessionResource.me", "answered 200",
                "GET /api/v1/auth/me", "#/paths/~1api~1v1~1auth~1me/get/responses/");
        assertThat(String.join("\n", problems)).contains("/data: required property 'email' not found");
        assertThatThrownBy(() -> validator.check("GET", "/api/v1/auth/me", 200, "application/json",
                renamed.toString())).isInstanceOf(AssertionError.class).hasMessageContaining("'email'");
    }

    @Test
    void a_retyped_field_and_a_malformed_error_body_fail() {
        String login = api.post("/api/v1/auth/login", java.util.Map.of("email", "nobody@example.com",
                "password", "wrong-password-1")).raw();
        assertThat(validator.problems("POST", "/api/v1/auth/login", 401, "application/json", login)).isEmpty();
        String retyped = login.replace("\"success\":false", "\"success\":\"false\"");
        assertThat(String.join("\n", validator.problems("POST", "/api/v1/auth/login", 401, "application/json",
                retyped))).contains("answered 401", "/success: string found, boolean expected");
        assertThat(String.join("\n", validator.problems("POST", "/api/v1/auth/login", 401, "application/json",
                "{\"success\":false,\"message\":\"no code\"}"))).contains("required property 'code' not found");
        String undeclared = login.replace("INVALID_CREDENTIALS", "PASSWORD_WRONG");
        assertThat(String.join("\n", validator.problems("POST", "/api/v1/auth/login", 401, "application/json",
                undeclared))).contains("error code PASSWORD_WRONG is neither in the route's x-error-codes");
    }

    @Test
    void a_page_with_a_wrong_item_fails_at_the_items_pointer() {
        Accounts.Session bob = new Accounts(api, new Inbox(MAIL)).verifiedSession("contract-page");
        Reply chats = api.get("/api/v1/chat/conversations?limit=5", bob.accessToken());
        assertThat(chats.status()).isEqualTo(200);
        assertThat(validator.problems("GET", "/api/v1/chat/conversations?limit=5", 200, "application/json",
                chats.raw())).isEmpty();
        String drifted = "{\"success\":true,\"message\":\"Conversations\",\"data\":{\"items\":[{\"id\":7}],"
                + "\"nextCursor\":null}}";
        assertThat(String.join("\n", validator.problems("GET", "/api/v1/chat/conversations", 200,
                "application/json", drifted))).contains("/data/items/0/id: integer found",
                "/data/items/0: required property 'members' not found");
    }

    @Test
    void the_node_socket_payload_check_can_fail() {
        com.fasterxml.jackson.databind.JsonNode r = io.ensemble.app.support.NodeScript.runFile("contract-selftest.js",
                Integer.toString(APP.getLocalPort()));
        assertThat(r.path("validViolations").asInt()).as("a documented payload passes: %s", r).isZero();
        assertThat(r.path("drifted").findValuesAsText("context"))
                .containsExactly("renamed seq", "retyped seq", "undocumented");
        assertThat(r.path("drifted").toString()).contains("must have required property 'seq'", "/seq must be integer",
                "event not in /asyncapi.yaml");
    }

    @Test
    void an_unknown_route_is_left_to_the_route_test() {
        assertThat(validator.problems("GET", "/api/v1/no-such-route", 404, "application/json", "{}")).isEmpty();
        assertThat(ContractValidator.enabled()).as("the check is on in the build").isTrue();
    }
}
