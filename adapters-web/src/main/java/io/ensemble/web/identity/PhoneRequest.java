package io.ensemble.web.identity;

/**
 * Bodies of the phone routes (issue 23 §1): sign-up {@code {phone, name, role, termsAccepted}}, a code
 * {@code {phone}}, verification {@code {phone, code}}. {@code phone} in international form.
 */
public record PhoneRequest(String phone, String name, String role, Boolean termsAccepted, String code) {
    static final PhoneRequest EMPTY = new PhoneRequest(null, null, null, null, null);
}
