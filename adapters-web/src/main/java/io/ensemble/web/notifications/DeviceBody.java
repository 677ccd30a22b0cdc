package io.ensemble.web.notifications;

/** Body of {@code POST /api/v1/notifications/devices}: {@code {token, platform}} (ANDROID, IOS, WEB). */
public record DeviceBody(String token, String platform) {
    static final DeviceBody EMPTY = new DeviceBody(null, null);
}
