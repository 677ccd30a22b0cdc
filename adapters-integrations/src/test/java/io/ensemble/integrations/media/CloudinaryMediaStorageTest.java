package io.ensemble.integrations.media;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.dropwizard.jackson.Jackson;
import io.ensemble.media.MediaStorage;
import io.ensemble.shared.errors.ProviderUnavailable;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contract test of the {@code cloudinary} adapter against WireMock answering with the shapes of
 * Cloudinary's Upload API reference (upload result, destroy {@code result}, {@code {"error":
 * {"message"}}} errors), driving the official SDK with its {@code upload_prefix} pointed at WireMock.
 * Every signature the adapter sends is recomputed here, by an independent reference signer, from the
 * parameters actually received, and that signer is checked against the documented example.
 */
class CloudinaryMediaStorageTest {
    private static final String SECRET = "test-api-secret";
    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");
    private static final String ID = "0190a0b2-7c4e-7abc-8def-0123456789ab";
    private static final String PUBLIC_KEY = "public/avatar/" + ID + "/thumb.jpg";
    private static final String PRIVATE_KEY = "private/chat_attachment/" + ID + "/original.png";

    @RegisterExtension
    static final WireMockExtension API = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .build();
    @TempDir
    Path tmp;

    private CloudinaryMediaStorage storage(String algorithm) {
        var settings = new CloudinaryMediaStorage.Settings("demo", "123456789012345", SECRET, API.baseUrl(),
                API.baseUrl() + "/res", algorithm);
        return new CloudinaryMediaStorage(settings, PoolingHttpClientConnectionManagerBuilder.create().build(),
                HttpClients.createDefault(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static String uploadResult(String publicId, String type, String format) {
        return """
                {"asset_id": "b5e6d2b39ba3e0869d67141ba7dba6cf", "public_id": "%s", "version": 1763892930,
                 "version_id": "98f52566f43d8e516a486958a45c1eb9", "signature": "abcdefghijklmnopqrstuvwxyz12345",
                 "width": 300, "height": 300, "format": "%s", "resource_type": "image",
                 "created_at": "2026-11-23T10:15:30Z", "tags": [], "bytes": 9, "type": "%s",
                 "etag": "d8a6b0cd9d8b1ff4bd5d0cba1e1e3a2a", "placeholder": false,
                 "url": "http://res.cloudinary.com/demo/image/%s/v1763892930/%s.%s",
                 "secure_url": "https://res.cloudinary.com/demo/image/%s/v1763892930/%s.%s",
                 "asset_folder": "", "display_name": "thumb", "original_filename": "thumb"}
                """.formatted(publicId, format, type, type, publicId, format, type, publicId, format);
    }

    private static Map<String, String> textParts(Request request) {
        Map<String, String> parts = new HashMap<>();
        for (Request.Part part : request.getParts()) {
            if (!part.getName().equals("file")) {
                parts.put(part.getName(), part.getBody().asString());
            }
        }
        return parts;
    }

    private static Map<String, String> form(String body) {
        Map<String, String> params = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    private static void assertSignedWith(Map<String, String> params, String algorithm) {
        Map<String, String> signed = new HashMap<>(params);
        String signature = signed.remove("signature");
        assertThat(signed.remove("api_key")).isEqualTo("123456789012345");
        // the SDK stamps requests with the system clock (Cloudinary refuses stamps older than an hour)
        assertThat(Long.parseLong(signed.get("timestamp")))
                .isBetween(Instant.now().getEpochSecond() - 60, Instant.now().getEpochSecond() + 1);
        assertThat(signature).isEqualTo(new CloudinarySignature(SECRET, algorithm).sign(signed));
    }

    @Test
    void the_signer_matches_cloudinarys_documented_example() {
        // support.cloudinary.com "How to generate a Cloudinary signature on my own?", sanity check
        assertThat(new CloudinarySignature("abcd", "sha1").sign(Map.of("public_id", "sample_image",
                "timestamp", "1315060510"))).isEqualTo("b4ad47fb4e25c7bf5f92a20089f9db59bc302313");
        assertThat(new CloudinarySignature("abcd", "sha256").sign(Map.of("public_id", "sample_image",
                "timestamp", "1315060510"))).hasSize(64);
    }

    @Test
    void uploads_a_public_image_signed_into_a_folder_per_purpose() throws Exception {
        String publicId = "public/avatar/" + ID + "/thumb";
        API.stubFor(post("/v1_1/demo/image/upload").willReturn(okJson(uploadResult(publicId, "upload", "jpg"))));
        Path file = Files.writeString(tmp.resolve("thumb.jpg"), "jpg bytes");

        storage("sha1").put(PUBLIC_KEY, file, "image/jpeg");

        List<Request> uploads = API.findAll(postRequestedFor(urlEqualTo("/v1_1/demo/image/upload")))
                .stream().map(r -> (Request) r).toList();
        assertThat(uploads).hasSize(1);
        Map<String, String> params = textParts(uploads.get(0));
        assertThat(params).containsEntry("public_id", publicId).containsEntry("type", "upload")
                .containsEntry("overwrite", "true").doesNotContainKey("api_secret");
        assertSignedWith(params, "sha1");
        assertThat(uploads.get(0).getPart("file").getBody().asString()).isEqualTo("jpg bytes");
        assertThat(storage("sha1").publicUrl(PUBLIC_KEY))
                .isEqualTo(API.baseUrl() + "/res/demo/image/upload/" + publicId + ".jpg");
    }

    @Test
    void private_attachments_are_uploaded_private_and_read_through_expiring_signed_download_urls() throws Exception {
        String publicId = "private/chat_attachment/" + ID + "/original";
        API.stubFor(post("/v1_1/demo/image/upload").willReturn(okJson(uploadResult(publicId, "private", "png"))));
        API.stubFor(get(urlPathEqualTo("/v1_1/demo/image/download")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "image/png").withHeader("ETag", "\"abc\"").withBody("png bytes")));
        CloudinaryMediaStorage cloudinary = storage("sha256");
        cloudinary.put(PRIVATE_KEY, Files.writeString(tmp.resolve("a.png"), "png bytes"), "image/png");
        Map<String, String> upload = textParts(API.findAll(postRequestedFor(urlEqualTo("/v1_1/demo/image/upload")))
                .get(0));
        assertThat(upload).containsEntry("type", "private");
        assertSignedWith(upload, "sha256");

        String url = cloudinary.presignedUrl(PRIVATE_KEY, Duration.ofMinutes(10)).orElseThrow();
        assertThat(url).startsWith(API.baseUrl() + "/v1_1/demo/image/download?");
        Map<String, String> query = form(URI.create(url).getRawQuery());
        assertThat(query).containsEntry("public_id", publicId).containsEntry("format", "png")
                .containsEntry("type", "private")
                .containsEntry("expires_at", Long.toString(NOW.plus(Duration.ofMinutes(10)).getEpochSecond()));
        assertSignedWith(query, "sha256");
        assertThat(cloudinary.presignedUrl(PUBLIC_KEY, Duration.ofMinutes(10))).isEmpty();

        MediaStorage.StoredObject object = cloudinary.open(PRIVATE_KEY).orElseThrow();
        try (InputStream in = object.content()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("png bytes");
        }
        assertThat(object.contentType()).isEqualTo("image/png");
        assertThat(object.etag()).isEqualTo("\"abc\"");
    }

    @Test
    void destroys_signed_and_treats_not_found_as_deleted() {
        API.stubFor(post("/v1_1/demo/image/destroy").willReturn(okJson("{\"result\":\"ok\"}")));
        storage("sha1").delete(PUBLIC_KEY);
        Request destroy = API.findAll(postRequestedFor(urlEqualTo("/v1_1/demo/image/destroy"))).get(0);
        Map<String, String> params = textParts(destroy);
        assertThat(params).containsEntry("public_id", "public/avatar/" + ID + "/thumb")
                .containsEntry("type", "upload").containsEntry("invalidate", "true");
        assertSignedWith(params, "sha1");

        API.stubFor(post("/v1_1/demo/video/destroy").willReturn(okJson("{\"result\":\"not found\"}")));
        storage("sha1").delete("public/post/" + ID + "/original.mp4");
        assertThat(API.findAll(postRequestedFor(urlEqualTo("/v1_1/demo/video/destroy")))).hasSize(1);
    }

    @Test
    void errors_and_missing_objects() {
        API.stubFor(post("/v1_1/demo/image/upload").willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"Invalid Signature 0123. String to sign - 'timestamp=1'.\"}}")));
        API.stubFor(post("/v1_1/demo/image/destroy").willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"General Error\"}}")));
        API.stubFor(get(urlPathEqualTo("/res/demo/image/upload/public/avatar/" + ID + "/thumb.jpg"))
                .willReturn(aResponse().withStatus(404)));
        CloudinaryMediaStorage cloudinary = storage("sha1");
        assertThatThrownBy(() -> cloudinary.put(PUBLIC_KEY, Files.writeString(tmp.resolve("x.jpg"), "x"),
                "image/jpeg")).isInstanceOf(ProviderUnavailable.class);
        assertThatThrownBy(() -> cloudinary.delete(PUBLIC_KEY)).isInstanceOf(ProviderUnavailable.class);
        assertThat(cloudinary.open(PUBLIC_KEY)).isEmpty();
    }

    @Test
    void refuses_an_unknown_signature_algorithm_or_a_delivery_base_that_is_not_http() {
        assertThatThrownBy(() -> storage("md5")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sha1 or sha256");
        var ftp = new CloudinaryMediaStorage.Settings("demo", "123456789012345", SECRET, API.baseUrl(),
                "ftp://res.example.test", "sha1");
        assertThatThrownBy(() -> new CloudinaryMediaStorage(ftp, PoolingHttpClientConnectionManagerBuilder.create()
                .build(), HttpClients.createDefault(), Clock.systemUTC())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("deliveryBase");
    }

    @Test
    void reads_the_account_from_cloudinary_url_or_refuses_to_start_without_one() throws Exception {
        ObjectMapper yaml = Jackson.newObjectMapper(new YAMLFactory());
        MediaStorageFactory factory = yaml.readValue("""
                type: cloudinary
                cloudinaryUrl: cloudinary://123456789012345:abc%2Fdef@my-cloud
                apiBase: https://api.example.com/
                bucket: ignored-by-cloudinary
                """, MediaStorageFactory.class);
        var settings = ((CloudinaryMediaStorageFactory) factory).settings();
        assertThat(settings.cloudName()).isEqualTo("my-cloud");
        assertThat(settings.apiKey()).isEqualTo("123456789012345");
        assertThat(settings.apiSecret()).isEqualTo("abc/def");
        assertThat(settings.apiBase()).isEqualTo("https://api.example.com");
        assertThat(settings.deliveryBase()).isEqualTo("https://res.cloudinary.com");
        assertThat(factory.build(tmp).publicUrl(PUBLIC_KEY))
                .isEqualTo("https://res.cloudinary.com/my-cloud/image/upload/public/avatar/" + ID + "/thumb.jpg");

        MediaStorageFactory empty = yaml.readValue("type: cloudinary\n", MediaStorageFactory.class);
        assertThatThrownBy(() -> empty.build(tmp)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CLOUDINARY_URL");
    }
}
