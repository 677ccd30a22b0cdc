package io.ensemble.app.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
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
import io.ensemble.app.support.WsClient;
import io.ensemble.web.docs.AsyncApiDocument;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The published contract (issue 24 §1, §3, §4): every route Jersey registers is in /openapi.json, the
 * documents and docs pages answer without a token and carry the security headers.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ApiDocsTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head",
            "patch", "trace");

    private Api api() {
        return new Api(APP.getLocalPort());
    }

    private static Set<String> documented(JsonNode openApi) {
        Set<String> ops = new TreeSet<>();
        openApi.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(m -> {
            if (HTTP_METHODS.contains(m)) {
                ops.add(m.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
            }
        }));
        return ops;
    }

    @Test
    void every_route_jersey_registers_is_in_the_openapi_document() {
        Reply r = api().get("/openapi.json");
        assertThat(r.status()).isEqualTo(200);
        Set<String> registered = JerseyRoutes.of(APP.getEnvironment().jersey().getResourceConfig());
        Set<String> documented = documented(r.json());
        assertThat(registered).as("routes Jersey serves").hasSizeGreaterThan(100)
                .contains("POST /api/v1/auth/login", "GET /openapi.json", "GET /docs/{asset}");
        Set<String> missing = new TreeSet<>(registered);
        missing.removeAll(documented);
        assertThat(missing).as("registered by Jersey but missing from /openapi.json").isEmpty();
        Set<String> phantom = new TreeSet<>(documented);
        phantom.removeAll(registered);
        assertThat(phantom).as("in /openapi.json but not served").isEmpty();
    }

    @Test
    void every_json_success_answer_has_a_schema() {
        JsonNode doc = api().get("/openapi.json").json();
        Set<String> untyped = new TreeSet<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (HTTP_METHODS.contains(op.getKey())) {
                op.getValue().path("responses").fields().forEachRemaining(r -> {
                    JsonNode json = r.getValue().path("content").path("application/json");
                    if (r.getKey().startsWith("2") && !json.isMissingNode() && !json.has("schema")) {
                        untyped.add(op.getValue().path("operationId").asText() + " " + r.getKey());
                    }
                });
            }
        }));
        assertThat(untyped).as("JSON answers without a schema: return ApiResponse<T> or declare @Answers "
                + "(io.ensemble.web.http.Answers) on the method").isEmpty();
        assertThat(doc.at("/paths/~1api~1v1~1auth~1signup~1influencer/post/responses/201/content/application~1json"
                + "/schema/$ref").asText()).isEqualTo("#/components/schemas/ApiResponseSignupView");
        assertThat(doc.at("/components/schemas/ApiResponseSignupView/required").toString()).contains("success");
        assertThat(doc.at("/components/schemas/SignupRequest/properties/email/example").asText())
                .isEqualTo("john@example.com");
        assertThat(doc.at("/components/schemas/SignupRequest").has("required")).as("request fields stay optional")
                .isFalse();
        assertThat(doc.at("/components/schemas/ErrorBody/required").toString()).contains("code", "message");
    }

    /** @return the operation ids of {@code openApi} whose method carries no {@code @ErrorCodes} */
    static Set<String> withoutErrorCodes(JsonNode openApi) {
        Set<String> undeclared = new TreeSet<>();
        openApi.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (HTTP_METHODS.contains(op.getKey()) && !op.getValue().path("x-error-codes").isArray()) {
                undeclared.add(op.getValue().path("operationId").asText());
            }
        }));
        return undeclared;
    }

    @Test
    void every_operation_declares_its_error_codes() throws Exception {
        JsonNode doc = api().get("/openapi.json").json();
        assertThat(withoutErrorCodes(doc)).as("operations without @ErrorCodes (io.ensemble.web.http.ErrorCodes): "
                + "list the codes the route answers besides x-common-error-codes, or @ErrorCodes({}) for none")
                .isEmpty();
        assertThat(doc.at("/paths/~1api~1v1~1auth~1login/post/x-error-codes").toString())
                .isEqualTo("[\"EMAIL_NOT_VERIFIED\",\"INVALID_CREDENTIALS\"]");
        JsonNode me = doc.at("/paths/~1api~1v1~1auth~1me/get");
        assertThat(me.path("x-error-codes").toString()).as("declared as answering only the common codes").isEqualTo("[]");
        assertThat(me.path("description").asText()).contains("only the common error codes");
        assertThat(doc.path("x-common-error-codes").toString()).contains("\"INVALID_API_KEY\"", "\"API_KEY_SCOPE\"");
        JsonNode undeclared = new ObjectMapper().readTree(io.ensemble.web.docs.OpenApiDocument.read(
                java.util.List.of(UndeclaredResource.class), "test").json());
        assertThat(withoutErrorCodes(undeclared)).as("the check fails on a method without @ErrorCodes")
                .hasSize(1).allMatch(id -> id.endsWith("UndeclaredResource.ping"));
    }

    /** A route that does not declare its error codes (the check above must name it). */
    @jakarta.ws.rs.Path("/undeclared")
    public static final class UndeclaredResource {
        /** @return nothing */
        @jakarta.ws.rs.GET
        public String ping() {
            return "pong";
        }
    }

    @Test
    void openapi_document_carries_security_tags_and_idempotency() {
        JsonNode doc = api().get("/openapi.json").json();
        assertThat(doc.path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(doc.at("/components/securitySchemes/bearerAuth/scheme").asText()).isEqualTo("bearer");
        JsonNode accepted = doc.at("/paths/~1api~1v1~1connections~1accepted/get");
        assertThat(accepted.path("security").toString()).isEqualTo("[{\"bearerAuth\":[]}]");
        assertThat(accepted.path("tags").toString()).isEqualTo("[\"connections\"]");
        assertThat(doc.at("/paths/~1api~1v1~1auth~1login/post").has("security")).isFalse();
        JsonNode order = doc.at("/paths/~1api~1v1~1orders/post");
        assertThat(order.path("parameters").findValuesAsText("name")).contains("Idempotency-Key");
        assertThat(doc.path("tags").findValuesAsText("name"))
                .contains("identity", "connections", "messaging", "marketplace", "payments", "docs");
        assertThat(doc.findValuesAsText("operationId")).doesNotHaveDuplicates();
    }

    @Test
    void yaml_is_the_same_document() throws Exception {
        Reply yaml = api().get("/openapi.yaml");
        assertThat(yaml.status()).isEqualTo(200);
        assertThat(yaml.header("Content-Type")).startsWith("application/yaml");
        assertThat(new ObjectMapper(new YAMLFactory()).readTree(yaml.raw())).isEqualTo(api().get("/openapi.json").json());
    }

    @Test
    void documents_and_pages_need_no_token_and_carry_security_headers() {
        for (String path : new String[] {"/openapi.json", "/openapi.yaml", "/asyncapi.yaml", "/docs", "/docs/realtime",
                "/docs/swagger-ui-bundle.js", "/docs/swagger-initializer.js"}) {
            Reply r = api().get(path);
            assertThat(r.status()).as(path).isEqualTo(200);
            assertThat(r.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(r.header("X-Request-Id")).as(path).isNotBlank();
        }
    }

    @Test
    void swagger_ui_is_served_from_the_webjar_on_the_document() {
        Reply page = api().get("/docs");
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.raw()).contains("<div id=\"swagger-ui\">", "/docs/swagger-ui-bundle.js")
                .doesNotContain("https://");
        assertThat(api().get("/docs/swagger-initializer.js").raw()).contains("url: \"/openapi.json\"");
        Reply bundle = api().get("/docs/swagger-ui-bundle.js");
        assertThat(bundle.header("Content-Type")).startsWith("text/javascript");
        assertThat(bundle.raw()).contains("SwaggerUIBundle").hasSizeGreaterThan(100_000);
        assertThat(api().get("/docs/swagger-ui.css").header("Content-Type")).startsWith("text/css");
        assertThat(api().get("/docs/index.html").status()).isEqualTo(404);
        assertThat(api().get("/docs/..%2F..%2Fpom.properties").status()).isIn(400, 404);
    }

    @Test
    void every_client_event_of_the_asyncapi_document_is_accepted_on_ws() {
        Accounts.Session s = new Accounts(api(), new Inbox(MAIL)).verifiedSession("asyncapi");
        try (WsClient ws = WsClient.connected(APP.getLocalPort(), s.accessToken())) {
            for (String event : AsyncApiDocument.load().clientEvents()) {
                if (event.equals("auth")) {
                    continue; // only as the first frame of a socket opened without ?token=
                }
                JsonNode ack = ws.request(event, java.util.Map.of());
                assertThat(ack.path("code").asText()).as(event + " → " + ack).isNotEqualTo("UNKNOWN_EVENT");
            }
            assertThat(ws.request("not_in_the_document", java.util.Map.of()).path("code").asText())
                    .isEqualTo("UNKNOWN_EVENT");
        }
    }

    @Test
    void realtime_page_lists_every_event_of_the_asyncapi_document() throws Exception {
        Reply yaml = api().get("/asyncapi.yaml");
        assertThat(yaml.header("Content-Type")).startsWith("application/yaml");
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(yaml.raw());
        assertThat(doc.path("asyncapi").asText()).isEqualTo("3.0.0");
        Reply page = api().get("/docs/realtime");
        assertThat(page.header("Content-Type")).startsWith("text/html");
        doc.at("/components/messages").forEach(m ->
                assertThat(page.raw()).as("event " + m.path("name").asText())
                        .contains("<code>" + m.path("name").asText() + "</code>"));
        assertThat(page.raw()).contains("client → server", "server → client", "conversation:{conversationId}");
    }
}
