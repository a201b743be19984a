package app.tropa.http;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Light, dark, or whatever the system prefers; kept in a cookie once chosen with {@code ?theme=}. */
public enum Theme {
    SYSTEM, LIGHT, DARK;

    public static final String COOKIE = "tropa-theme";

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Theme> parse(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
    }
}
