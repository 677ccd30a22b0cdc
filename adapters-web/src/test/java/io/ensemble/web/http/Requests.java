package io.ensemble.web.http;

import java.io.ByteArrayInputStream;
import java.net.URI;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ResourceConfig;

/** Jersey request contexts built by hand, for calling filters directly. */
public final class Requests {
    private Requests() {
    }

    /**
     * @param method HTTP method
     * @param pathAndQuery e.g. {@code /api/v1/things?q=1} (already percent-encoded)
     * @return a request to {@code http://localhost/} with no headers and no body
     */
    public static ContainerRequest request(String method, String pathAndQuery) {
        return new ContainerRequest(URI.create("http://localhost/"), URI.create("http://localhost" + pathAndQuery),
                method, null, new MapPropertiesDelegate(), new ResourceConfig());
    }

    /** @return a request whose body is {@code body}, with {@code Content-Length} when {@code declareLength} */
    public static ContainerRequest withBody(String method, String contentType, byte[] body, boolean declareLength) {
        ContainerRequest request = request(method, "/upload");
        request.header("Content-Type", contentType);
        if (declareLength) {
            request.header("Content-Length", Integer.toString(body.length));
        } else {
            request.header("Transfer-Encoding", "chunked");
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        return request;
    }
}
