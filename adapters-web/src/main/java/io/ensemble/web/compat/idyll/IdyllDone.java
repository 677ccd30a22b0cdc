package io.ensemble.web.compat.idyll;

/**
 * The Idyll dialect's answer to a route that returns nothing (a delete): {@code {"success": true, "message": "…"}}.
 *
 * @param success always true (failures are {@link IdyllError})
 * @param message what was done
 */
public record IdyllDone(boolean success, String message) {
    /** @return a success saying {@code message} */
    public static IdyllDone of(String message) {
        return new IdyllDone(true, message);
    }
}
