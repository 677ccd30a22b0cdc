package io.ensemble.app.externalchat;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.marketplace.Market;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.RoleSessions;
import io.ensemble.app.support.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 23 §4 with Stream off (the default, no keys): the token route answers 503 naming the variables to
 * set, orders work natively and nothing is queued for Stream.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class StreamChatOffTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    @Test
    void without_keys_the_token_route_is_503_naming_them_and_orders_queue_nothing() {
        Api api = new Api(APP.getLocalPort());
        Market market = new Market(api, new RoleSessions(api, new Inbox(MAIL)));
        Accounts.Session creator = market.creator();
        Reply r = api.get("/api/v1/chat/stream-token", creator.accessToken());
        Market.assertError(r, 503, "PROVIDER_NOT_CONFIGURED");
        assertThat(r.raw()).contains("STREAMCHAT_API_KEY").contains("STREAMCHAT_API_SECRET");

        String orderId = market.order(market.brand(), market.createPackage(creator, 900, "USD", 0));
        assertThat(api.get("/api/v1/orders/" + orderId, creator.accessToken()).status()).isEqualTo(200);
        assertThat(Sql.count("SELECT count(*) FROM chat_sync_tasks")).isZero();
    }
}
