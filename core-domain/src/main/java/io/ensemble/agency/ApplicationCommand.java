package io.ensemble.agency;

import io.ensemble.identity.EmailAddress;
import io.ensemble.shared.errors.Validator;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The public application form (issue 22 §1) as sent: {@code name} (1..100), {@code email}, {@code phone}
 * (optional, up to 32 characters of digits, spaces and {@code + - ( ) .}), {@code roleAppliedFor} (optional,
 * up to 60), {@code portfolioLinks} (up to {@value #MAX_LINKS} http(s) URLs of up to 500 characters) and
 * {@code message} (optional, up to 2000).
 */
public record ApplicationCommand(String name, String email, String phone, String roleAppliedFor,
                                 List<String> portfolioLinks, String message) {
    /** Most portfolio links one application carries. */
    public static final int MAX_LINKS = 10;

    /** The form checked and normalised (e-mail lower-case, blanks absent). */
    public record Parsed(String name, String email, Optional<String> phone, Optional<String> roleAppliedFor,
                         List<String> portfolioLinks, String message) {
    }

    /** @throws io.ensemble.shared.errors.ValidationFailed naming each bad field */
    public Parsed parse() {
        Validator v = new Validator();
        if (v.required("name", name)) {
            v.maxLength("name", name.strip(), 100);
        }
        String normalized = EmailAddress.normalize(email);
        if (v.required("email", normalized)) {
            v.email("email", normalized);
        }
        Optional<String> ph = present(phone);
        ph.ifPresent(p -> v.check(p.length() <= 32 && p.matches("[0-9+()\\-. ]+") && p.matches(".*[0-9].*"),
                "phone", "must be a phone number such as +1 555 010 2030"));
        Optional<String> role = present(roleAppliedFor);
        role.ifPresent(r -> v.maxLength("roleAppliedFor", r, 60));
        List<String> links = portfolioLinks == null ? List.of() : portfolioLinks.stream()
                .map(l -> l == null ? "" : l.strip()).toList();
        v.check(links.size() <= MAX_LINKS, "portfolioLinks", "at most " + MAX_LINKS + " links");
        v.check(links.stream().allMatch(ApplicationCommand::httpUrl), "portfolioLinks",
                "each link must be an http(s) URL of at most 500 characters");
        String text = message == null ? "" : message.strip();
        v.maxLength("message", text, 2000);
        v.throwIfInvalid();
        return new Parsed(name.strip(), normalized, ph, role, links, text);
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static boolean httpUrl(String link) {
        if (link.isEmpty() || link.length() > 500) {
            return false;
        }
        try {
            URI uri = URI.create(link);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
