package io.ensemble.web.compat.influmojo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.ensemble.marketplace.CreatorPackage;
import io.ensemble.marketplace.PackageCommand;
import io.ensemble.marketplace.Review;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Seeds/002's {@code Package} model in and out of the dialect (issue 23 §6). */
final class InflumojoPackages {
    /** Delivery time when the app sends none (the seed's Package has no delivery time). */
    static final int DEFAULT_DELIVERY_DAYS = 7;
    /** Native field → the seed's, for the names in 400 answers. */
    static final Map<String, String> SEED_FIELDS = Map.of("durationDays", "delivery_days",
            "contentDurationSeconds", "duration");
    private static final Pattern LENGTH = Pattern.compile(
            "^(\\d{1,6})\\s*(s|sec|secs|seconds?|m|min|mins|minutes?)?$", Pattern.CASE_INSENSITIVE);

    private InflumojoPackages() {
    }

    /**
     * {@code POST /packages/create}: {@code platform}, {@code content_type}, {@code quantity},
     * {@code revisions}, {@code duration} (the video length: {@code 30}, {@code "30s"}, {@code "2 min"}),
     * {@code price} (decimal), {@code currency} (default USD), {@code description}; optional
     * {@code title} and {@code delivery_days} (default {@value #DEFAULT_DELIVERY_DAYS}).
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Create(String title, String platform, String contentType, Integer quantity, Integer revisions,
                  String duration, Integer deliveryDays, BigDecimal price, String currency, String description)
            implements SeedBody {
        static final Create EMPTY = new Create(null, null, null, null, null, null, null, null, null, null);

        /** @throws ValidationFailed naming each bad field (native names; renamed by the caller) */
        PackageCommand command() {
            String cur = currency == null || currency.isBlank() ? "USD" : currency;
            Integer seconds = seconds(duration);
            Long amount = SeedMoney.minorUnits("price", price, cur);
            String name = title != null ? title
                    : contentType != null && platform != null ? contentType.strip() + " on " + platform.strip() : null;
            return new PackageCommand(name == null ? "Package" : name, platform, contentType,
                    quantity, revisions == null ? 0 : revisions,
                    deliveryDays == null ? DEFAULT_DELIVERY_DAYS : deliveryDays, amount, cur, description, seconds);
        }

        private static Integer seconds(String duration) {
            if (duration == null || duration.isBlank()) {
                return null;
            }
            Matcher m = LENGTH.matcher(duration.strip());
            if (!m.matches()) {
                throw new ValidationFailed(List.of(new FieldError("duration",
                        "must be a video length in seconds, such as 30, \"30s\" or \"2 min\"")));
            }
            int n = Integer.parseInt(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2).toLowerCase(Locale.ROOT);
            return unit.startsWith("m") ? n * 60 : n;
        }
    }

    /** The Prisma {@code Package}: {@code duration} is the video length in seconds as text, left out when not set. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record PackageModel(String id, String creatorId, String title, String platform, String contentType, int quantity,
                        int revisions, @JsonInclude(JsonInclude.Include.NON_NULL) String duration, int deliveryDays,
                        BigDecimal price, String currency, String description,
                        @JsonProperty("is_active") boolean isActive, Instant createdAt, Instant updatedAt) {
        static PackageModel of(CreatorPackage p) {
            return new PackageModel(p.id().toString(), p.creatorId().toString(), p.title(), p.platform(),
                    p.contentType(), p.quantity(), p.revisions(),
                    p.contentSeconds().isPresent() ? String.valueOf(p.contentSeconds().getAsInt()) : null,
                    p.durationDays(), SeedMoney.decimal(p.price()), p.price().currency(), p.description(), p.active(),
                    p.createdAt(), p.updatedAt());
        }
    }

    /** A brand's review of the creator. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ReviewModel(String id, String orderId, String brandId, String brandName, int rating, String comment,
                       Instant createdAt) {
        static ReviewModel of(Review r) {
            return new ReviewModel(r.id().toString(), r.orderId().toString(), r.brandId().toString(), r.brandName(),
                    r.rating(), r.comment(), r.createdAt());
        }
    }

    /** Lowest and highest active package price; absent without packages. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Pricing(BigDecimal minPrice, BigDecimal maxPrice, String currency) {
        static Pricing of(List<CreatorPackage> packages) {
            if (packages.isEmpty()) {
                return null;
            }
            CreatorPackage min = packages.stream().min((a, b) -> Long.compare(a.price().amount(), b.price().amount()))
                    .orElseThrow();
            CreatorPackage max = packages.stream().max((a, b) -> Long.compare(a.price().amount(), b.price().amount()))
                    .orElseThrow();
            return new Pricing(SeedMoney.decimal(min.price()), SeedMoney.decimal(max.price()), min.price().currency());
        }
    }

    /**
     * {@code GET /packages/creator/:id}: the creator's active packages, pricing, latest reviews, rating and
     * {@code order_count} (orders completed with the creator).
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Portfolio(String creatorId, String name, List<PackageModel> packages,
                     @JsonInclude(JsonInclude.Include.NON_NULL) Pricing pricing, List<ReviewModel> reviews,
                     double rating, int orderCount) {
    }
}
