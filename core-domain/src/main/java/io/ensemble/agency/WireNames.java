package io.ensemble.agency;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Lower-case wire names of the agency's enums ({@code IN_PROGRESS} ↔ {@code in_progress}). */
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
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equalsIgnoreCase(wanted)).findFirst();
    }

    static <E extends Enum<E>> String list(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireNames::code).collect(Collectors.joining(", "));
    }
}
