package io.ensemble.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.shared.errors.NotFound;
import io.ensemble.web.http.PathIds;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Path ids are canonical UUIDs; anything else names no resource (404, not 400, so ids do not leak). */
class PathIdsTest {

    @Test
    void a_canonical_uuid_in_any_case_is_read() {
        UUID id = UUID.fromString("018f3a2e-7b1c-7d2e-9f00-0123456789ab");

        assertThat(PathIds.uuid("018f3a2e-7b1c-7d2e-9f00-0123456789ab")).isEqualTo(id);
        assertThat(PathIds.uuid("018F3A2E-7B1C-7D2E-9F00-0123456789AB")).isEqualTo(id);
    }

    @Test
    void anything_that_is_not_a_canonical_uuid_is_not_found() {
        // UUID.fromString accepts these short and overlong forms; an id spelt so is not one of ours
        for (String value : new String[] {"1-2-3-4-5", "018f3a2e-7b1c-7d2e-9f00-0123456789ab0", "me", "",
                "018f3a2e7b1c7d2e9f000123456789ab", " 018f3a2e-7b1c-7d2e-9f00-0123456789ab", null}) {
            assertThatThrownBy(() -> PathIds.uuid(value)).as(String.valueOf(value))
                    .isInstanceOf(NotFound.class)
                    .hasMessage("No such resource.");
        }
    }
}
