package io.ensemble.marketplace;

import io.ensemble.payments.Money;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.errors.Validator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Body of {@code POST /api/v1/orders} (issue 8 §2): either a package ({@code packageId}) or a
 * custom offer ({@code creatorId}, {@code title}, {@code price}). Self-validating: throws
 * {@link ValidationFailed} naming each bad field.
 *
 * @param packageId UUID of an active package; when present, creatorId/title/price must be absent
 * @param creatorId UUID of the creator, for a custom offer
 * @param title 1..120 characters, custom offer only (a package order takes the package's title)
 * @param requirements what the brand wants, 0..{@value #REQUIREMENTS_MAX} characters
 * @param deadline ISO date {@code yyyy-MM-dd}, optional
 * @param amount custom offer price in minor units, > 0
 * @param currency custom offer ISO-4217 currency
 */
public record PlaceOrder(String packageId, String creatorId, String title, String requirements, String deadline,
                         Long amount, String currency) {
    public static final int REQUIREMENTS_MAX = 5000;

    public PlaceOrder {
        packageId = strip(packageId);
        creatorId = strip(creatorId);
        title = strip(title);
        requirements = requirements == null ? "" : requirements.strip();
        deadline = strip(deadline);
        currency = strip(currency) == null ? null : strip(currency).toUpperCase(java.util.Locale.ROOT);
        Validator v = new Validator();
        List<FieldError> errors = new ArrayList<>();
        if (packageId != null) {
            v.check(uuid(packageId).isPresent(), "packageId", "must be a package id (UUID)");
            v.check(creatorId == null && title == null && amount == null && currency == null, "packageId",
                    "order a package or make a custom offer (creatorId, title, price), not both");
        } else {
            if (v.required("creatorId", creatorId)) {
                v.check(uuid(creatorId).isPresent(), "creatorId", "must be a user id (UUID)");
            }
            if (v.required("title", title)) {
                v.maxLength("title", title, PackageCommand.TITLE_MAX);
            }
            try {
                Money.parse("price", amount, currency);
            } catch (ValidationFailed e) {
                errors.addAll(e.errors());
            }
        }
        v.maxLength("requirements", requirements, REQUIREMENTS_MAX);
        if (deadline != null) {
            v.check(date(deadline).isPresent(), "deadline", "must be a date like 2026-12-31");
        }
        try {
            v.throwIfInvalid();
        } catch (ValidationFailed e) {
            errors.addAll(0, e.errors());
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }

    /** @return the ordered package, empty for a custom offer */
    public Optional<UUID> pkg() {
        return Optional.ofNullable(packageId).flatMap(PlaceOrder::uuid);
    }

    /** @return the creator of a custom offer */
    public Optional<UUID> creator() {
        return Optional.ofNullable(creatorId).flatMap(PlaceOrder::uuid);
    }

    /** @return the custom offer's price */
    public Optional<Money> price() {
        return amount == null ? Optional.empty() : Optional.of(new Money(amount, currency));
    }

    /** @return the wished delivery date */
    public Optional<LocalDate> deadlineDate() {
        return Optional.ofNullable(deadline).flatMap(PlaceOrder::date);
    }

    /**
     * @return SHA-256 (hex) of the normalised request, so a replayed {@code Idempotency-Key} can be
     *     told apart from a different request under the same key
     */
    public String fingerprint() {
        String canonical = String.join("\u0000", String.valueOf(packageId), String.valueOf(creatorId),
                String.valueOf(title), requirements, String.valueOf(deadline), String.valueOf(amount),
                String.valueOf(currency));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static Optional<UUID> uuid(String value) {
        try {
            UUID id = UUID.fromString(value);
            return id.toString().equalsIgnoreCase(value) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
