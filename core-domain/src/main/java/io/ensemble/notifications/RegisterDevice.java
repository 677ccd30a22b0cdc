package io.ensemble.notifications;

import io.ensemble.shared.errors.Validator;
import java.util.Optional;

/**
 * Self-validating command of {@code POST /api/v1/notifications/devices}.
 *
 * @param token the device's push registration token (FCM registration token), 1..4096 characters
 * @param platform {@code ANDROID}, {@code IOS} or {@code WEB}
 */
public record RegisterDevice(String token, DevicePlatform platform) {
    /** Longest accepted token, in characters (FCM tokens are about 160). */
    public static final int TOKEN_MAX = 4096;

    /**
     * @throws io.ensemble.shared.errors.ValidationFailed fields {@code token} (missing, too long, blanks
     *     inside) and {@code platform} (missing or unknown)
     */
    public static RegisterDevice parse(String token, String platform) {
        Validator v = new Validator();
        if (v.required("token", token)) {
            v.maxLength("token", token.strip(), TOKEN_MAX)
                    .check(!token.strip().matches(".*\\s.*"), "token", "must not contain blanks");
        }
        Optional<DevicePlatform> p = DevicePlatform.parse(platform);
        v.check(p.isPresent(), "platform", "must be one of ANDROID, IOS, WEB");
        v.throwIfInvalid();
        return new RegisterDevice(token.strip(), p.orElseThrow());
    }
}
