package io.ensemble.social;

import io.ensemble.shared.errors.ValidationFailed;

/**
 * A provider refused what the user brought (400): an invalid or used authorization code
 * ({@code OAUTH_CODE_REJECTED}), a scope that was not granted ({@code SCOPE_NOT_GRANTED}), or an account
 * kind we cannot link ({@code ACCOUNT_NOT_SUPPORTED}, e.g. a personal Instagram account).
 */
public class ProviderRejected extends ValidationFailed {
    /** Code of a refused authorization code or grant. */
    public static final String CODE_REJECTED = "OAUTH_CODE_REJECTED";
    /** Code of a missing scope ({@code invalid_scope}, or a granted set without the needed scope). */
    public static final String SCOPE_NOT_GRANTED = "SCOPE_NOT_GRANTED";
    /** Code of an unsupported account kind. */
    public static final String ACCOUNT_NOT_SUPPORTED = "ACCOUNT_NOT_SUPPORTED";
    /** Code of a user who declined consent at the provider ({@code access_denied}). */
    public static final String ACCESS_DENIED = "OAUTH_ACCESS_DENIED";

    /**
     * @param code one of the constants above
     * @param message what the user should do, without tokens
     */
    public ProviderRejected(String code, String message) {
        super(code, message);
    }
}
