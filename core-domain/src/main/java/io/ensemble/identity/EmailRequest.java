package io.ensemble.identity;

import io.ensemble.shared.errors.Validator;

/** A request naming only an email (resend-otp, forgot-password, resend-forgot-otp). */
public record EmailRequest(String email) {
    public EmailRequest {
        email = EmailAddress.normalize(email);
        Validator v = new Validator();
        v.required("email", email);
        v.email("email", email);
        v.throwIfInvalid();
    }
}
