package io.ensemble.integrations.externalchat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ensemble.externalchat.ExternalChat;
import org.junit.jupiter.api.Test;

/** {@code externalChat: {type: stream}} is on with both keys, off with none, refused with one (issue 23 §4). */
class StreamChatFactoryTest {
    private final ObjectMapper json = new ObjectMapper();

    private static StreamChatFactory factory(String key, String secret) {
        StreamChatFactory f = new StreamChatFactory();
        try {
            var k = StreamChatFactory.class.getDeclaredField("apiKey");
            var s = StreamChatFactory.class.getDeclaredField("apiSecret");
            k.setAccessible(true);
            s.setAccessible(true);
            k.set(f, key);
            s.set(f, secret);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return f;
    }

    @Test
    void both_keys_turn_it_on_none_leaves_it_off_and_one_alone_is_refused_naming_the_other() {
        assertThat(factory("", "").build(json)).isSameAs(ExternalChat.DISABLED);
        ExternalChat on = factory("key", "secret-secret").build(json);
        assertThat(on.enabled()).isTrue();
        assertThat(on.apiKey()).isEqualTo("key");
        assertThatThrownBy(() -> factory("key", "").build(json)).hasMessageContaining("STREAMCHAT_API_SECRET");
        assertThatThrownBy(() -> factory("", "secret").build(json)).hasMessageContaining("STREAMCHAT_API_KEY");
        assertThat(new NoExternalChatFactory().build(json)).isSameAs(ExternalChat.DISABLED);
    }
}
