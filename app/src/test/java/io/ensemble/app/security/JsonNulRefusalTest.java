package io.ensemble.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.ensemble.web.http.JsonSettings;
import io.ensemble.web.text.NulCharacterException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The JSON side of issue 28 §1 at unit level: with {@link JsonSettings} applied, a NUL in any string
 * (also nested and in lists) fails with its field path, while the other string rules still hold.
 */
class JsonNulRefusalTest {
    private final ObjectMapper mapper = new ObjectMapper();

    JsonNulRefusalTest() {
        JsonSettings.apply(mapper);
    }

    record Inner(String bio, List<String> tags) {
    }

    record Outer(String name, Inner profile) {
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    @Test
    void a_nul_anywhere_in_a_string_fails_with_the_field_path() {
        assertThatThrownBy(() -> mapper.readValue("{\"name\":\"a\\u0000b\"}", Outer.class))
                .isInstanceOfSatisfying(NulCharacterException.class, e -> assertThat(path(e)).isEqualTo("name"));
        assertThatThrownBy(() -> mapper.readValue("{\"profile\":{\"bio\":\"\\u0000\"}}", Outer.class))
                .isInstanceOfSatisfying(NulCharacterException.class,
                        e -> assertThat(path(e)).isEqualTo("profile.bio"));
        assertThatThrownBy(() -> mapper.readValue("{\"profile\":{\"tags\":[\"ok\",\"x\\u0000\"]}}", Outer.class))
                .isInstanceOfSatisfying(NulCharacterException.class,
                        e -> assertThat(path(e)).isEqualTo("profile.tags.[1]"));
    }

    @Test
    void ordinary_strings_nulls_and_the_no_coercion_rule_are_unchanged() throws Exception {
        Outer ok = mapper.readValue("{\"name\":\"Zoë \\u0001 \\\\u0000\",\"profile\":{\"bio\":null}}", Outer.class);
        assertThat(ok.name()).isEqualTo("Zoë \u0001 \\u0000");
        assertThat(ok.profile().bio()).isNull();
        assertThatThrownBy(() -> mapper.readValue("{\"name\":42}", Outer.class))
                .isInstanceOf(MismatchedInputException.class).isNotInstanceOf(NulCharacterException.class);
    }
}
