package io.ensemble.web.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The notes of each context's tag in the OpenAPI document (issue 24 §3: the README's route tables moved to
 * {@code /docs}): the Markdown file {@code io/ensemble/web/docs/tags/<tag>.md} on the classpath, which Swagger UI
 * renders under the tag; a tag without a file gets a one-line description.
 */
final class TagNotes {
    /** Tags with notes but no HTTP operation of their own (the sockets; events are in /asyncapi.yaml). */
    static final Set<String> EXTRA = Set.of("realtime");

    private TagNotes() {
    }

    /** @return the Markdown notes of {@code tag} (e.g. {@code messaging}) */
    static String of(String tag) {
        String resource = "io/ensemble/web/docs/tags/" + tag + ".md";
        try (InputStream in = TagNotes.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return "Routes of the " + tag + " context.";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
