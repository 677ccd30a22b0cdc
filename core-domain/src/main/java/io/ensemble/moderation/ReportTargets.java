package io.ensemble.moderation;

import io.ensemble.identity.Caller;
import io.ensemble.identity.FindUsers;
import io.ensemble.marketplace.CreatorPackage;
import io.ensemble.marketplace.PackageService;
import io.ensemble.messaging.Message;
import io.ensemble.messaging.MessageModeration;
import io.ensemble.identity.User;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * How moderation reaches the reported content in its owning context, only through that context's use
 * cases and read ports (issue 19): who authored a target the reporter can see, and an admin's removal
 * of a message (messaging) or a package (marketplace).
 */
public final class ReportTargets {
    private final FindUsers users;
    private final MessageModeration messages;
    private final PackageService packages;

    /** Wires the other contexts' ports. */
    public ReportTargets(FindUsers users, MessageModeration messages, PackageService packages) {
        this.users = Objects.requireNonNull(users, "users");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.packages = Objects.requireNonNull(packages, "packages");
    }

    /**
     * @return the account responsible for the target, when {@code viewerId} can see it: an active
     *     user or their profile (by user id; every active user has a public profile, blank until saved,
     *     and a suspended one has none); a message of a conversation the viewer is in (its sender);
     *     an active package or the viewer's own (its creator). Empty otherwise.
     */
    public Optional<UUID> authorVisibleTo(UUID viewerId, ReportTargetType type, UUID targetId) {
        return switch (type) {
            case USER, PROFILE -> users.findById(targetId).filter(User::active).map(User::id);
            case MESSAGE -> messages.visibleTo(viewerId, targetId).map(Message::senderId);
            case PACKAGE -> packages.visiblePackage(viewerId, targetId).map(CreatorPackage::creatorId);
        };
    }

    /**
     * Removes a message (tombstone) or deactivates a package, as {@code admin}; joins the caller's
     * transaction.
     *
     * @return whether the target still existed
     * @throws IllegalArgumentException for a user or profile target (nothing to remove)
     */
    public boolean remove(Caller admin, ReportTargetType type, UUID targetId) {
        return switch (type) {
            case MESSAGE -> messages.removeMessage(admin, targetId).isPresent();
            case PACKAGE -> packages.removePackage(admin, targetId).isPresent();
            case USER, PROFILE -> throw new IllegalArgumentException("a " + type.code() + " has no content to remove");
        };
    }

    /** @return whether {@code remove_content} applies to targets of {@code type} */
    public static boolean removable(ReportTargetType type) {
        return type == ReportTargetType.MESSAGE || type == ReportTargetType.PACKAGE;
    }
}
