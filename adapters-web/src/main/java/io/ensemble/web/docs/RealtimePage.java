package io.ensemble.web.docs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/**
 * Renders the AsyncAPI document as one readable, self-contained HTML page for {@code /docs/realtime}
 * (issue 24 §3): the description, the servers, then every operation with its direction, room, events,
 * payload schemas and acknowledgement, then the shared schemas. No script, no external resource.
 */
final class RealtimePage {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RealtimePage() {
    }

    /** @return the page's HTML */
    static String render(AsyncApiDocument doc) {
        JsonNode t = doc.tree();
        StringBuilder html = new StringBuilder(16_384).append("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Ensemble realtime events</title>
                <style>body{font:15px/1.5 system-ui,sans-serif;max-width:70em;margin:2em auto;padding:0 1em}
                code,pre{font:13px ui-monospace,monospace}pre{background:#f4f4f4;padding:.6em;overflow:auto}
                table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}
                .dir{font-weight:bold}</style></head><body>
                """);
        html.append("<h1>").append(esc(t.at("/info/title").asText())).append(" <small>")
                .append(esc(t.at("/info/version").asText())).append("</small></h1>\n")
                .append("<p>AsyncAPI ").append(esc(t.path("asyncapi").asText()))
                .append(" document: <a href=\"/asyncapi.yaml\">/asyncapi.yaml</a>. HTTP routes: ")
                .append("<a href=\"/docs\">/docs</a>.</p>\n<pre>")
                .append(esc(t.at("/info/description").asText())).append("</pre>\n<h2>Servers</h2>\n<table>")
                .append("<tr><th>name</th><th>URL</th><th>about</th></tr>\n");
        t.path("servers").fields().forEachRemaining(s -> html.append("<tr><td>").append(esc(s.getKey()))
                .append("</td><td><code>").append(esc(s.getValue().path("protocol").asText() + "://"
                        + s.getValue().path("host").asText() + s.getValue().path("pathname").asText()))
                .append("</code></td><td>").append(esc(s.getValue().path("description").asText()))
                .append("</td></tr>\n"));
        html.append("</table>\n<h2>Events</h2>\n");
        for (Map.Entry<String, JsonNode> e : doc.operations().entrySet()) {
            operation(html, doc, e.getKey(), e.getValue());
        }
        html.append("<h2>Schemas</h2>\n");
        t.at("/components/schemas").fields().forEachRemaining(s -> html.append("<h3 id=\"schema-")
                .append(esc(s.getKey())).append("\">").append(esc(s.getKey())).append("</h3>\n<pre>")
                .append(esc(pretty(s.getValue()))).append("</pre>\n"));
        return html.append("</body></html>\n").toString();
    }

    private static void operation(StringBuilder html, AsyncApiDocument doc, String id, JsonNode op) {
        boolean fromClient = "receive".equals(op.path("action").asText());
        JsonNode channel = doc.resolve(op.path("channel"));
        String address = channel.path("address").isTextual() ? channel.path("address").asText() : "this socket";
        html.append("<h3 id=\"op-").append(esc(id)).append("\">").append(esc(id)).append("</h3>\n<p><span class=\"dir\">")
                .append(fromClient ? "client → server" : "server → client").append("</span>, room <code>")
                .append(esc(address)).append("</code>. ").append(esc(op.path("summary").asText())).append("</p>\n");
        for (JsonNode ref : op.path("messages")) {
            message(html, doc.resolve(ref));
        }
        if (op.has("reply")) {
            html.append("<p>Acknowledgement:</p>\n");
            for (JsonNode ref : op.at("/reply/messages")) {
                message(html, doc.resolve(ref));
            }
        }
    }

    private static void message(StringBuilder html, JsonNode message) {
        html.append("<h4><code>").append(esc(message.path("name").asText())).append("</code></h4>\n");
        if (message.has("summary")) {
            html.append("<p>").append(esc(message.path("summary").asText())).append("</p>\n");
        }
        html.append("<pre>").append(esc(pretty(message.path("payload")))).append("</pre>\n");
    }

    private static String pretty(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            return node.toString();
        }
    }

    /** @return {@code s} with HTML's special characters escaped */
    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
