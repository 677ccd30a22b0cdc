package io.ensemble.messaging;

/**
 * Messaging policy (issue 4 §1).
 *
 * @param requireConnection when true, two users may start a DIRECT chat only if the
 *     {@link ConnectionDirectory} says they are connected (seeds/001); default false
 */
public record MessagingSettings(boolean requireConnection) {
}
