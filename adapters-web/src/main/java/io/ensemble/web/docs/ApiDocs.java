package io.ensemble.web.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The published API contract (issue 24 §1-§3), registered on the API port without authentication:
 * {@code /openapi.json} and {@code /openapi.yaml} (generated from the resources), {@code /asyncapi.yaml}
 * (the realtime events), {@code /docs} (Swagger UI from its webjar) and {@code /docs/realtime}.
 */
public final class ApiDocs {
    private ApiDocs() {
    }

    /** Registers the document and docs-page resources on {@code jersey}. */
    public static void register(ResourceConfig jersey) {
        jersey.register(new OpenApiResource(version()));
        AsyncApiDocument realtime = AsyncApiDocument.load();
        jersey.register(new AsyncApiResource(realtime));
        jersey.register(new DocsPagesResource(DocsPagesResource.webjarVersion(), realtime));
    }

    /** @return the project version the build wrote into {@code api-docs.properties} */
    static String version() {
        return properties("io/ensemble/web/docs/api-docs.properties").getProperty("version");
    }

    /**
     * @param resource a classpath resource path, e.g. {@code META-INF/maven/g/a/pom.properties}
     * @return its properties
     * @throws IllegalStateException when it is not on the classpath
     */
    static Properties properties(String resource) {
        Properties p = new Properties();
        try (InputStream in = ApiDocs.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
