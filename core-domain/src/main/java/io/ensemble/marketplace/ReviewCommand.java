package io.ensemble.marketplace;

import io.ensemble.shared.errors.Validator;

/**
 * Body of {@code POST /api/v1/orders/:id/review}: {@code {rating: 1..5, comment?}}. Self-validating:
 * throws {@link io.ensemble.shared.errors.ValidationFailed} naming each bad field.
 *
 * @param comment 0..{@value #COMMENT_MAX} characters
 */
public record ReviewCommand(Integer rating, String comment) {
    public static final int COMMENT_MAX = 2000;

    public ReviewCommand {
        comment = comment == null ? "" : comment.strip();
        new Validator()
                .check(rating != null && rating >= 1 && rating <= 5, "rating", "is required, a whole number from 1 to 5")
                .maxLength("comment", comment, COMMENT_MAX)
                .throwIfInvalid();
    }
}
