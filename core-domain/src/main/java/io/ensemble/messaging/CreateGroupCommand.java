package io.ensemble.messaging;

import io.ensemble.shared.errors.Validator;
import java.util.List;
import java.util.UUID;

/**
 * A new GROUP conversation: its name (1-100 characters) and up to 100 initial members besides the
 * owner (duplicates and the owner are ignored). Self-validating.
 */
public record CreateGroupCommand(String name, List<UUID> memberIds) {
    public static final int NAME_MAX = 100;
    public static final int MEMBERS_MAX = 100;

    public CreateGroupCommand {
        name = name == null ? null : name.strip();
        memberIds = memberIds == null ? List.of() : memberIds;
        Validator v = new Validator();
        if (v.required("name", name)) {
            v.maxLength("name", name, NAME_MAX);
        }
        v.check(memberIds.size() <= MEMBERS_MAX, "memberIds", "must have at most " + MEMBERS_MAX + " items");
        v.check(memberIds.stream().allMatch(java.util.Objects::nonNull), "memberIds", "must not contain null");
        v.throwIfInvalid();
        memberIds = memberIds.stream().distinct().toList();
    }
}
