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
import io.ensemble.app.support.RawHttpConnection;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.Sql;
import io.ensemble.app.support.TestImages;
import io.ensemble.web.http.UnreadBodyFilter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Upload routes of issue 7 §1 end to end over HTTP, on the local storage adapter. */
@ExtendWith(DropwizardExtensionsSupport.class)
class MediaUploadTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP,
            ConfigOverride.config("media.maxRequestSize", "8MiB"));

    private Api api;
    private Accounts accounts;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        accounts = new Accounts(api, new Inbox(MAIL));
    }

    private Reply upload(Session s, String path, Multipart body) {
        return api.send(body.post(api.base(), path), s.accessToken());
    }

    private Reply uploadOne(Session s, String field, String name, String type, byte[] bytes) {
        return upload(s, "/api/v1/media/upload", new Multipart().file(field, name, type, bytes));
    }

    private HttpResponse<byte[]> fetch(String url, String token) throws IOException, InterruptedException {
        var b = HttpRequest.newBuilder(URI.create(url.startsWith("http") ? url : api.base() + url)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return api.client().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Path mediaRoot() {
        return APP.getConfiguration().dataDirectory().resolve("media");
    }

    private static List<Path> storedFiles(String mediaId) throws IOException {
        if (!Files.exists(mediaRoot())) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(mediaRoot())) {
            return s.filter(Files::isRegularFile).filter(p -> p.toString().contains(mediaId)).toList();
        }
    }

    private static long mediaRows(String ownerId) {
        return Sql.count("SELECT count(*) FROM media WHERE owner_id = ?", UUID.fromString(ownerId));
    }

    private static long allStoredFiles() throws IOException {
        if (!Files.exists(mediaRoot())) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(mediaRoot())) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void uploads_a_jpeg_with_thumbnail_and_display_variants_served_with_cache_headers() throws Exception {
        Session s = accounts.verifiedSession("up");
        Reply r = uploadOne(s, "file", "photo.jpg", "image/jpeg", TestImages.encode("jpg", 1600, 1200));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        var d = r.data();
        assertThat(d.path("id").asText()).isNotBlank();
        assertThat(d.path("contentType").asText()).isEqualTo("image/jpeg");
        assertThat(d.path("width").asInt()).isEqualTo(1600);
        assertThat(d.path("height").asInt()).isEqualTo(1200);
        assertThat(d.path("bytes").asLong()).isPositive();
        assertThat(d.path("url").asText()).startsWith("/media/public/general/");

        var display = fetch(d.path("url").asText(), null);
        assertThat(display.statusCode()).isEqualTo(200);
        assertThat(display.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(display.headers().firstValue("Cache-Control").orElse("")).contains("max-age=31536000");
        String etag = display.headers().firstValue("ETag").orElseThrow();
        var img = ImageIO.read(new ByteArrayInputStream(display.body()));
        assertThat(Math.max(img.getWidth(), img.getHeight())).isEqualTo(1080);

        var thumb = ImageIO.read(new ByteArrayInputStream(fetch(d.path("thumbnailUrl").asText(), null).body()));
        assertThat(thumb.getWidth()).isLessThanOrEqualTo(300);
        assertThat(thumb.getHeight()).isLessThanOrEqualTo(300);

        var again = api.client().send(HttpRequest.newBuilder(URI.create(api.base() + d.path("url").asText()))
                .header("If-None-Match", etag).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(mediaRows(s.userId())).isEqualTo(1);
    }

    /** An upload over UnreadBodyFilter's drain limit that the route read whole keeps the connection open. */
    @Test
    void a_large_upload_read_to_the_end_keeps_the_connection_alive() throws Exception {
        Session s = accounts.verifiedSession("up");
        var noise = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
        var random = new Random(7);
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 300; x++) {
                noise.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        var png = new ByteArrayOutputStream();
        ImageIO.write(noise, "png", png);
        assertThat(png.size()).isGreaterThan(UnreadBodyFilter.DRAIN_LIMIT_BYTES);

        Reply r = uploadOne(s, "file", "noise.png", "image/png", png.toByteArray());

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.header("Connection")).isNull();
    }

    @Test
    void applies_exif_orientation_and_strips_exif_and_gps_from_every_stored_file() throws Exception {
        Session s = accounts.verifiedSession("exif");
        byte[] source = TestImages.jpegWithExif(400, 200);
        assertThat(TestImages.contains(source, "SECRETCAM")).isTrue();
        Reply r = uploadOne(s, "file", "rotated.jpg", "image/jpeg", source);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.data().path("width").asInt()).isEqualTo(200);
        assertThat(r.data().path("height").asInt()).isEqualTo(400);

        List<Path> files = storedFiles(r.data().path("id").asText()).stream()
                .filter(p -> !p.toString().endsWith(".type")).toList();
        assertThat(files).hasSize(3);
        for (Path f : files) {
            byte[] stored = Files.readAllBytes(f);
            assertThat(TestImages.contains(stored, "Exif")).as(f.toString()).isFalse();
            assertThat(TestImages.contains(stored, "SECRETCAM")).as(f.toString()).isFalse();
        }
    }

    @Test
    void a_webp_gets_variants_and_loses_its_exif_and_xmp_chunks() throws Exception {
        Session s = accounts.verifiedSession("webp");
        byte[] source = webpWithMetadata();
        Reply r = uploadOne(s, "file", "photo.jpg", "image/jpeg", source);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.data().path("contentType").asText()).isEqualTo("image/webp");
        assertThat(r.data().path("width").asInt()).isEqualTo(1);
        String id = r.data().path("id").asText();
        List<Path> files = storedFiles(id).stream().filter(p -> !p.toString().endsWith(".type")).toList();
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("original.webp", "thumb.png", "display.png");
        for (Path f : files) {
            byte[] stored = Files.readAllBytes(f);
            assertThat(TestImages.contains(stored, "SECRETCAM")).as(f.toString()).isFalse();
            assertThat(TestImages.contains(stored, "GPS")).as(f.toString()).isFalse();
        }
        assertThat(fetch(r.data().path("url").asText(), null).statusCode()).isEqualTo(200);
    }

    /** A 1×1 lossless WebP in the extended layout (VP8X) with EXIF and XMP chunks (WebP Container Spec). */
    private static byte[] webpWithMetadata() throws IOException {
        byte[] simple = java.util.Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
        var body = new java.io.ByteArrayOutputStream();
        body.write("WEBP".getBytes(StandardCharsets.US_ASCII));
        body.write(webpChunk("VP8X", new byte[] {0x0c, 0, 0, 0, 0, 0, 0, 0, 0, 0}));
        body.write(simple, 12, simple.length - 12);
        body.write(webpChunk("EXIF", "Exif\0\0SECRETCAM GPSLatitude=51.5".getBytes(StandardCharsets.US_ASCII)));
        body.write(webpChunk("XMP ", "<x:xmpmeta>SECRETCAM</x:xmpmeta>".getBytes(StandardCharsets.US_ASCII)));
        var file = new java.io.ByteArrayOutputStream();
        file.write("RIFF".getBytes(StandardCharsets.US_ASCII));
        file.write(le32(body.size()));
        body.writeTo(file);
        return file.toByteArray();
    }

    private static byte[] webpChunk(String fourcc, byte[] payload) throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        out.write(fourcc.getBytes(StandardCharsets.US_ASCII));
        out.write(le32(payload.length));
        out.write(payload);
        if (payload.length % 2 == 1) {
            out.write(0);
        }
        return out.toByteArray();
    }

    private static byte[] le32(int v) {
        return new byte[] {(byte) v, (byte) (v >>> 8), (byte) (v >>> 16), (byte) (v >>> 24)};
    }

    @Test
    void upload_multiple_stores_every_png_and_refuses_eleven_files() throws Exception {
        Session s = accounts.verifiedSession("multi");
        Reply ok = upload(s, "/api/v1/media/upload-multiple", new Multipart()
                .file("files", "a.png", "image/png", TestImages.encode("png", 64, 32))
                .file("files", "b.png", "image/png", TestImages.encode("png", 10, 10)));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(201);
        assertThat(ok.data().path("items")).hasSize(2);
        assertThat(ok.data().path("items").get(0).path("contentType").asText()).isEqualTo("image/png");
        assertThat(ok.data().path("items").get(0).path("width").asInt()).isEqualTo(64);

        Multipart eleven = new Multipart();
        for (int i = 0; i < 11; i++) {
            eleven.file("files", i + ".png", "image/png", TestImages.encode("png", 4, 4));
        }
        Reply tooMany = upload(s, "/api/v1/media/upload-multiple", eleven);
        assertThat(tooMany.status()).as(tooMany.toString()).isEqualTo(400);
        assertThat(tooMany.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(mediaRows(s.userId())).isEqualTo(2);
    }

    @Test
    void upload_multiple_is_all_or_nothing_when_one_file_is_refused() throws Exception {
        Session s = accounts.verifiedSession("atomic");
        long filesBefore = allStoredFiles();
        Reply r = upload(s, "/api/v1/media/upload-multiple", new Multipart()
                .file("files", "a.png", "image/png", TestImages.encode("png", 8, 8))
                .file("files", "b.jpg", "image/jpeg", "not an image".getBytes(StandardCharsets.UTF_8)));
        assertThat(r.status()).as(r.toString()).isEqualTo(415);
        assertThat(mediaRows(s.userId())).isZero();
        assertThat(allStoredFiles()).isEqualTo(filesBefore);
    }

    @Test
    void a_text_file_named_jpg_is_415_and_nothing_is_written() throws Exception {
        Session s = accounts.verifiedSession("spoof");
        long filesBefore = allStoredFiles();
        Reply r = uploadOne(s, "file", "evil.jpg", "image/jpeg",
                "#!/bin/sh\necho this is a script\n".getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.toString()).isEqualTo(415);
        assertThat(r.code()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(mediaRows(s.userId())).isZero();
        assertThat(allStoredFiles()).isEqualTo(filesBefore);
    }

    @Test
    void over_the_image_byte_limit_or_the_request_cap_is_413_and_nothing_is_written() throws Exception {
        Session s = accounts.verifiedSession("big");
        long filesBefore = allStoredFiles();
        byte[] jpeg = TestImages.encode("jpg", 16, 16);
        byte[] big = new byte[6 * 1024 * 1024];
        System.arraycopy(jpeg, 0, big, 0, jpeg.length);
        Reply overImage = uploadOne(s, "file", "big.jpg", "image/jpeg", big);
        assertThat(overImage.status()).as(overImage.toString()).isEqualTo(413);
        assertThat(overImage.code()).isEqualTo("PAYLOAD_TOO_LARGE");

        // Only the headers are sent: a declared Content-Length over the cap is refused before any body byte.
        assertThat(statusForHeadersOnly(s, 9L * 1024 * 1024)).startsWith("HTTP/1.1 413");
        assertThat(mediaRows(s.userId())).isZero();
        assertThat(allStoredFiles()).isEqualTo(filesBefore);
    }

    private static String statusForHeadersOnly(Session s, long contentLength) throws IOException {
        try (var http = new RawHttpConnection(APP.getLocalPort())) {
            http.write("POST /api/v1/media/upload HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                    + s.accessToken() + "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: "
                    + contentLength + "\r\n\r\n");
            return http.read().statusLine();
        }
    }

    @Test
    void a_pixel_bomb_is_413_before_decoding() {
        Session s = accounts.verifiedSession("bomb");
        Reply r = uploadOne(s, "file", "bomb.png", "image/png", TestImages.pngDeclaring(100_000, 100_000));
        assertThat(r.status()).as(r.toString()).isEqualTo(413);
        assertThat(mediaRows(s.userId())).isZero();
    }

    @Test
    void missing_or_empty_file_is_400_and_no_token_is_401() {
        Session s = accounts.verifiedSession("missing");
        Reply missing = upload(s, "/api/v1/media/upload", new Multipart().text("purpose", "event"));
        assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
        assertThat(missing.json().path("details").get(0).path("field").asText()).isEqualTo("file");

        Reply wrongName = uploadOne(s, "picture", "a.png", "image/png", TestImages.encode("png", 4, 4));
        assertThat(wrongName.status()).as(wrongName.toString()).isEqualTo(400);

        Reply empty = uploadOne(s, "file", "a.png", "image/png", new byte[0]);
        assertThat(empty.status()).as(empty.toString()).isEqualTo(400);

        Reply anonymous = api.send(new Multipart().file("file", "a.png", "image/png", TestImages.encode("png", 4, 4))
                .post(api.base(), "/api/v1/media/upload"), null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(mediaRows(s.userId())).isZero();
    }

    @Test
    void delete_is_owner_only_and_removes_row_and_files() throws Exception {
        Session owner = accounts.verifiedSession("owner");
        Session other = accounts.verifiedSession("other");
        Reply r = uploadOne(owner, "file", "a.png", "image/png", TestImages.encode("png", 20, 20));
        String id = r.data().path("id").asText();
        assertThat(storedFiles(id)).isNotEmpty();

        Reply foreign = api.sendRaw("DELETE", "/api/v1/media/" + id, null, other.accessToken(), Map.of());
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(404);
        assertThat(mediaRows(owner.userId())).isEqualTo(1);

        Reply deleted = api.sendRaw("DELETE", "/api/v1/media/" + id, null, owner.accessToken(), Map.of());
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        assertThat(mediaRows(owner.userId())).isZero();
        assertThat(storedFiles(id)).isEmpty();
        assertThat(fetch(r.data().path("url").asText(), null).statusCode()).isEqualTo(404);
    }

    @Test
    void chat_attachments_are_served_only_with_a_valid_signature_or_to_the_owner() throws Exception {
        Session owner = accounts.verifiedSession("chat");
        Session other = accounts.verifiedSession("snoop");
        Reply r = upload(owner, "/api/v1/media/upload", new Multipart().text("purpose", "chat_attachment")
                .file("file", "a.png", "image/png", TestImages.encode("png", 30, 30)));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        String signed = r.data().path("url").asText();
        assertThat(signed).startsWith("/media/private/chat_attachment/").contains("expires=").contains("sig=");

        var ok = fetch(signed, null);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("Cache-Control")).hasValue("private, no-store");

        String bare = signed.substring(0, signed.indexOf('?'));
        assertThat(fetch(bare, null).statusCode()).isEqualTo(404);
        assertThat(fetch(bare, other.accessToken()).statusCode()).isEqualTo(404);
        assertThat(fetch(bare, owner.accessToken()).statusCode()).isEqualTo(200);
        int sig = signed.indexOf("sig=") + "sig=".length();
        char flipped = signed.charAt(sig) == 'A' ? 'B' : 'A';
        String tampered = signed.substring(0, sig) + flipped + signed.substring(sig + 1);
        assertThat(fetch(tampered, null).statusCode()).isEqualTo(404);
        String expired = signed.replaceAll("expires=\\d+", "expires=1000");
        assertThat(fetch(expired, null).statusCode()).isEqualTo(404);
        assertThat(fetch("/media/public/../../secrets/jwt.key", null).statusCode()).isEqualTo(404);
    }

    @Test
    void upload_picture_sets_the_avatar_and_accepts_images_only() {
        Session s = accounts.verifiedSession("avatar");
        Reply r = upload(s, "/api/v1/profile/upload-picture",
                new Multipart().file("profilePic", "me.jpg", "image/jpeg", TestImages.encode("jpg", 500, 500)));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        String url = r.data().path("url").asText();
        assertThat(url).startsWith("/media/public/avatar/");
        Reply me = api.get("/api/v1/profile/me", s.accessToken());
        assertThat(me.data().path("avatarUrl").asText()).isEqualTo(url);
        assertThat(me.data().path("displayName").asText()).isEqualTo("Test User");
        assertThat(Sql.count("SELECT count(*) FROM media WHERE owner_id = ? AND attached_at IS NOT NULL",
                UUID.fromString(s.userId()))).isEqualTo(1);

        Reply pdf = upload(s, "/api/v1/profile/upload-picture", new Multipart().file("profilePic", "me.jpg",
                "image/jpeg", "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.US_ASCII)));
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(415);
        Reply missing = upload(s, "/api/v1/profile/upload-picture", new Multipart().text("x", "y"));
        assertThat(missing.status()).isEqualTo(400);
    }

    @Test
    void cleanup_task_removes_uploads_never_attached_after_a_day() throws Exception {
        Session s = accounts.verifiedSession("cleanup");
        Reply stale = uploadOne(s, "file", "a.png", "image/png", TestImages.encode("png", 8, 8));
        Reply fresh = uploadOne(s, "file", "b.png", "image/png", TestImages.encode("png", 8, 8));
        String staleId = stale.data().path("id").asText();
        Sql.execute("UPDATE media SET created_at = now() - interval '25 hours' WHERE id = ?",
                UUID.fromString(staleId));

        String task = io.ensemble.app.support.AdminTasks.run(api.client(), APP.getAdminPort(), "media-cleanup");
        assertThat(task).startsWith("succeeded: ");
        assertThat(Sql.count("SELECT count(*) FROM media WHERE id = ?", UUID.fromString(staleId))).isZero();
        assertThat(storedFiles(staleId)).isEmpty();
        assertThat(Sql.count("SELECT count(*) FROM media WHERE id = ?",
                UUID.fromString(fresh.data().path("id").asText()))).isEqualTo(1);
    }
}
