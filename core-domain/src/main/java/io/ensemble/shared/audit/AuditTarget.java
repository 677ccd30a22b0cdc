package io.ensemble.shared.audit;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The entity an audit record is about: a type token and its id, e.g. {@code user} +
 * {@code 0190f3c2-...}, {@code order} + an order id, {@code key} + a key id.
 *
 * @param type lower-case letters, digits and {@code _}, starting with a letter, at most 40 characters
 * @param id the entity's id as text (a UUID for most, a key id for keys), 1..200 characters, no
 *     control characters
 * @throws IllegalArgumentException for any other shape (a programming error of the recording code)
 */
public record AuditTarget(String type, String id) {
    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    /** The longest target id accepted. */
    public static final int MAX_ID_LENGTH = 200;

    public AuditTarget {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        if (!isType(type)) {
            throw new IllegalArgumentException("target type must match " + TYPE + ": " + type);
        }
        if (!isId(id)) {
            throw new IllegalArgumentException("target id must be 1.." + MAX_ID_LENGTH + " printable characters");
        }
    }

    /** @return a {@code user} target */
    public static AuditTarget user(java.util.UUID userId) {
        return new AuditTarget("user", userId.toString());
    }

    /** @return whether {@code type} is a valid target type token */
    public static boolean isType(String type) {
        return type != null && TYPE.matcher(type).matches();
    }

    /** @return whether {@code id} is a valid target id */
    public static boolean isId(String id) {
        return id != null && !id.isBlank() && id.length() <= MAX_ID_LENGTH && id.chars().noneMatch(Character::isISOControl);
    }
}
