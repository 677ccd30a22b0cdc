package io.ensemble.app.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Accounts.Session;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Multipart;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.Sql;
import io.ensemble.app.support.TestImages;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 7 §2 "members (and only members) can fetch the attachments": a private chat attachment
 * sent in a message is readable by every member of that conversation ({@code GET /api/v1/media/{id}}
 * with fresh signed links, and {@code /media/<key>} with their bearer token); non-members, ids
 * listed by someone who does not own them, and deleted messages give 404.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ChatAttachmentAccessTest {
    private static final int SMTP = FreePort.find();
    private static final String CHAT = "/api/v1/chat";
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    private Api api;
    private Session alice;
    private Session bob;
    private Session carol;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        Accounts accounts = new Accounts(api, new Inbox(MAIL));
        alice = accounts.verifiedSession("alice");
        bob = accounts.verifiedSession("bob");
        carol = accounts.verifiedSession("carol");
    }

    private Reply uploadAttachment(Session s) {
        Reply r = api.send(new Multipart().text("purpose", "chat_attachment")
                .file("file", "photo.png", "image/png", TestImages.encode("png", 40, 30))
                .post(api.base(), "/api/v1/media/upload"), s.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r;
    }

    private String direct(Session from, Session to) {
        Reply r = api.get(CHAT + "/conversations/" + to.userId(), from.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data().path("id").asText();
    }

    private String sendWith(Session from, String conversationId, String mediaId) {
        Reply r = api.post(CHAT + "/conversations/" + conversationId + "/messages",
                Map.of("type", "image", "content", "look", "attachments", List.of(mediaId)), from.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.data().path("id").asText();
    }

    private int fetch(String url, String token) throws Exception {
        var b = HttpRequest.newBuilder(URI.create(api.base() + url)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return api.client().send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String bare(String signedUrl) {
        return signedUrl.substring(0, signedUrl.indexOf('?'));
    }

    @Test
    void every_member_reads_an_attachment_sent_in_their_conversation_and_nobody_else_does() throws Exception {
        String mediaId = uploadAttachment(alice).data().path("id").asText();
        Reply before = api.get("/api/v1/media/" + mediaId, bob.accessToken());
        assertThat(before.status()).as("not sent yet: " + before).isEqualTo(404);

        sendWith(alice, direct(alice, bob), mediaId);

        Reply forBob = api.get("/api/v1/media/" + mediaId, bob.accessToken());
        assertThat(forBob.status()).as(forBob.toString()).isEqualTo(200);
        String signed = forBob.data().path("url").asText();
        assertThat(signed).startsWith("/media/private/chat_attachment/" + mediaId).contains("sig=");
        assertThat(fetch(signed, null)).isEqualTo(200);
        assertThat(fetch(bare(signed), bob.accessToken())).isEqualTo(200);
        assertThat(fetch(bare(forBob.data().path("thumbnailUrl").asText()), bob.accessToken())).isEqualTo(200);
        assertThat(api.get("/api/v1/media/" + mediaId, alice.accessToken()).status()).isEqualTo(200);

        Reply forCarol = api.get("/api/v1/media/" + mediaId, carol.accessToken());
        assertThat(forCarol.status()).as(forCarol.toString()).isEqualTo(404);
        assertThat(forCarol.code()).isEqualTo("NOT_FOUND");
        assertThat(fetch(bare(signed), carol.accessToken())).isEqualTo(404);
        assertThat(fetch(bare(signed), null)).isEqualTo(404);
    }

    @Test
    void listing_someone_elses_media_id_grants_nothing() throws Exception {
        Reply carols = uploadAttachment(carol);
        String carolsId = carols.data().path("id").asText();
        sendWith(alice, direct(alice, bob), carolsId);

        assertThat(api.get("/api/v1/media/" + carolsId, bob.accessToken()).status()).isEqualTo(404);
        assertThat(fetch(bare(carols.data().path("url").asText()), bob.accessToken())).isEqualTo(404);
        assertThat(api.get("/api/v1/media/" + carolsId, alice.accessToken()).status()).isEqualTo(404);
    }

    @Test
    void deleting_the_message_revokes_member_access_but_not_the_owners() {
        String mediaId = uploadAttachment(alice).data().path("id").asText();
        String messageId = sendWith(alice, direct(alice, bob), mediaId);
        assertThat(api.get("/api/v1/media/" + mediaId, bob.accessToken()).status()).isEqualTo(200);

        Reply deleted = api.sendRaw("DELETE", CHAT + "/messages/" + messageId, null, alice.accessToken(), Map.of());
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);

        assertThat(api.get("/api/v1/media/" + mediaId, bob.accessToken()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/media/" + mediaId, alice.accessToken()).status()).isEqualTo(200);
    }

    @Test
    void bad_ids_are_404_and_no_token_is_401() {
        assertThat(api.get("/api/v1/media/not-a-uuid", alice.accessToken()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/media/" + UUID.randomUUID(), alice.accessToken()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/media/" + UUID.randomUUID()).status()).isEqualTo(401);
    }

    @Test
    void the_daily_cleanup_keeps_attachments_that_a_message_lists() throws Exception {
        String sent = uploadAttachment(alice).data().path("id").asText();
        String unsent = uploadAttachment(alice).data().path("id").asText();
        sendWith(alice, direct(alice, bob), sent);
        Sql.execute("UPDATE media SET created_at = now() - interval '25 hours' WHERE id IN (?, ?)",
                UUID.fromString(sent), UUID.fromString(unsent));

        String task = io.ensemble.app.support.AdminTasks.run(api.client(), APP.getAdminPort(), "media-cleanup");
        assertThat(task).startsWith("succeeded: ");
        assertThat(Sql.count("SELECT count(*) FROM media WHERE id = ?", UUID.fromString(sent))).isEqualTo(1);
        assertThat(Sql.count("SELECT count(*) FROM media WHERE id = ?", UUID.fromString(unsent))).isZero();
        assertThat(api.get("/api/v1/media/" + sent, bob.accessToken()).status()).isEqualTo(200);
    }
}
