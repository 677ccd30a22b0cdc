package io.ensemble.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Reply;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 28 §5: the image proxy refuses numeric hosts that are not canonical dotted-decimal (octal,
 * hex, shortened, single integer), which browsers and curl read as 127.0.0.1 while Java read
 * {@code 0177.0.0.1} as the public 177.0.0.1: 400 {@code URL_NOT_ALLOWED}, before any connection.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ImageProxyNumericHostTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
    }

    @Test
    void octal_hex_shortened_and_integer_hosts_are_refused_as_not_allowed() {
        for (String host : new String[] {"0177.0.0.1", "0x7f.0.0.1", "127.1", "2130706433", "0x7f000001",
                "010.0.0.1", "127.000.000.001"}) {
            String url = "http://" + host + "/a.png";
            Reply r = api.get("/api/v1/proxy/image?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8));

            assertThat(r.status()).as(url + " -> " + r).isEqualTo(400);
            assertThat(r.code()).as(url).isEqualTo("URL_NOT_ALLOWED");
            assertThat(r.json().path("message").asText()).as(url).contains("four decimal numbers");
        }
    }
}
