package io.ensemble.integrations.media;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.dropwizard.jackson.Jackson;
import io.ensemble.media.MediaStorage;
import io.ensemble.shared.errors.ProviderUnavailable;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The {@code s3} adapter against S3Proxy, an S3-compatible server started in this JVM on a free
 * loopback port (path-style, SigV4), built from YAML exactly as config.yml builds it; and against
 * WireMock answering 503 to show that a failing store becomes {@link ProviderUnavailable}.
 */
class S3MediaStorageTest {
    private static final String BUCKET = "ensemble-media";
    private static final String KEY = "private/chat_attachment/0190a0b2-7c4e-7abc-8def-0123456789ab/original.png";

    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.builder().withCredentials("AKIDTEST", "test-secret-key")
            .build();
    @RegisterExtension
    static final WireMockExtension FAILING = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .build();

    private final ObjectMapper yaml = Jackson.newObjectMapper(new YAMLFactory());
    private final HttpClient http = HttpClient.newHttpClient();
    @TempDir
    Path tmp;

    @BeforeEach
    void createBucket() {
        try (S3Client admin = S3Client.builder().region(Region.US_EAST_1).endpointOverride(S3.getUri())
                .forcePathStyle(true).credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(S3.getAccessKey(), S3.getSecretKey()))).build()) {
            admin.createBucket(b -> b.bucket(BUCKET));
        }
    }

    private MediaStorage storage(String endpoint, String publicBase) throws Exception {
        MediaStorageFactory factory = yaml.readValue("""
                type: s3
                bucket: %s
                region: us-east-1
                endpoint: %s
                accessKeyId: %s
                secretAccessKey: %s
                pathStyle: true
                s3PublicBaseUrl: "%s"
                publicBaseUrl: https://api.example.com
                cloudName: ignored-by-s3
                """.formatted(BUCKET, endpoint, S3.getAccessKey(), S3.getSecretKey(), publicBase),
                MediaStorageFactory.class);
        assertThat(factory).isInstanceOf(S3MediaStorageFactory.class);
        return factory.build(tmp);
    }

    private Path file(String content) throws Exception {
        return Files.writeString(tmp.resolve("upload.bin"), content);
    }

    @Test
    void puts_opens_and_deletes_objects_with_their_content_type() throws Exception {
        MediaStorage s3 = storage(S3.getUri().toString(), "");
        s3.put(KEY, file("png bytes"), "image/png");

        MediaStorage.StoredObject object = s3.open(KEY).orElseThrow();
        try (InputStream in = object.content()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("png bytes");
        }
        assertThat(object.contentType()).isEqualTo("image/png");
        assertThat(object.bytes()).isEqualTo(9);
        assertThat(object.etag()).isNotBlank();

        s3.delete(KEY);
        assertThat(s3.open(KEY)).isEmpty();
        s3.delete(KEY); // deleting nothing is fine
    }

    @Test
    void presigned_get_urls_read_private_objects_until_they_expire() throws Exception {
        MediaStorage s3 = storage(S3.getUri().toString(), "");
        s3.put(KEY, file("secret attachment"), "image/png");

        String url = s3.presignedUrl(KEY, Duration.ofMinutes(5)).orElseThrow();
        assertThat(url).contains("X-Amz-Signature=").contains("X-Amz-Expires=300").contains("/" + BUCKET + "/");
        HttpResponse<String> ok = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("secret attachment");

        String unsigned = url.substring(0, url.indexOf('?'));
        assertThat(http.send(HttpRequest.newBuilder(URI.create(unsigned)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        String tampered = url.replace("X-Amz-Expires=300", "X-Amz-Expires=301");
        assertThat(http.send(HttpRequest.newBuilder(URI.create(tampered)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);

        String shortLived = s3.presignedUrl(KEY, Duration.ofSeconds(1)).orElseThrow();
        Thread.sleep(2_100);
        assertThat(http.send(HttpRequest.newBuilder(URI.create(shortLived)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
    }

    @Test
    void public_urls_use_the_cdn_base_or_fall_back_to_ensembles_media_route() throws Exception {
        String key = "public/avatar/0190a0b2-7c4e-7abc-8def-0123456789ab/thumb.jpg";
        assertThat(storage(S3.getUri().toString(), "https://cdn.example.com/").publicUrl(key))
                .isEqualTo("https://cdn.example.com/" + key);
        assertThat(storage(S3.getUri().toString(), "").publicUrl(key))
                .isEqualTo("https://api.example.com/media/" + key);
    }

    @Test
    void a_store_answering_5xx_or_not_answering_is_provider_unavailable() throws Exception {
        FAILING.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/xml")
                .withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>SlowDown</Code>"
                        + "<Message>Please reduce your request rate.</Message></Error>")));
        MediaStorage down = storage(FAILING.baseUrl(), "");
        assertThatThrownBy(() -> down.put(KEY, file("x"), "image/png")).isInstanceOf(ProviderUnavailable.class);
        assertThatThrownBy(() -> down.open(KEY)).isInstanceOf(ProviderUnavailable.class);
        assertThatThrownBy(() -> down.delete(KEY)).isInstanceOf(ProviderUnavailable.class);

        MediaStorage closed = storage("http://127.0.0.1:9", "");
        assertThatThrownBy(() -> closed.put(KEY, file("x"), "image/png")).isInstanceOf(ProviderUnavailable.class);
    }

    @Test
    void refuses_to_start_without_a_bucket() throws Exception {
        MediaStorageFactory factory = yaml.readValue("type: s3\n", MediaStorageFactory.class);
        assertThatThrownBy(() -> factory.build(tmp)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("S3_BUCKET");
    }
}
