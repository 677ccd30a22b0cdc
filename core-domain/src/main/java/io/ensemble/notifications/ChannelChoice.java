package io.ensemble.notifications;

/**
 * Which channels a user wants for one notification type.
 *
 * @param inApp store it in the in-app list (and push it live)
 * @param email send an email
 * @param push send a push notification to the user's devices
 */
public record ChannelChoice(boolean inApp, boolean email, boolean push) {
    /** Every channel on. */
    public static final ChannelChoice ALL = new ChannelChoice(true, true, true);

    /** @return whether {@code channel} is on */
    public boolean allows(NotificationChannel channel) {
        return switch (channel) {
            case IN_APP -> inApp;
            case EMAIL -> email;
            case PUSH -> push;
        };
    }

    /** @return this choice with the given switches changed; empty ones keep their value */
    public ChannelChoice with(ChannelSwitches switches) {
        return new ChannelChoice(switches.inApp().orElse(inApp), switches.email().orElse(email),
                switches.push().orElse(push));
    }
}
