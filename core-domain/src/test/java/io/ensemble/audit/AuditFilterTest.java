package io.ensemble.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.shared.audit.AuditAction;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditFilterTest {

    @Test
    void blank_values_mean_no_filter() {
        assertThat(AuditFilter.parse(null, " ", "", null, "", null)).isEqualTo(AuditFilter.ALL);
    }

    @Test
    void every_part_is_read() {
        UUID actor = UUID.randomUUID();
        AuditFilter f = AuditFilter.parse(actor.toString(), "user", "42", "USER_SUSPENDED",
                "2026-11-01T00:00:00Z", "2026-12-01T00:00:00Z");

        assertThat(f.actorId()).contains(actor);
        assertThat(f.targetType()).contains("user");
        assertThat(f.targetId()).contains("42");
        assertThat(f.action()).contains(AuditAction.USER_SUSPENDED);
        assertThat(f.from()).contains(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(f.to()).contains(Instant.parse("2026-12-01T00:00:00Z"));
    }

    @Test
    void each_bad_field_is_named() {
        assertThatThrownBy(() -> AuditFilter.parse("not-a-uuid", "User!", "x\u0000", "deleted_everything",
                "yesterday", "2026-13-01"))
                .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("actorId", "targetType", "targetId", "action", "from", "to"));
    }

    @Test
    void a_target_id_needs_its_type_and_the_range_must_move_forward() {
        assertThatThrownBy(() -> AuditFilter.parse(null, null, "42", null, null, null))
                .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("targetId"));
        assertThatThrownBy(() -> AuditFilter.parse(null, null, null, null, "2026-11-02T00:00:00Z", "2026-11-01T00:00:00Z"))
                .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("to"));
    }

    @Test
    void actions_have_stable_lower_case_wire_names() {
        assertThat(AuditAction.LOGIN_FAILED.code()).isEqualTo("login_failed");
        assertThat(AuditAction.parse(" Key_Rotated ")).contains(AuditAction.KEY_ROTATED);
        assertThat(AuditAction.parse("nope")).isEmpty();
        assertThat(AuditAction.parse(null)).isEmpty();
    }
}
