package io.ensemble.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * End-to-end, issue 29 §2: an admin port bound to every interface starts only with {@code ADMIN_TOKEN}, and
 * then every admin route requires it as a bearer token.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AdminTokenTest {
    private static final String TOKEN = "test-admin-token-" + java.util.UUID.randomUUID();
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP,
            ConfigOverride.config("server.adminConnectors[0].bindHost", "0.0.0.0"),
            ConfigOverride.config("adminPort.token", TOKEN));
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String path, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + APP.getAdminPort() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void every_admin_route_requires_the_bearer_token() throws Exception {
        for (String path : List.of("/healthcheck", "/metrics", "/metrics/prometheus", "/threads", "/pprof", "/ping",
                "/tasks/runs")) {
            HttpResponse<String> none = send("GET", path, null);
            assertThat(none.statusCode()).as(path).isEqualTo(401);
            assertThat(JSON.readTree(none.body()).path("code").asText()).isEqualTo("UNAUTHENTICATED");
            assertThat(send("GET", path, "Bearer wrong-" + TOKEN).statusCode()).as(path).isEqualTo(401);
            assertThat(send("GET", path, "Basic " + TOKEN).statusCode()).as(path).isEqualTo(401);
        }
        assertThat(send("POST", "/tasks/media-cleanup", null).statusCode()).isEqualTo(401);
        assertThat(send("POST", "/tasks/gc", "Bearer nope").statusCode()).isEqualTo(401);
    }

    @Test
    void with_the_token_admin_routes_answer_and_diagnostics_are_on() throws Exception {
        String bearer = "Bearer " + TOKEN;
        assertThat(send("GET", "/healthcheck", bearer).statusCode()).isEqualTo(200);
        assertThat(APP.getConfiguration().getServerFactory()).extracting("adminConnectors").asList()
                .singleElement().extracting("bindHost").isEqualTo("0.0.0.0");
        assertThat(send("GET", "/threads", bearer).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/tasks/runs", bearer).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/metrics/prometheus", bearer).body()).contains("jvm_");
        assertThat(send("POST", "/tasks/media-cleanup", bearer).statusCode()).isEqualTo(202);
        assertThat(send("POST", "/tasks/log-level?logger=ROOT&level=TRACE", bearer).statusCode()).isEqualTo(404);
    }
}
