package io.ensemble.web.identity;

/** Body of verify-otp and verify-forgot-otp: {@code {email, otp}} (seeds/001). */
public record OtpRequest(String email, String otp) {
    static final OtpRequest EMPTY = new OtpRequest(null, null);
}
