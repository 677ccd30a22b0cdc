package io.ensemble.app.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.TestImages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code GET /api/v1/proxy/image} end to end against a JDK HTTP server on 127.0.0.1 whose one port
 * the test config allows; every other loopback/internal target is refused before any connection.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ImageProxyTest {
    private static final int SMTP = FreePort.find();
    private static final byte[] PNG = TestImages.encode("png", 40, 20);
    private static final HttpServer IMAGES = startImages();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP,
            ConfigOverride.config("media.proxyAllowedLoopbackPorts", Integer.toString(port())));

    private Api api;

    private static int port() {
        return IMAGES.getAddress().getPort();
    }

    private static HttpServer startImages() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/img.png", ex -> send(ex, 200, "image/png", PNG));
            server.createContext("/lying.jpg", ex -> send(ex, 200, "image/jpeg",
                    "<html>not an image</html>".getBytes(StandardCharsets.UTF_8)));
            server.createContext("/missing", ex -> send(ex, 404, "text/plain", new byte[] {'x'}));
            server.createContext("/huge.png", ex -> send(ex, 200, "image/png", new byte[11 * 1024 * 1024]));
            server.createContext("/redirect", ex -> redirect(ex, "/img.png"));
            server.createContext("/to-metadata", ex -> redirect(ex, "http://169.254.169.254/latest/meta-data/"));
            server.createContext("/loop", ex -> redirect(ex, "/loop"));
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length);
        ex.getResponseBody().write(body);
        ex.close();
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    @AfterAll
    static void stopImages() {
        IMAGES.stop(0);
    }

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
    }

    private Reply proxy(String url) {
        return api.get("/api/v1/proxy/image?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8));
    }

    private String local(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    @Test
    void serves_an_image_from_an_allowed_server_with_its_verified_type_and_cache_headers() throws Exception {
        var r = api.client().send(HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/proxy/image?url="
                + URLEncoder.encode(local("/img.png"), StandardCharsets.UTF_8))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("public, max-age=86400");
        assertThat(r.body()).isEqualTo(PNG);
    }

    @Test
    void follows_a_redirect_and_rechecks_it() {
        assertThat(proxy(local("/redirect")).status()).isEqualTo(200);
        Reply metadata = proxy(local("/to-metadata"));
        assertThat(metadata.status()).as(metadata.toString()).isEqualTo(400);
        assertThat(metadata.code()).isEqualTo("URL_NOT_ALLOWED");
        Reply loop = proxy(local("/loop"));
        assertThat(loop.status()).as(loop.toString()).isEqualTo(502);
    }

    @Test
    void refuses_loopback_private_link_local_metadata_and_non_http_urls() {
        int other = APP.getLocalPort();
        for (String url : List.of("http://127.0.0.1:" + other + "/health", "http://localhost:" + other + "/",
                "http://[::1]:" + other + "/", "http://10.0.0.1/a.png", "http://169.254.169.254/latest/meta-data/",
                "http://192.168.1.1/", "http://[fd00::1]/", "http://0.0.0.0:" + other + "/", "file:///etc/passwd",
                "gopher://127.0.0.1:" + other + "/", "ftp://example.com/a.png", "http://user:pw@127.0.0.1/",
                "not a url", "")) {
            Reply r = proxy(url);
            assertThat(r.status()).as(url + " -> " + r).isEqualTo(400);
            assertThat(r.code()).as(url).isEqualTo("URL_NOT_ALLOWED");
        }
    }

    @Test
    void upstream_failures_are_502_and_non_images_415() {
        Reply missing = proxy(local("/missing"));
        assertThat(missing.status()).as(missing.toString()).isEqualTo(502);
        assertThat(missing.code()).isEqualTo("UPSTREAM_FAILED");
        Reply huge = proxy(local("/huge.png"));
        assertThat(huge.status()).as(huge.toString()).isEqualTo(502);
        assertThat(huge.code()).isEqualTo("UPSTREAM_TOO_LARGE");
        Reply lying = proxy(local("/lying.jpg"));
        assertThat(lying.status()).as(lying.toString()).isEqualTo(415);
        assertThat(lying.code()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
    }
}
