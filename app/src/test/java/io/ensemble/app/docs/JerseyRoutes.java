package io.ensemble.app.docs;

import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * Every route Jersey serves, read from the application's {@link ResourceConfig} with Jersey's own
 * model ({@link Resource#from}), independently of swagger-core: {@code "GET /api/v1/x/{id}"}, with
 * path-parameter regular expressions dropped as OpenAPI writes them.
 */
final class JerseyRoutes {
    private JerseyRoutes() {
    }

    /** @return {@code "METHOD /path"} of every resource method, sorted; sub-resource locators as {@code "LOCATOR /path"} */
    static Set<String> of(ResourceConfig config) {
        List<Resource> roots = new ArrayList<>(config.getResources());
        config.getClasses().stream().filter(c -> c.isAnnotationPresent(Path.class)).map(Resource::from)
                .forEach(roots::add);
        config.getInstances().stream().map(Object::getClass).filter(c -> c.isAnnotationPresent(Path.class))
                .map(Resource::from).forEach(roots::add);
        Set<String> routes = new TreeSet<>();
        roots.forEach(r -> walk(r, "", routes));
        return routes;
    }

    private static void walk(Resource resource, String prefix, Set<String> out) {
        String path = join(prefix, resource.getPath());
        for (ResourceMethod m : resource.getResourceMethods()) {
            out.add(m.getHttpMethod() + " " + path);
        }
        if (resource.getResourceLocator() != null) {
            out.add("LOCATOR " + path);
        }
        resource.getChildResources().forEach(child -> walk(child, path, out));
    }

    /** @return {@code prefix/path} with single slashes, no trailing slash, and {@code {name: regex}} as {@code {name}} */
    static String join(String prefix, String path) {
        String joined = (prefix + "/" + (path == null ? "" : path)).replaceAll("/+", "/");
        if (joined.length() > 1 && joined.endsWith("/")) {
            joined = joined.substring(0, joined.length() - 1);
        }
        return stripRegexes(joined);
    }

    private static String stripRegexes(String template) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int depth = 0;
            int end = i;
            for (; end < template.length(); end++) {
                char d = template.charAt(end);
                depth += d == '{' ? 1 : d == '}' ? -1 : 0;
                if (depth == 0) {
                    break;
                }
            }
            String inner = template.substring(i + 1, end);
            int colon = inner.indexOf(':');
            out.append('{').append((colon < 0 ? inner : inner.substring(0, colon)).strip()).append('}');
            i = end + 1;
        }
        return out.toString();
    }
}
