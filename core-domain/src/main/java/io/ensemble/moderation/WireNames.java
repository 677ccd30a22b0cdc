package io.ensemble.moderation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The lower-case wire names of the moderation enums ({@code remove_content}, {@code package}, ...). */
final class WireNames {
    private WireNames() {
    }

    static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip();
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equalsIgnoreCase(wanted)).findFirst();
    }

    static String list(Class<? extends Enum<?>> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(WireNames::code).toList());
    }
}
