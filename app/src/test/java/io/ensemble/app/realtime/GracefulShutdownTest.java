package io.ensemble.app.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.NodeScript;
import io.ensemble.app.support.WsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Graceful shutdown (DESIGN §Operability, issue 4 §3): when the server stops, a {@code /ws} client
 * gets {@code server_restart {reason, reconnect: true}} then close code 1012 (Service Restart), and
 * a stock socket.io-client gets {@code server_restart} then a transport close, the disconnect
 * reason after which it reconnects by itself (not {@code io server disconnect}, after which it
 * would not). The app is started and stopped by the test itself.
 */
class GracefulShutdownTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);

    @Test
    void stopping_the_server_tells_ws_and_socket_io_clients_to_reconnect() throws Exception {
        DropwizardAppExtension<EnsembleConfiguration> app = EnsembleTestApp.app(SMTP);
        app.before();
        WsClient ws;
        NodeScript.Running sio;
        try {
            Accounts.Session alice = new Accounts(new Api(app.getLocalPort()), new Inbox(MAIL))
                    .verifiedSession("shutdown-alice");
            ws = WsClient.connected(app.getLocalPort(), alice.accessToken());
            sio = NodeScript.start("lifecycle.js", "shutdown", Integer.toString(app.getLocalPort()),
                    alice.accessToken());
            sio.awaitLine("READY");
            assertThat(ws.isOpen()).isTrue();
        } finally {
            app.after();
        }

        JsonNode hint = ws.await("server_restart", f -> true);
        assertThat(hint.path("data").path("reconnect").asBoolean()).isTrue();
        assertThat(hint.path("data").path("reason").asText()).isEqualTo("server restarting; reconnect");
        assertThat(ws.awaitClose()).as("close code Service Restart").isEqualTo(1012);

        JsonNode r = sio.result();
        assertThat(r.path("restart").path("reconnect").asBoolean()).as(r.toPrettyString()).isTrue();
        assertThat(r.path("disconnect").asText()).as(r.toPrettyString()).isEqualTo("transport close");
    }
}
