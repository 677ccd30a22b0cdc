package io.ensemble.web.docs;

import io.ensemble.web.http.ErrorCodes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Objects;

/**
 * The docs pages (issue 24 §3), without authentication: Swagger UI at {@code /docs} on the OpenAPI
 * document, served from the {@code org.webjars:swagger-ui} jar (no CDN, works offline; the page and
 * its initializer are ours and point the UI at {@code /openapi.json}, the scripts, styles and icons
 * are the webjar's), and the realtime events at {@code /docs/realtime}. One resource for the whole
 * {@code /docs} tree, since Jersey matches the root path first and does not fall back to another.
 */
@Path("/docs")
public final class DocsPagesResource {
    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
    private static final String JAVASCRIPT = "text/javascript;charset=utf-8";

    private final String assets;
    private final String realtimePage;

    /**
     * @param webjarVersion the swagger-ui webjar's version, e.g. {@code 5.35.0}
     * @param realtime the AsyncAPI document shown at {@code /docs/realtime} (rendered once, here)
     */
    public DocsPagesResource(String webjarVersion, AsyncApiDocument realtime) {
        this.assets = WEBJAR + Objects.requireNonNull(webjarVersion, "webjarVersion") + "/";
        this.realtimePage = RealtimePage.render(realtime);
    }

    /** @return the version of the swagger-ui webjar on the classpath (from its {@code pom.properties}) */
    static String webjarVersion() {
        return ApiDocs.properties("META-INF/maven/org.webjars/swagger-ui/pom.properties").getProperty("version");
    }

    /** The Swagger UI page. */
    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    @ErrorCodes({})
    public String page() {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Ensemble API</title>
                <link rel="stylesheet" href="/docs/swagger-ui.css">
                <link rel="stylesheet" href="/docs/index.css">
                <link rel="icon" type="image/png" href="/docs/favicon-32x32.png" sizes="32x32">
                </head><body>
                <p style="font:14px sans-serif;margin:1em">Realtime events: <a href="/docs/realtime">/docs/realtime</a>
                · documents: <a href="/openapi.json">/openapi.json</a>, <a href="/openapi.yaml">/openapi.yaml</a>,
                <a href="/asyncapi.yaml">/asyncapi.yaml</a></p>
                <div id="swagger-ui"></div>
                <script src="/docs/swagger-ui-bundle.js" charset="utf-8"></script>
                <script src="/docs/swagger-ui-standalone-preset.js" charset="utf-8"></script>
                <script src="/docs/swagger-initializer.js" charset="utf-8"></script>
                </body></html>
                """;
    }

    /** Every realtime event of the AsyncAPI document, readable in a browser. */
    @GET
    @Path("realtime")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    @ErrorCodes({})
    public String realtime() {
        return realtimePage;
    }

    /** The UI's configuration: the document at {@code /openapi.json}. */
    @GET
    @Path("swagger-initializer.js")
    @Produces(JAVASCRIPT)
    @ErrorCodes({})
    public String initializer() {
        return """
                window.onload = function () {
                  window.ui = SwaggerUIBundle({
                    url: "/openapi.json",
                    dom_id: "#swagger-ui",
                    deepLinking: true,
                    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
                    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
                    layout: "StandaloneLayout"
                  });
                };
                """;
    }

    /**
     * One of the webjar's scripts, styles or icons (only these names: nothing else of the jar or the
     * classpath is reachable).
     *
     * @throws NotFoundException when the webjar lacks it
     */
    @GET
    @Path("{asset: swagger-ui[a-z-]*\\.(?:js|css)|index\\.css|favicon-(?:16x16|32x32)\\.png}")
    @ErrorCodes({})
    public Response asset(@PathParam("asset") String asset) {
        InputStream in = DocsPagesResource.class.getClassLoader().getResourceAsStream(assets + asset);
        if (in == null) {
            throw new NotFoundException();
        }
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(in, typeOf(asset)).cacheControl(cache).build();
    }

    private static String typeOf(String asset) {
        if (asset.endsWith(".js")) {
            return JAVASCRIPT;
        }
        return asset.endsWith(".css") ? "text/css;charset=utf-8" : "image/png";
    }
}
