package io.ensemble.app.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OpenAPI path template ({@code /api/v1/chats/{chatId}/messages}) as a pattern over request paths, for
 * {@link ContractValidator}. A parameter matches one segment; a path that no template matches that way may still
 * match a parameter spanning segments (Jersey's {@code {key: .+}}).
 *
 * @param template the template as written in the document's {@code paths}
 * @param segment the pattern with one segment per parameter
 * @param spanning the pattern with parameters spanning segments
 * @param literalLength characters outside parameters: the most literal matching template wins
 */
record PathTemplate(String template, Pattern segment, Pattern spanning, int literalLength) {
    private static final Pattern PARAM = Pattern.compile("\\{[^}]+}");

    /** @return the templates of an OpenAPI {@code paths} object */
    static List<PathTemplate> all(JsonNode paths) {
        List<PathTemplate> all = new ArrayList<>();
        paths.fieldNames().forEachRemaining(t -> all.add(of(t)));
        return all;
    }

    static PathTemplate of(String template) {
        Matcher m = PARAM.matcher(template);
        StringBuilder segment = new StringBuilder();
        StringBuilder spanning = new StringBuilder();
        int last = 0;
        int literal = 0;
        while (m.find()) {
            String text = template.substring(last, m.start());
            literal += text.length();
            segment.append(Pattern.quote(text)).append("[^/]+");
            spanning.append(Pattern.quote(text)).append(".+");
            last = m.end();
        }
        String tail = template.substring(last);
        literal += tail.length();
        segment.append(Pattern.quote(tail));
        spanning.append(Pattern.quote(tail));
        return new PathTemplate(template, Pattern.compile(segment.toString()), Pattern.compile(spanning.toString()),
                literal);
    }

    /** @return whether {@code path} (without query) matches with one segment per parameter */
    boolean matches(String path) {
        return segment.matcher(path).matches();
    }

    /** @return whether {@code path} matches with parameters spanning segments */
    boolean matchesSpanning(String path) {
        return spanning.matcher(path).matches();
    }
}
