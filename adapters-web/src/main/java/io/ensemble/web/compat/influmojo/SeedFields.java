package io.ensemble.web.compat.influmojo;

import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import java.util.Map;
import java.util.function.Supplier;

/** Runs a native call and names its field errors as seeds/002 names the fields ({@code avatarUrl} → {@code profile_image_url}). */
final class SeedFields {
    private SeedFields() {
    }

    /**
     * @param renames native field → seed field; fields not listed keep their name (snake-cased by the error filter)
     * @return what {@code call} returns
     * @throws ValidationFailed with the seed's field names
     */
    static <T> T renamed(Map<String, String> renames, Supplier<T> call) {
        try {
            return call.get();
        } catch (ValidationFailed e) {
            throw new ValidationFailed(e.errors().stream()
                    .map(f -> new FieldError(renames.getOrDefault(f.field(), f.field()), f.message())).toList());
        }
    }
}
