package io.ensemble.integrations.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import io.ensemble.identity.PhoneNumber;
import io.ensemble.identity.PhoneNumbers;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import java.util.List;

/**
 * {@link PhoneNumbers} with Google's libphonenumber (issue 23 §1): a number in international form is
 * parsed, validated for its region and normalised to E.164; only mobile numbers (or numbers that may be
 * either fixed or mobile, as in the US) are accepted, since only they receive a code by SMS.
 */
public final class LibPhoneNumbers implements PhoneNumbers {
    private static final int MAX_LENGTH = 32;
    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

    /** @throws ValidationFailed naming {@code phone} */
    @Override
    public PhoneNumber parseMobile(String raw) {
        if (raw == null || raw.isBlank()) {
            throw bad("is required");
        }
        if (raw.length() > MAX_LENGTH || !raw.strip().startsWith("+")) {
            throw bad("must be in international form, e.g. +14155550100");
        }
        Phonenumber.PhoneNumber parsed;
        try {
            parsed = util.parse(raw.strip(), "ZZ");
        } catch (NumberParseException e) {
            throw bad("is not a phone number");
        }
        if (!util.isValidNumber(parsed)) {
            throw bad("is not a valid phone number");
        }
        PhoneNumberType type = util.getNumberType(parsed);
        if (type != PhoneNumberType.MOBILE && type != PhoneNumberType.FIXED_LINE_OR_MOBILE) {
            throw bad("must be a mobile number");
        }
        return new PhoneNumber(util.format(parsed, PhoneNumberFormat.E164), util.getRegionCodeForNumber(parsed));
    }

    private static ValidationFailed bad(String message) {
        return new ValidationFailed(List.of(new FieldError("phone", message)));
    }
}
