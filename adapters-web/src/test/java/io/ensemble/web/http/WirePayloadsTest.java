package io.ensemble.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ensemble.messaging.Message;
import io.ensemble.messaging.MessageType;
import io.ensemble.payments.Money;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.paging.Cursor;
import io.ensemble.shared.paging.Page;
import io.ensemble.web.errors.ErrorBody;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.PageView;
import io.ensemble.web.messaging.MessageView;
import io.ensemble.web.payments.MoneyView;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The JSON shapes of CONVENTIONS.md §HTTP API as the API's mapper writes them. */
class WirePayloadsTest {
    private static final Instant AT = Instant.parse("2026-11-23T10:15:30Z");
    private static final UUID ID = UUID.fromString("018f3a2e-7b1c-7d2e-9f00-0123456789ab");

    @Test
    void a_success_envelope_carries_data_and_omits_it_when_absent() {
        JsonNode withData = WireJson.tree(ApiResponse.ok("Created.", new MoneyView(1999, "USD")));
        JsonNode without = WireJson.tree(ApiResponse.ok("Deleted.", null));

        assertThat(withData.path("success").asBoolean()).isTrue();
        assertThat(withData.path("message").asText()).isEqualTo("Created.");
        assertThat(withData.path("data").path("amount").asLong()).isEqualTo(1999);
        assertThat(without.has("data")).isFalse();
    }

    @Test
    void an_error_body_has_details_only_when_there_are_some() {
        JsonNode plain = WireJson.tree(ErrorBody.of("Not found", "No such order.", "NOT_FOUND"));
        JsonNode detailed = WireJson.tree(ErrorBody.of("Bad request", "See details.", "VALIDATION_FAILED",
                List.of(new FieldError("email", "is required"))));

        assertThat(plain.toString()).isEqualTo(
                "{\"success\":false,\"error\":\"Not found\",\"message\":\"No such order.\",\"code\":\"NOT_FOUND\"}");
        assertThat(detailed.path("details").get(0).path("field").asText()).isEqualTo("email");
    }

    @Test
    void a_page_renders_its_items_and_an_opaque_cursor_that_reads_back() {
        String next = new Cursor(AT, ID).encode();
        Page<Money> page = new Page<>(List.of(new Money(100, "USD"), new Money(250, "EUR")), Optional.of(next));

        JsonNode json = WireJson.tree(PageView.of(page, MoneyView::of));

        assertThat(json.path("items")).hasSize(2);
        assertThat(json.path("items").get(1).path("currency").asText()).isEqualTo("EUR");
        assertThat(json.path("nextCursor").asText()).isEqualTo(next).doesNotContain(ID.toString());
        assertThat(Cursor.decode(json.path("nextCursor").asText())).isEqualTo(new Cursor(AT, ID));
    }

    @Test
    void the_last_page_says_next_cursor_null() {
        JsonNode json = WireJson.tree(PageView.of(new Page<>(List.<Money>of(), Optional.empty()), MoneyView::of));

        assertThat(json.path("items").isArray()).isTrue();
        assertThat(json.has("nextCursor")).isTrue();
        assertThat(json.path("nextCursor").isNull()).isTrue();
    }

    @Test
    void a_message_has_lower_case_type_iso_times_and_nulls_for_what_is_absent() {
        Message tombstone = new Message(ID, ID, ID, MessageType.TEXT, Optional.empty(), List.of(), 7,
                Optional.empty(), AT, Optional.of(AT.plusSeconds(60)), true);

        JsonNode json = WireJson.tree(MessageView.of(tombstone));

        assertThat(json.path("type").asText()).isEqualTo("text");
        assertThat(json.path("seq").asLong()).isEqualTo(7);
        assertThat(json.path("createdAt").asText()).isEqualTo("2026-11-23T10:15:30Z");
        assertThat(json.path("editedAt").asText()).isEqualTo("2026-11-23T10:16:30Z");
        assertThat(json.path("content").isNull()).isTrue();
        assertThat(json.path("clientMessageId").isNull()).isTrue();
        assertThat(json.path("deleted").asBoolean()).isTrue();
        assertThat(json.path("conversationId").asText()).isEqualTo(ID.toString());
    }

    @Test
    void money_is_minor_units_and_a_currency() {
        assertThat(WireJson.tree(MoneyView.of(new Money(1999, "USD"))).toString())
                .isEqualTo("{\"amount\":1999,\"currency\":\"USD\"}");
    }
}
