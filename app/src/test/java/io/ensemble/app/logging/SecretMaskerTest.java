package io.ensemble.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 28: the masking rules of {@link SecretMasker}, and what they leave readable. */
class SecretMaskerTest {
    private static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJlLWJ5dGVz";

    @Test
    void masks_json_fields_whose_key_names_a_secret() {
        assertThat(SecretMasker.mask("{\"email\":\"a@b.c\",\"password\":\"S3cret pass!\"}"))
                .isEqualTo("{\"email\":\"a@b.c\",\"password\":\"***\"}");
        assertThat(SecretMasker.mask("{\"newPassword\" : \"x\\\"y\", \"refreshToken\":\"r1\",\"resetToken\":\"t\"}"))
                .isEqualTo("{\"newPassword\" : \"***\", \"refreshToken\":\"***\",\"resetToken\":\"***\"}");
        assertThat(SecretMasker.mask("{\"access_token\":\"ya29.a0\",\"client_secret\":\"cs\",\"otp\":\"123456\"}"))
                .isEqualTo("{\"access_token\":\"***\",\"client_secret\":\"***\",\"otp\":\"***\"}");
    }

    @Test
    void masks_inside_a_json_log_line_where_quotes_are_escaped() {
        String line = "{\"level\":\"DEBUG\",\"message\":\"body {\\\"password\\\":\\\"hunter22\\\",\\\"a\\\":1}\"}";
        assertThat(SecretMasker.mask(line))
                .isEqualTo("{\"level\":\"DEBUG\",\"message\":\"body {\\\"password\\\":\\\"***\\\",\\\"a\\\":1}\"}");
    }

    @Test
    void masks_request_parameter_arrays_and_keeps_a_json_line_valid() throws Exception {
        String access = "{\"params\":{\"code\":[\"c-1\",\"c-2\"],\"state\":[\"s1\"],\"token\":[]},\"status\":200}";
        String masked = SecretMasker.mask(access);
        assertThat(masked).isEqualTo("{\"params\":{\"code\":[\"***\",\"***\"],\"state\":[\"s1\"],\"token\":[]},\"status\":200}");
        String nested = "{\"message\":\"params {\\\"access_token\\\":[\\\"a-1\\\"]}\",\"password\":\"p\"}";
        String maskedNested = SecretMasker.mask(nested);
        assertThat(maskedNested).isEqualTo("{\"message\":\"params {\\\"access_token\\\":[\\\"***\\\"]}\",\"password\":\"***\"}");
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        assertThat(json.readTree(masked).path("params").path("code").get(0).asText()).isEqualTo("***");
        assertThat(json.readTree(maskedNested).path("message").asText()).isEqualTo("params {\"access_token\":[\"***\"]}");
    }

    @Test
    void masks_query_form_header_and_to_string_forms() {
        assertThat(SecretMasker.mask("GET /ws?token=abc.def&x=1 HTTP/1.1"))
                .isEqualTo("GET /ws?token=***&x=1 HTTP/1.1");
        assertThat(SecretMasker.mask("/socket.io/?EIO=4&transport=websocket&token=abc"))
                .isEqualTo("/socket.io/?EIO=4&transport=websocket&token=***");
        assertThat(SecretMasker.mask("grant_type=refresh_token&refresh_token=rt-1&client_secret=s2"))
                .isEqualTo("grant_type=refresh_token&refresh_token=***&client_secret=***");
        assertThat(SecretMasker.mask("Settings{apiKey=k1, webhookSecret=whsec_1, name=x}"))
                .isEqualTo("Settings{apiKey=***, webhookSecret=***, name=x}");
        assertThat(SecretMasker.mask("X-Api-Key: k-123\r\nCookie: refresh_token=r2"))
                .isEqualTo("X-Api-Key: ***\r\nCookie: refresh_token=***");
    }

    @Test
    void masks_authorization_credentials_and_anything_shaped_like_a_jwt() {
        assertThat(SecretMasker.mask("Authorization: Bearer opaque-token-1")).isEqualTo("Authorization: Bearer ***");
        assertThat(SecretMasker.mask("authorization=Basic dXNlcjpwYXNz")).isEqualTo("authorization=Basic ***");
        assertThat(SecretMasker.mask("HttpFields[Authorization: Digest abc]")).isEqualTo("HttpFields[Authorization: Digest ***]");
        assertThat(SecretMasker.mask("sent bearer " + JWT)).isEqualTo("sent bearer ***");
        assertThat(SecretMasker.mask("claims of " + JWT + " checked")).isEqualTo("claims of *** checked");
    }

    @Test
    void masks_otp_and_oauth_codes_but_not_error_codes() {
        assertThat(SecretMasker.mask("{\"email\":\"a@b.c\",\"code\":\"123456\"}")).isEqualTo("{\"email\":\"a@b.c\",\"code\":\"***\"}");
        assertThat(SecretMasker.mask("/callback?code=4/0AeanS0a&state=s1")).isEqualTo("/callback?code=***&state=s1");
        assertThat(SecretMasker.mask("verificationCode=654321")).isEqualTo("verificationCode=***");
        assertThat(SecretMasker.mask("{\"success\":false,\"code\":\"VALIDATION_FAILED\"}"))
                .isEqualTo("{\"success\":false,\"code\":\"VALIDATION_FAILED\"}");
    }

    @Test
    void leaves_ordinary_lines_alone() {
        String[] lines = {
            "INFO  [2026-12-07] [req=r1] [user=] UserService: password reset requested",
            "{\"statusCode\":200,\"requestUri\":\"/api/v1/auth/me\",\"method\":\"GET\",\"tokenType\":\"Bearer\"}",
            "{\"token\":null,\"secret\":\"\",\"password\":\"***\"}",
            "Basic authentication is not offered",
            "WWW-Authenticate: Bearer realm=\"ensemble\"",
            "MAIL to=a@b.c subject=\"Verify\" body=\"Your verification code is 123456.\"",
            "SELECT id FROM password_reset WHERE user_id = ?",
        };
        for (String line : lines) {
            assertThat(SecretMasker.mask(line)).as(line).isEqualTo(line);
        }
        assertThat(SecretMasker.mask(null)).isNull();
    }

    @Test
    void the_pre_check_skips_ordinary_request_lines_and_never_a_line_the_rules_would_change() {
        String access = "127.0.0.1 - - [07/Dec/2026:21:40:00 +0000] \"POST /api/v1/chat/conversations/"
                + "01a2525f-c19f-758a-ac18-52512f83d2fd/messages HTTP/1.1\" 201 312 \"-\" \"wrk\" 4";
        assertThat(SecretMasker.mayHoldSecret(access)).isFalse();
        assertThat(SecretMasker.mask(access)).isSameAs(access);

        String[] keys = {"password", "PassWord", "newPasswd", "passphrase", "access_token", "TOKEN", "client_secret",
            "otp", "OTP", "apiKey", "api_key", "X-API-KEY", "code", "resetCode", "Authorization", "proxy-authorization",
            "name", "email", "state", "key", "api", "pass"};
        String[] seps = {":", "=", "\":\"", "\\\":\\\"", ": ", " = ", "&", " "};
        String[] values = {"hunter22", "Bearer abcdefgh123", "Basic dXNlcjpwYXNz", JWT, "VALIDATION_FAILED", "null",
            "[\"a\",\"b\"]", "'q'", "x", "bearer " + JWT, "basic realm"};
        java.util.Random random = new java.util.Random(25);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder line = new StringBuilder("{\"");
            for (int parts = 1 + random.nextInt(3); parts > 0; parts--) {
                line.append(keys[random.nextInt(keys.length)]).append(seps[random.nextInt(seps.length)])
                        .append(values[random.nextInt(values.length)]).append(random.nextBoolean() ? ", \"" : " ");
            }
            String built = line.toString();
            assertThat(SecretMasker.mask(built)).as(built).isEqualTo(SecretMasker.applyRules(built));
        }
    }
}
