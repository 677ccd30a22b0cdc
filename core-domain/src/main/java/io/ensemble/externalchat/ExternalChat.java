package io.ensemble.externalchat;

import io.ensemble.shared.errors.ProviderUnavailable;
import java.util.List;
import java.util.UUID;

/**
 * A hosted chat service that mirrors order conversations (issue 23 §4, seeds/002 "StreamChat
 * integration"): users are upserted, each order gets a channel with both parties as members, order
 * system messages are posted there, and clients get a user token to connect. Off by default
 * ({@link #DISABLED}); the native chat keeps working either way. Server calls throw
 * {@link ProviderUnavailable} when the service cannot be reached or refuses the call, so the caller
 * retries later.
 */
public interface ExternalChat {
    /** No hosted chat: nothing is mirrored and no client token is issued. */
    ExternalChat DISABLED = new ExternalChat() {
        @Override
        public boolean enabled() {
            return false;
        }

        @Override
        public String apiKey() {
            throw new IllegalStateException("external chat is disabled");
        }

        @Override
        public String userToken(UUID userId) {
            throw new IllegalStateException("external chat is disabled");
        }

        @Override
        public void upsertUsers(List<ExternalChatUser> users) {
            throw new IllegalStateException("external chat is disabled");
        }

        @Override
        public void openChannel(String channelId, String name, UUID createdBy, List<UUID> members) {
            throw new IllegalStateException("external chat is disabled");
        }

        @Override
        public void postMessage(String channelId, UUID senderId, String text) {
            throw new IllegalStateException("external chat is disabled");
        }
    };

    /** @return whether a provider is configured */
    boolean enabled();

    /** @return the provider's public API key, which clients need beside their token */
    String apiKey();

    /** @return a token with which {@code userId} connects to the provider from a client (signed, not sent anywhere) */
    String userToken(UUID userId);

    /** Creates or updates the users (id, name, picture). @throws ProviderUnavailable when the call fails */
    void upsertUsers(List<ExternalChatUser> users);

    /**
     * Gets or creates the channel {@code channelId} with {@code members} (idempotent).
     *
     * @throws ProviderUnavailable when the call fails
     */
    void openChannel(String channelId, String name, UUID createdBy, List<UUID> members);

    /** Posts {@code text} to the channel as {@code senderId}. @throws ProviderUnavailable when the call fails */
    void postMessage(String channelId, UUID senderId, String text);
}
