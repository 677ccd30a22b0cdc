package io.ensemble.web.compat.influmojo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.marketplace.OrderStatus;
import io.ensemble.payments.Money;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.web.errors.ErrorBody;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 23 §6: the dialect's spelling, statuses, decimals, body reader and error body. */
class InflumojoTranslationTest {
    @Test
    void names_become_snake_case() {
        assertThat(SeedNames.snake("contentType")).isEqualTo("content_type");
        assertThat(SeedNames.snake("isActive")).isEqualTo("is_active");
        assertThat(SeedNames.snake("package_id")).isEqualTo("package_id");
    }

    @Test
    void order_statuses_use_the_seeds_values() {
        assertThat(SeedOrderStatus.of(OrderStatus.PENDING_PAYMENT)).isEqualTo("pending");
        assertThat(SeedOrderStatus.of(OrderStatus.IN_PROGRESS)).isEqualTo("in_progress");
        assertThat(SeedOrderStatus.parse(" Pending ")).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(SeedOrderStatus.parse("revision_requested")).isEqualTo(OrderStatus.REVISION_REQUESTED);
        assertThatThrownBy(() -> SeedOrderStatus.parse("pending_payment")).isInstanceOf(ValidationFailed.class);
    }

    @Test
    void decimals_map_to_minor_units() {
        assertThat(SeedMoney.minorUnits("price", new BigDecimal("149.99"), "usd")).isEqualTo(14999L);
        assertThat(SeedMoney.minorUnits("price", new BigDecimal("500"), "JPY")).isEqualTo(500L);
        assertThat(SeedMoney.decimal(new Money(14999, "USD"))).isEqualByComparingTo("149.99");
        assertThatThrownBy(() -> SeedMoney.minorUnits("price", new BigDecimal("1.999"), "USD"))
                .isInstanceOf(ValidationFailed.class);
    }

    @Test
    void the_reader_takes_both_spellings_and_snake_case_wins() throws IOException {
        InflumojoOrders.Create body = (InflumojoOrders.Create) read(InflumojoOrders.Create.class,
                "{\"packageId\":\"a\",\"requirements\":\"camel\",\"deadline\":\"2026-01-01\",\"extra\":1}");
        assertThat(body.packageId()).isEqualTo("a");
        assertThat(body.requirements()).isEqualTo("camel");
        InflumojoOrders.Create both = (InflumojoOrders.Create) read(InflumojoOrders.Create.class,
                "{\"packageId\":\"camel\",\"package_id\":\"snake\"}");
        assertThat(both.packageId()).isEqualTo("snake");
        assertThat(read(InflumojoOrders.Create.class, "")).isNull();
    }

    @Test
    void errors_take_the_seeds_shape_with_snake_case_fields() {
        ErrorBody native400 = ErrorBody.of("Bad Request", "Invalid fields", "VALIDATION_FAILED",
                List.of(new io.ensemble.shared.errors.FieldError("contentType", "is required")));
        assertThat(InflumojoError.of(native400)).isEqualTo(new InflumojoError(false, "content_type: is required"));
        assertThat(InflumojoError.of(ErrorBody.of("Not Found", "No such order.", "NOT_FOUND")).error())
                .isEqualTo("No such order.");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static SeedBody read(Class<? extends SeedBody> type, String json) throws IOException {
        SeedBodyReader reader = new SeedBodyReader();
        assertThat(reader.isReadable(type, type, null, MediaType.APPLICATION_JSON_TYPE)).isTrue();
        return reader.readFrom((Class) type, type, null, MediaType.APPLICATION_JSON_TYPE, null,
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
