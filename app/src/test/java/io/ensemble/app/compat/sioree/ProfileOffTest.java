package io.ensemble.app.compat.sioree;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Reply;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With the default {@code clientProfile: none}, the Sioree dialect's paths do not exist (404) and are not in
 * the OpenAPI document, while the native API answers (DESIGN §Client profiles).
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ProfileOffTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    @Test
    void the_dialect_paths_answer_404_and_are_not_documented() {
        Api api = new Api(APP.getLocalPort());
        Reply signup = api.post("/api/auth/signup", Map.of("email", Accounts.uniqueEmail("off"),
                "password", Accounts.PASSWORD, "name", "Off", "role", "host"));
        assertThat(signup.status()).as(signup.toString()).isEqualTo(404);
        for (String path : new String[] {"/api/auth/me", "/api/messages/conversations", "/api/events",
                "/api/bank/accounts", "/api/social/accounts"}) {
            assertThat(api.get(path).status()).as(path).isEqualTo(404);
        }
        assertThat(api.post("/api/media/upload", Map.of()).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/auth/login", Map.of()).status()).isEqualTo(400);

        String doc = api.get("/openapi.json").raw();
        assertThat(doc).contains("\"/api/v1/events\"").doesNotContain("\"/api/events\"")
                .doesNotContain("\"/api/auth/signup\"").doesNotContain("SioreeError");
    }
}
