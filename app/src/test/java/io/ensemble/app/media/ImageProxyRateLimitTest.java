package io.ensemble.app.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 7 §3 "rate limited per IP": with {@code media.proxyRatePerMinute: 3}, the fourth proxy
 * request from one IP within a minute is 429 {@code RATE_LIMITED} with {@code Retry-After}, and is
 * refused before anything is fetched (the upstream server counts its hits).
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ImageProxyRateLimitTest {
    private static final int SMTP = FreePort.find();
    private static final AtomicInteger HITS = new AtomicInteger();
    private static final HttpServer IMAGES = startImages();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP,
            ConfigOverride.config("media.proxyAllowedLoopbackPorts", Integer.toString(IMAGES.getAddress().getPort())),
            ConfigOverride.config("media.proxyRatePerMinute", "3"));

    private static HttpServer startImages() {
        try {
            byte[] png = TestImages.encode("png", 10, 10);
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/img.png", ex -> {
                HITS.incrementAndGet();
                ex.getResponseHeaders().set("Content-Type", "image/png");
                ex.sendResponseHeaders(200, png.length);
                ex.getResponseBody().write(png);
                ex.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stopImages() {
        IMAGES.stop(0);
    }

    @Test
    void the_fourth_request_in_a_minute_from_one_ip_is_429_and_fetches_nothing() {
        Api api = new Api(APP.getLocalPort());
        String url = "/api/v1/proxy/image?url=" + URLEncoder.encode(
                "http://127.0.0.1:" + IMAGES.getAddress().getPort() + "/img.png", StandardCharsets.UTF_8);
        assertThat(api.get(url).status()).isEqualTo(200);
        assertThat(api.get(url).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/proxy/image?url=file%3A%2F%2F%2Fetc%2Fpasswd").status())
                .as("refused URLs count too").isEqualTo(400);
        assertThat(HITS.get()).isEqualTo(2);

        Reply limited = api.get(url);
        assertThat(limited.status()).as(limited.toString()).isEqualTo(429);
        assertThat(limited.code()).isEqualTo("RATE_LIMITED");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(HITS.get()).as("no upstream fetch once limited").isEqualTo(2);
    }
}
