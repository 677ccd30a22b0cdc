package io.ensemble.integrations.mail;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.ensemble.shared.mail.Mailer;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;

/**
 * {@code mail: {type: smtp, host: smtp.example.com, port: 587, username: ..., password: ..., from: ...,
 * startTls: true}}: sends mail through an SMTP server (RFC 5321) with Angus Mail. An empty username or
 * password means no SMTP AUTH. The password is write-only: it is never serialised back nor logged.
 */
@JsonTypeName("smtp")
public class SmtpMailerFactory implements MailerFactory {
    @NotEmpty
    private String host = "localhost";
    @Min(1)
    @Max(65535)
    private int port = 587;
    private String username = "";
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY)
    private String password = "";
    @NotEmpty
    private String from = "no-reply@ensemble.local";
    private boolean startTls;
    @Min(1)
    private int connectTimeoutMs = 10_000;
    @Min(1)
    private int timeoutMs = 10_000;

    /** @return an {@link SmtpMailer} with these settings */
    @Override
    public Mailer build() {
        return new SmtpMailer(this);
    }

    /** @return the SMTP server host name; default {@code localhost} */
    @JsonProperty
    public String getHost() {
        return host;
    }

    /** @param host the SMTP server host name */
    @JsonProperty
    public void setHost(String host) {
        this.host = host;
    }

    /** @return the SMTP port; default 587 (submission) */
    @JsonProperty
    public int getPort() {
        return port;
    }

    /** @param port the SMTP port, 1 to 65535 */
    @JsonProperty
    public void setPort(int port) {
        this.port = port;
    }

    /** @return the SMTP AUTH user name; empty for no authentication */
    @JsonProperty
    public String getUsername() {
        return username;
    }

    /** @param username the SMTP AUTH user name; null or empty for no authentication */
    @JsonProperty
    public void setUsername(String username) {
        this.username = username == null ? "" : username;
    }

    /** @return the SMTP AUTH password; empty for no authentication */
    public String getPassword() {
        return password;
    }

    /** @param password the SMTP AUTH password; null or empty for no authentication */
    @JsonProperty
    public void setPassword(String password) {
        this.password = password == null ? "" : password;
    }

    /** @return the sender address (header {@code From} and envelope sender); default {@code no-reply@ensemble.local} */
    @JsonProperty
    public String getFrom() {
        return from;
    }

    /** @param from the sender address */
    @JsonProperty
    public void setFrom(String from) {
        this.from = from;
    }

    /** @return whether STARTTLS (RFC 3207) is required before sending; default false */
    @JsonProperty
    public boolean isStartTls() {
        return startTls;
    }

    /** @param startTls whether to require STARTTLS */
    @JsonProperty
    public void setStartTls(boolean startTls) {
        this.startTls = startTls;
    }

    /** @return the connect timeout in milliseconds; default 10000 */
    @JsonProperty
    public int getConnectTimeoutMs() {
        return connectTimeoutMs;
    }

    /** @param connectTimeoutMs the connect timeout in milliseconds, positive */
    @JsonProperty
    public void setConnectTimeoutMs(int connectTimeoutMs) {
        this.connectTimeoutMs = connectTimeoutMs;
    }

    /** @return the read and write timeout in milliseconds; default 10000 */
    @JsonProperty
    public int getTimeoutMs() {
        return timeoutMs;
    }

    /** @param timeoutMs the read and write timeout in milliseconds, positive */
    @JsonProperty
    public void setTimeoutMs(int timeoutMs) {
        this.timeoutMs = timeoutMs;
    }

    /** @return the settings without the password */
    @Override
    public String toString() {
        return "SmtpMailerFactory[host=" + host + ", port=" + port + ", username=" + username
                + ", from=" + from + ", startTls=" + startTls + "]";
    }
}
