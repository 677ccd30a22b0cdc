package io.ensemble.notifications;

import io.ensemble.identity.Caller;
import io.ensemble.shared.errors.NotFound;
import java.time.Clock;
import java.util.Objects;

/**
 * The caller's push devices (issue 5 §4, push channel): register a device token after the app
 * obtained it from FCM, unregister it at sign-out. A token registered by another user moves to
 * the caller (a device has one signed-in owner).
 */
public final class PushDeviceService {
    private final PushDevices devices;
    private final Clock clock;

    /** @param devices the device token store; {@code clock} stamps registrations */
    public PushDeviceService(PushDevices devices, Clock clock) {
        this.devices = Objects.requireNonNull(devices, "devices");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Registers (or refreshes) the caller's device token. */
    public void registerDevice(Caller caller, RegisterDevice command) {
        devices.register(caller.userId(), command.token(), command.platform(), clock.instant());
    }

    /** Unregisters one of the caller's device tokens. @throws NotFound unless the caller has it */
    public void unregisterDevice(Caller caller, String token) {
        if (token == null || !devices.unregister(caller.userId(), token.strip())) {
            throw new NotFound("No such device.");
        }
    }
}
