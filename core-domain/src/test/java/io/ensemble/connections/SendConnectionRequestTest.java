package io.ensemble.connections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.shared.errors.ValidationFailed;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SendConnectionRequestTest {
    private static final String ID = UUID.randomUUID().toString();

    private static void assertInvalid(String receiverId, String message, String field) {
        assertThatThrownBy(() -> new SendConnectionRequest(receiverId, message))
                .isInstanceOfSatisfying(ValidationFailed.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).contains(field));
    }

    @Test
    void receiver_id_is_required_and_must_be_a_uuid() {
        assertInvalid(null, null, "receiverId");
        assertInvalid("  ", null, "receiverId");
        assertInvalid("123", null, "receiverId");
        assertInvalid("1-1-1-1-1", null, "receiverId");
    }

    @Test
    void message_is_optional_stripped_and_limited_to_500_code_points() {
        assertThat(new SendConnectionRequest(ID, null).note()).isEmpty();
        assertThat(new SendConnectionRequest(ID, "   ").note()).isEmpty();
        assertThat(new SendConnectionRequest(" " + ID + " ", "  hello ").note()).contains("hello");
        assertThat(new SendConnectionRequest(ID, "😀".repeat(500)).note()).isPresent();
        assertInvalid(ID, "x".repeat(501), "message");
    }

    @Test
    void receiver_parses_to_the_uuid() {
        assertThat(new SendConnectionRequest(ID.toUpperCase(), null).receiver()).isEqualTo(UUID.fromString(ID));
    }
}
