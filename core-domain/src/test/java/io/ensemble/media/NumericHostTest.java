package io.ensemble.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.shared.errors.ValidationFailed;
import org.junit.jupiter.api.Test;

/** Numeric hosts the image proxy refuses because other URL parsers read them differently (issue 28 §5). */
class NumericHostTest {

    @Test
    void octal_hex_shortened_single_integer_and_zero_padded_forms_are_ambiguous() {
        for (String host : new String[] {"0177.0.0.1", "0x7f.0.0.1", "0X7F.0.0.1", "127.1", "127.0.1", "2130706433",
                "0x7f000001", "017700000001", "127.000.000.001", "010.0.0.1", "127.0.0.1.", "256.0.0.1",
                "1.2.3.4.5", "a.0x10", "example.0177", "0x"}) {
            assertThat(NumericHost.isAmbiguous(host)).as(host).isTrue();
        }
    }

    @Test
    void canonical_dotted_decimal_names_and_ipv6_literals_are_not_ambiguous() {
        for (String host : new String[] {"127.0.0.1", "93.184.216.34", "0.0.0.0", "255.255.255.255", "10.0.0.1",
                "example.com", "cdn1.example.com", "1e3.example", "123.example.com", "[::1]",
                "[::ffff:127.0.0.1]", "0x7f.example"}) {
            assertThat(NumericHost.isAmbiguous(host)).as(host).isFalse();
        }
    }

    @Test
    void the_proxy_url_check_refuses_non_canonical_numeric_hosts_with_url_not_allowed() {
        for (String url : new String[] {"http://0177.0.0.1/a.png", "http://0x7f.0.0.1/a.png", "http://127.1/a.png",
                "http://2130706433/a.png", "https://user@0177.0.0.1:8080/a.png", "http://127.1:80/a.png"}) {
            assertThatThrownBy(() -> ImageProxyService.parse(url)).as(url)
                    .isInstanceOfSatisfying(ValidationFailed.class,
                            e -> assertThat(e.code()).isEqualTo("URL_NOT_ALLOWED"))
                    .hasMessageContaining("four decimal numbers");
        }
        assertThat(ImageProxyService.parse("http://93.184.216.34/a.png").getHost()).isEqualTo("93.184.216.34");
        assertThat(ImageProxyService.parse("http://images.example.com/a.png").getHost())
                .isEqualTo("images.example.com");
    }
}
