package io.ensemble.identity;

import io.ensemble.shared.errors.Validator;

/** The reset token from verify-forgot-otp and the new password (checked by {@link PasswordPolicy}). */
public record PasswordResetCommand(String resetToken, String newPassword) {
    public PasswordResetCommand {
        Validator v = new Validator();
        if (v.required("resetToken", resetToken)) {
            v.maxLength("resetToken", resetToken, 128);
        }
        PasswordPolicy.check(v, "newPassword", newPassword);
        v.throwIfInvalid();
    }
}
