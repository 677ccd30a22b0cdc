package io.ensemble.hooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.shared.errors.ValidationFailed;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 26 §2: the webhook SSRF guard, with a fake resolver (no network). */
class WebhookUrlsTest {
    private static final Map<String, String> DNS = Map.of("hooks.example.com", "93.184.216.34",
            "internal.example.com", "10.1.2.3", "metadata.example.com", "169.254.169.254",
            "alibaba.example.com", "100.100.100.200", "local.example.com", "127.0.0.1");

    private static WebhookUrls guard(boolean allowHttp, boolean allowPrivate) {
        return new WebhookUrls(allowHttp, allowPrivate, host -> {
            String ip = DNS.get(host);
            if (ip == null) {
                if (host.matches("[0-9.]+|.*:.*")) {
                    return new InetAddress[] {InetAddress.getByName(host)};
                }
                throw new UnknownHostException(host);
            }
            return new InetAddress[] {InetAddress.getByName(ip)};
        });
    }

    private static void refused(WebhookUrls urls, String url, String why) {
        assertThatThrownBy(() -> urls.check(url)).as(url).isInstanceOfSatisfying(ValidationFailed.class,
                e -> assertThat(e.errors()).singleElement().satisfies(f -> {
                    assertThat(f.field()).isEqualTo("url");
                    assertThat(f.message()).contains(why);
                }));
    }

    @Test
    void the_production_guard_takes_https_urls_of_public_hosts_only() {
        WebhookUrls urls = guard(false, false);
        assertThat(urls.check("https://hooks.example.com/ensemble").toString()).isEqualTo(
                "https://hooks.example.com/ensemble");
        refused(urls, "http://hooks.example.com/ensemble", "https");
        refused(urls, "https://user:secret@hooks.example.com/", "credentials");
        refused(urls, "https://internal.example.com/", "refused address");
        refused(urls, "https://local.example.com/", "refused address");
        refused(urls, "https://metadata.example.com/", "refused address");
        refused(urls, "https://alibaba.example.com/", "refused address");
        refused(urls, "https://[fd00::1]/", "refused address");
        refused(urls, "https://nowhere.example.com/", "does not resolve");
        refused(urls, "https:///path", "host");
        refused(urls, "x".repeat(3000), "2048");
    }

    @Test
    void development_flags_open_http_and_private_addresses_but_never_link_local_or_metadata() {
        WebhookUrls urls = guard(true, true);
        assertThat(urls.check("http://local.example.com:8080/hooks")).isNotNull();
        assertThat(urls.check("https://internal.example.com/")).isNotNull();
        assertThat(urls.check("https://[fd00::1]/")).isNotNull();
        refused(urls, "https://metadata.example.com/", "refused address");
        refused(urls, "https://alibaba.example.com/", "refused address");
        refused(urls, "https://[fe80::1]/", "refused address");
        refused(urls, "https://0.0.0.0/", "refused address");
        refused(urls, "ftp://hooks.example.com/", "https");
    }

    @Test
    void the_signature_is_the_hex_hmac_sha256_of_time_dot_body() {
        // the expected value computed outside Java:
        // printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac whsec_test
        assertThat(WebhookSignature.header("whsec_test", 1_700_000_000L, "{\"a\":1}")).isEqualTo(
                "t=1700000000,v1=38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789");
    }
}
