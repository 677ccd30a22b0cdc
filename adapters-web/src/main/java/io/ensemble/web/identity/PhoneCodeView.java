package io.ensemble.web.identity;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Answer of a phone sign-up or code request: the number in E.164 the code goes to (issue 23 §1).
 * {@code codeTtlSeconds} is the life of a code.
 */
public record PhoneCodeView(@Schema(example = "+14155550100") String phone,
                            @Schema(example = "600") long codeTtlSeconds) {
}
