package io.ensemble.notifications;

import java.util.Map;
import java.util.Objects;

/**
 * One push notification to one device.
 *
 * @param deviceToken the provider's registration token of the device (FCM registration token)
 * @param title short headline shown by the device
 * @param body one-sentence text shown by the device
 * @param data string key/values handed to the app (e.g. {@code type}, {@code notificationId})
 */
public record PushMessage(String deviceToken, String title, String body, Map<String, String> data) {
    public PushMessage {
        Objects.requireNonNull(deviceToken, "deviceToken");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        data = Map.copyOf(data);
    }
}
