package io.ensemble.app.media;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.ConfigOverride;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The running service on {@code storage.type: cloudinary} with the Upload API faked by WireMock
 * (answers shaped like Cloudinary's upload and destroy results, echoing the public id sent; the SDK
 * posts both as multipart forms):
 * uploads go to a folder per purpose, public URLs point at the delivery host, chat attachments get
 * signed expiring download URLs, delete destroys every variant, and an API error is 503 with no row.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class MediaOnCloudinaryTest {
    private static final int SMTP = FreePort.find();
    private static final int API_PORT = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    @RegisterExtension
    static final WireMockExtension CLOUDINARY = WireMockExtension.newInstance()
            .options(wireMockConfig().port(API_PORT).extensions(new EchoUploadResult())).build();
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP,
            ConfigOverride.config("storage.type", "cloudinary"),
            ConfigOverride.config("storage.cloudinaryUrl", "cloudinary://123456789012345:e2e-secret@demo"),
            ConfigOverride.config("storage.apiBase", "http://127.0.0.1:" + API_PORT),
            ConfigOverride.config("storage.deliveryBase", "https://res.example.test"));

    /** Answers an upload like Cloudinary does, with the public id and type the request sent. */
    public static final class EchoUploadResult implements ResponseDefinitionTransformerV2 {
        @Override
        public ResponseDefinition transform(ServeEvent event) {
            Request r = event.getRequest();
            String publicId = r.getPart("public_id").getBody().asString();
            String type = r.getPart("type").getBody().asString();
            return okJson("""
                    {"asset_id": "b5e6d2b39ba3e0869d67141ba7dba6cf", "public_id": "%s", "version": 1763892930,
                     "signature": "0123456789abcdef0123456789abcdef01234567", "width": 300, "height": 300,
                     "format": "jpg", "resource_type": "image", "created_at": "2026-11-23T10:15:30Z", "tags": [],
                     "bytes": 1000, "type": "%s", "etag": "d8a6b0cd9d8b1ff4bd5d0cba1e1e3a2a", "placeholder": false,
                     "url": "http://res.cloudinary.com/demo/image/%s/v1763892930/%s.jpg",
                     "secure_url": "https://res.cloudinary.com/demo/image/%s/v1763892930/%s.jpg"}
                    """.formatted(publicId, type, type, publicId, type, publicId)).build();
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return "echo-upload-result";
        }
    }

    private Session session(String prefix) {
        return new Accounts(new Api(APP.getLocalPort()), new Inbox(MAIL)).verifiedSession(prefix);
    }

    private static List<String> sentPublicIds(String action) {
        return CLOUDINARY.findAll(postRequestedFor(urlEqualTo("/v1_1/demo/image/" + action))).stream()
                .map(r -> r.getPart("public_id").getBody().asString())
                .sorted().toList();
    }

    @Test
    void uploads_every_variant_into_a_folder_per_purpose_and_destroys_them_on_delete() {
        CLOUDINARY.stubFor(post("/v1_1/demo/image/upload").willReturn(aResponse()
                .withTransformers("echo-upload-result")));
        CLOUDINARY.stubFor(post("/v1_1/demo/image/destroy").willReturn(okJson("{\"result\":\"ok\"}")));
        Api api = new Api(APP.getLocalPort());
        Session s = session("cld");

        Reply avatar = api.send(new Multipart().file("profilePic", "me.jpg", "image/jpeg",
                TestImages.encode("jpg", 400, 300)).post(api.base(), "/api/v1/profile/upload-picture"), s.accessToken());
        assertThat(avatar.status()).as(avatar.toString()).isEqualTo(201);
        String id = avatar.data().path("id").asText();
        String folder = "public/avatar/" + id + "/";
        assertThat(sentPublicIds("upload")).containsExactly(folder + "display", folder + "original", folder + "thumb");
        assertThat(avatar.data().path("url").asText())
                .isEqualTo("https://res.example.test/demo/image/upload/" + folder + "display.jpg");
        assertThat(avatar.data().path("thumbnailUrl").asText())
                .isEqualTo("https://res.example.test/demo/image/upload/" + folder + "thumb.jpg");

        Reply chat = api.send(new Multipart().text("purpose", "chat_attachment")
                .file("file", "a.png", "image/png", TestImages.encode("png", 30, 30))
                .post(api.base(), "/api/v1/media/upload"), s.accessToken());
        assertThat(chat.status()).as(chat.toString()).isEqualTo(201);
        String chatId = chat.data().path("id").asText();
        assertThat(chat.data().path("url").asText())
                .startsWith("http://127.0.0.1:" + API_PORT + "/v1_1/demo/image/download?")
                .contains("type=private").contains("expires_at=").contains("signature=")
                .contains("public_id=private%2Fchat_attachment%2F" + chatId + "%2Fdisplay");

        Reply deleted = api.sendRaw("DELETE", "/api/v1/media/" + chatId, null, s.accessToken(), Map.of());
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        String chatFolder = "private/chat_attachment/" + chatId + "/";
        assertThat(sentPublicIds("destroy")).containsExactly(chatFolder + "display", chatFolder + "original",
                chatFolder + "thumb");
    }

    @Test
    void an_api_error_is_503_and_nothing_is_left_behind() {
        CLOUDINARY.stubFor(post("/v1_1/demo/image/upload").willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"General Error\"}}")));
        CLOUDINARY.stubFor(post("/v1_1/demo/image/destroy").willReturn(okJson("{\"result\":\"not found\"}")));
        Api api = new Api(APP.getLocalPort());
        Session s = session("cldfail");
        Reply r = api.send(new Multipart().file("file", "a.png", "image/png", TestImages.encode("png", 20, 20))
                .post(api.base(), "/api/v1/media/upload"), s.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(503);
        assertThat(r.code()).isEqualTo("PROVIDER_UNAVAILABLE");
        assertThat(Sql.count("SELECT count(*) FROM media WHERE owner_id = ?", UUID.fromString(s.userId()))).isZero();
        assertThat(sentPublicIds("destroy")).as("the half-written key is destroyed again").hasSize(1);
    }
}
