package app.tropa.http;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A yes-or-no value in a query or form, read by one rule everywhere: {@code true}, {@code 1},
 * {@code on} (a checked box) or {@code yes} mean yes; {@code false}, {@code 0}, {@code off},
 * {@code no}, an empty value or none at all mean no; anything else is refused naming the field.
 */
public record Flag(boolean on) {

    private static final Set<String> YES = Set.of("true", "1", "on", "yes");
    private static final Set<String> NO = Set.of("false", "0", "off", "no", "");

    /** Whether a parameter that may be absent says yes. */
    public static boolean on(Flag flag) {
        return flag != null && flag.on();
    }

    public static Flag parse(String field, String value) {
        String word = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (YES.contains(word)) {
            return new Flag(true);
        }
        if (NO.contains(word)) {
            return new Flag(false);
        }
        throw Problem.badRequest("invalid-flag", field + " must be true or false, not '" + value + "'.",
                Map.of("field", field));
    }
}
