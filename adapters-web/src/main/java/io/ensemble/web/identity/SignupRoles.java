package io.ensemble.web.identity;

import io.ensemble.identity.Role;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Reads the {@code role} a sign-up body names (null when absent); an unknown name is a 400 on {@code role}. */
public final class SignupRoles {
    private SignupRoles() {
    }

    /**
     * @param value the role as sent, any case, or null
     * @return the role, or null when {@code value} is null
     * @throws ValidationFailed naming {@code field} when it is no role
     */
    public static Role parse(String field, String value) {
        if (value == null) {
            return null;
        }
        return Role.parse(value).orElseThrow(() -> new ValidationFailed(List.of(new FieldError(field,
                "must be one of " + Arrays.stream(Role.values()).filter(Role::selfAssignable)
                        .map(Role::name).collect(Collectors.joining(", "))))));
    }
}
