package io.ensemble.app.media;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The running service on {@code storage.type: s3} against S3Proxy (an S3-compatible server in this
 * JVM, fresh for each test): real multipart uploads land in the bucket, public variants are served
 * through {@code /media/...}, chat attachments get presigned S3 URLs, delete empties the bucket, and
 * a failing store (missing bucket) is 503 with no row written.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class MediaOnS3Test {
    private static final int SMTP = FreePort.find();
    private static final int S3_PORT = FreePort.find();
    private static final String BUCKET = "ensemble-e2e";
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.builder().withPort(S3_PORT)
            .withCredentials("AKIDE2E", "e2e-secret-key").build();
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP,
            ConfigOverride.config("storage.type", "s3"),
            ConfigOverride.config("storage.bucket", BUCKET),
            ConfigOverride.config("storage.endpoint", "http://127.0.0.1:" + S3_PORT),
            ConfigOverride.config("storage.accessKeyId", "AKIDE2E"),
            ConfigOverride.config("storage.secretAccessKey", "e2e-secret-key"),
            ConfigOverride.config("storage.pathStyle", "true"));

    private S3Client admin() {
        return S3Client.builder().region(Region.US_EAST_1).endpointOverride(S3.getUri()).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(S3.getAccessKey(), S3.getSecretKey()))).build();
    }

    private List<String> keys(S3Client admin, String mediaId) {
        return admin.listObjectsV2(b -> b.bucket(BUCKET)).contents().stream().map(S3Object::key)
                .filter(k -> k.contains(mediaId)).sorted().toList();
    }

    private Session session(String prefix) {
        return new Accounts(new Api(APP.getLocalPort()), new Inbox(MAIL)).verifiedSession(prefix);
    }

    private static HttpResponse<byte[]> fetch(Api api, String url) throws Exception {
        URI uri = URI.create(url.startsWith("http") ? url : api.base() + url);
        return api.client().send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void avatars_and_chat_attachments_round_trip_through_the_bucket() throws Exception {
        Api api = new Api(APP.getLocalPort());
        try (S3Client admin = admin()) {
            admin.createBucket(b -> b.bucket(BUCKET));
            Session s = session("s3");

            Reply avatar = api.send(new Multipart().file("profilePic", "me.jpg", "image/jpeg",
                    TestImages.jpegWithExif(400, 300)).post(api.base(), "/api/v1/profile/upload-picture"),
                    s.accessToken());
            assertThat(avatar.status()).as(avatar.toString()).isEqualTo(201);
            String avatarId = avatar.data().path("id").asText();
            assertThat(keys(admin, avatarId)).containsExactly("public/avatar/" + avatarId + "/display.jpg",
                    "public/avatar/" + avatarId + "/original.jpg", "public/avatar/" + avatarId + "/thumb.jpg");
            String url = avatar.data().path("url").asText();
            assertThat(url).isEqualTo("/media/public/avatar/" + avatarId + "/display.jpg");
            HttpResponse<byte[]> served = fetch(api, url);
            assertThat(served.statusCode()).isEqualTo(200);
            assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");
            assertThat(TestImages.contains(served.body(), "Exif")).isFalse();
            assertThat(api.get("/api/v1/profile/me", s.accessToken()).data().path("avatarUrl").asText())
                    .isEqualTo(url);

            Reply chat = api.send(new Multipart().text("purpose", "chat_attachment")
                    .file("file", "a.png", "image/png", TestImages.encode("png", 50, 40))
                    .post(api.base(), "/api/v1/media/upload"), s.accessToken());
            assertThat(chat.status()).as(chat.toString()).isEqualTo(201);
            String chatId = chat.data().path("id").asText();
            String presigned = chat.data().path("url").asText();
            assertThat(presigned).startsWith("http://127.0.0.1:" + S3_PORT + "/" + BUCKET + "/private/chat_attachment/"
                    + chatId + "/").contains("X-Amz-Signature=");
            HttpResponse<byte[]> direct = fetch(api, presigned);
            assertThat(direct.statusCode()).isEqualTo(200);
            assertThat(direct.headers().firstValue("Content-Type")).hasValue("image/png");
            assertThat(fetch(api, presigned.substring(0, presigned.indexOf('?'))).statusCode()).isEqualTo(403);

            Reply deleted = api.sendRaw("DELETE", "/api/v1/media/" + chatId, null, s.accessToken(), java.util.Map.of());
            assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
            assertThat(keys(admin, chatId)).isEmpty();
            assertThat(Sql.count("SELECT count(*) FROM media WHERE id = ?", UUID.fromString(chatId))).isZero();
        }
    }

    @Test
    void a_failing_store_is_503_and_writes_no_row() {
        Api api = new Api(APP.getLocalPort());
        Session s = session("s3down"); // no bucket created: every PutObject fails with NoSuchBucket
        Reply r = api.send(new Multipart().file("file", "a.png", "image/png", TestImages.encode("png", 20, 20))
                .post(api.base(), "/api/v1/media/upload"), s.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(503);
        assertThat(r.code()).isEqualTo("PROVIDER_UNAVAILABLE");
        assertThat(Sql.count("SELECT count(*) FROM media WHERE owner_id = ?", UUID.fromString(s.userId()))).isZero();
    }
}
