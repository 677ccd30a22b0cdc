package io.ensemble.web.identity;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code data} of the signup routes (seeds/001 §Authentication): the new account, still unverified; the
 * one-time code goes to {@code email}.
 */
public record SignupView(@Schema(example = "01a252fe-442a-7aef-ad91-7c9b92dad6df") String userId,
                         @Schema(example = "john@example.com") String email) {
}
