package io.ensemble.persistence.database;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Connection settings for PostgreSQL: a JDBC URL plus the user and password to log in with
 * (either may be null: the driver then uses the URL's own {@code user}/{@code password}
 * parameters or its defaults). {@link #toString()} never shows the password.
 *
 * @param jdbcUrl a {@code jdbc:postgresql:} URL without credentials in its authority
 * @param user the login role, or null
 * @param password the password, or null
 */
public record DatabaseUrl(String jdbcUrl, String user, String password) {
    private static final String JDBC_PREFIX = "jdbc:postgresql:";
    private static final int DEFAULT_PORT = 5432;

    /**
     * Reads a database URL in one of the forms operators paste:
     * <ul>
     *   <li>{@code jdbc:postgresql://host:5432/db[?params]}: kept as is; user and password come from
     *       the explicit arguments, else from its {@code user}/{@code password} query parameters;</li>
     *   <li>{@code postgres://user:pass@host[:port]/db[?params]} or {@code postgresql://...}
     *       (Heroku/libpq style): turned into a JDBC URL with port 5432 when none is given and the
     *       query string kept; user and password are percent-decoded from the URL unless the
     *       explicit arguments are non-blank, which win.</li>
     * </ul>
     *
     * @param url the URL as configured
     * @param user explicit login role; blank or null means "take it from the URL"
     * @param password explicit password; blank or null means "take it from the URL"
     * @return the parsed settings
     * @throws IllegalArgumentException when {@code url} is blank or not one of these forms
     */
    public static DatabaseUrl parse(String url, String user, String password) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("The database URL is empty; expected jdbc:postgresql://host:port/db "
                    + "or postgres://user:password@host:port/db");
        }
        String trimmed = url.trim();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith(JDBC_PREFIX)) {
            String query = queryOf(trimmed);
            return new DatabaseUrl(trimmed,
                    pick(user, queryParameter(query, "user")),
                    pick(password, queryParameter(query, "password")));
        }
        if (lower.startsWith("postgres://") || lower.startsWith("postgresql://")) {
            return fromLibpqUrl(trimmed, user, password);
        }
        throw new IllegalArgumentException("Unsupported database URL scheme in '" + redact(trimmed)
                + "'; expected jdbc:postgresql://host:port/db or postgres://user:password@host:port/db");
    }

    /**
     * @param database a database name on the same server
     * @return the same server, credentials and query parameters, but connecting to {@code database}
     */
    public DatabaseUrl withDatabase(String database) {
        String rest = jdbcUrl.substring(JDBC_PREFIX.length());
        int queryStart = rest.indexOf('?');
        String query = queryStart < 0 ? "" : rest.substring(queryStart);
        String target = queryStart < 0 ? rest : rest.substring(0, queryStart);
        String server = "";
        if (target.startsWith("//")) {
            int slash = target.indexOf('/', 2);
            server = slash < 0 ? target : target.substring(0, slash);
            server += "/";
        }
        return new DatabaseUrl(JDBC_PREFIX + server + database + query, user, password);
    }

    /** @return the settings with the password masked */
    @Override
    public String toString() {
        return "DatabaseUrl[jdbcUrl=" + redact(jdbcUrl) + ", user=" + user
                + ", password=" + (password == null ? "null" : "****") + "]";
    }

    private static DatabaseUrl fromLibpqUrl(String url, String user, String password) {
        String rest = url.substring(url.indexOf("://") + 3);
        int queryStart = rest.indexOf('?');
        String query = queryStart < 0 ? "" : rest.substring(queryStart);
        String beforeQuery = queryStart < 0 ? rest : rest.substring(0, queryStart);
        int at = beforeQuery.lastIndexOf('@');
        String userInfo = at < 0 ? "" : beforeQuery.substring(0, at);
        String hostAndPath = beforeQuery.substring(at + 1);
        int slash = hostAndPath.indexOf('/');
        String hosts = slash < 0 ? hostAndPath : hostAndPath.substring(0, slash);
        String database = slash < 0 ? "" : hostAndPath.substring(slash + 1);
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("The database URL '" + redact(url) + "' names no host");
        }
        if (database.isEmpty() || database.contains("/")) {
            throw new IllegalArgumentException("The database URL '" + redact(url) + "' must name one database, "
                    + "as in postgres://user:password@host:5432/mydb");
        }
        int colon = userInfo.indexOf(':');
        String urlUser = colon < 0 ? userInfo : userInfo.substring(0, colon);
        String urlPassword = colon < 0 ? "" : userInfo.substring(colon + 1);
        String jdbc = JDBC_PREFIX + "//" + withDefaultPorts(hosts, url) + "/" + database + query;
        return new DatabaseUrl(jdbc, pick(user, decode(urlUser)), pick(password, decode(urlPassword)));
    }

    private static String withDefaultPorts(String hosts, String url) {
        StringBuilder out = new StringBuilder();
        for (String host : hosts.split(",", -1)) {
            if (host.isEmpty()) {
                throw new IllegalArgumentException("The database URL '" + redact(url) + "' has an empty host");
            }
            int portColon = host.startsWith("[") ? host.indexOf(':', host.indexOf(']')) : host.indexOf(':');
            String name = portColon < 0 ? host : host.substring(0, portColon);
            String port = portColon < 0 ? Integer.toString(DEFAULT_PORT) : host.substring(portColon + 1);
            if (!port.matches("\\d{1,5}") || Integer.parseInt(port) > 65535 || name.isEmpty()) {
                throw new IllegalArgumentException("The database URL '" + redact(url) + "' has an invalid host or port: "
                        + host);
            }
            out.append(out.length() == 0 ? "" : ",").append(name).append(':').append(port);
        }
        return out.toString();
    }

    private static String queryOf(String url) {
        int queryStart = url.indexOf('?');
        return queryStart < 0 ? "" : url.substring(queryStart + 1);
    }

    private static String queryParameter(String query, String name) {
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return decode(pair.substring(eq + 1));
            }
        }
        return null;
    }

    private static String pick(String explicit, String fromUrl) {
        if (explicit != null && !explicit.isBlank()) {
            return explicit;
        }
        return fromUrl == null || fromUrl.isEmpty() ? null : fromUrl;
    }

    /** Percent-decodes as RFC 3986 does ('+' stays a plus, unlike form encoding); bytes are UTF-8. */
    private static String decode(String value) {
        StringBuilder out = new StringBuilder(value.length());
        int i = 0;
        while (i < value.length()) {
            if (value.charAt(i) != '%') {
                out.append(value.charAt(i++));
                continue;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            while (i < value.length() && value.charAt(i) == '%') {
                int high = i + 1 < value.length() ? Character.digit(value.charAt(i + 1), 16) : -1;
                int low = i + 2 < value.length() ? Character.digit(value.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) {
                    throw new IllegalArgumentException("Invalid percent-encoding in the database URL credentials");
                }
                bytes.write(high * 16 + low);
                i += 3;
            }
            out.append(bytes.toString(StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    /** Hides a password in a URL's authority or its {@code password=} parameter for messages. */
    private static String redact(String url) {
        return url.replaceAll("(://[^:/@?]*):[^/?]*@", "$1:****@")
                .replaceAll("(?i)(password=)[^&]*", "$1****");
    }
}
