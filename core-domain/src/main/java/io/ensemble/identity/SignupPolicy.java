package io.ensemble.identity;

/**
 * How a sign-up proves the e-mail address, as a client profile decides it (DESIGN §Client profiles):
 * the native API mails a code and refuses login until it is entered ({@link #VERIFY_BY_CODE}); a
 * profile whose app has no code step (seeds/000 Sioree, issue 21 §4) signs up already verified and
 * gets its tokens at once ({@link #NO_CODE_STEP}).
 *
 * @param emailCodeStep whether a verification code is mailed and login waits for it
 */
public record SignupPolicy(boolean emailCodeStep) {
    /** The native policy: a mailed code verifies the address. */
    public static final SignupPolicy VERIFY_BY_CODE = new SignupPolicy(true);
    /** No code step: the account is verified on creation and may log in at once. */
    public static final SignupPolicy NO_CODE_STEP = new SignupPolicy(false);
}
