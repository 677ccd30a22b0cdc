package io.ensemble.identity;

/** Port: parses what a person typed into a mobile {@link PhoneNumber} (libphonenumber in the adapter). */
public interface PhoneNumbers {
    /**
     * @param raw the number as typed; international form ({@code +} and country code) required
     * @return the number in E.164 with its region
     * @throws io.ensemble.shared.errors.ValidationFailed naming {@code phone} when it is missing, not a
     *     valid number, or not a mobile number
     */
    PhoneNumber parseMobile(String raw);
}
