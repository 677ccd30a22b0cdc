package io.ensemble.identity;

import io.ensemble.shared.errors.Validator;

/** An email and the 6-digit code mailed to it (verify-otp, verify-forgot-otp). */
public record CodeSubmission(String email, String otp) {
    public CodeSubmission {
        email = EmailAddress.normalize(email);
        otp = otp == null ? null : otp.strip();
        Validator v = new Validator();
        v.required("email", email);
        v.email("email", email);
        if (v.required("otp", otp)) {
            v.check(otp.matches("\\d{6}"), "otp", "must be 6 digits");
        }
        v.throwIfInvalid();
    }
}
