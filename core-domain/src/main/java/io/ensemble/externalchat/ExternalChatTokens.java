package io.ensemble.externalchat;

import io.ensemble.identity.Caller;
import io.ensemble.shared.errors.ProviderNotConfigured;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Issues the caller's token for the hosted chat (issue 23 §4: {@code GET /api/v1/chat/stream-token}), so
 * a client written for Stream Chat connects as the Ensemble user it signed in as; only ever for the
 * caller themself.
 */
public final class ExternalChatTokens {
    private final ExternalChat chat;

    public ExternalChatTokens(ExternalChat chat) {
        this.chat = Objects.requireNonNull(chat, "chat");
    }

    /**
     * The caller's credentials for the hosted chat.
     *
     * @param apiKey the provider's public key
     * @param userId the caller's id, which is their user id there
     * @param token the signed user token
     */
    public record Credentials(String apiKey, UUID userId, String token) {
    }

    /** @throws ProviderNotConfigured (503) when no provider is configured, naming the variables to set */
    public Credentials issue(Caller caller) {
        if (!chat.enabled()) {
            throw new ProviderNotConfigured("Stream Chat", List.of("STREAMCHAT_API_KEY", "STREAMCHAT_API_SECRET"));
        }
        return new Credentials(chat.apiKey(), caller.userId(), chat.userToken(caller.userId()));
    }
}
