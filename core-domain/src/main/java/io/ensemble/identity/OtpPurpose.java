package io.ensemble.identity;

/** What a one-time code proves: the email address, a password-reset request, a verified reset, or a phone. */
public enum OtpPurpose {
    /** 6-digit code mailed at signup (seeds/001 verify-otp). */
    EMAIL_VERIFICATION,
    /** 6-digit code mailed by forgot-password (seeds/001 verify-forgot-otp). */
    PASSWORD_RESET,
    /** Random reset token returned by verify-forgot-otp, spent by reset-password. */
    RESET_TOKEN,
    /** 6-digit code texted to a phone at phone sign-up and phone login (issue 23 §1). */
    PHONE_CODE
}
