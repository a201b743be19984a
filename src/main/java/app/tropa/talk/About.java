package app.tropa.talk;

import app.tropa.http.Problem;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What a talk is about: a step of the path, a reflection, a term, or today's question. */
public record About(Kind kind, String id) {

    public enum Kind {
        NODE, REFLECTION, TERM, TODAY;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Kind> parse(String code) {
            return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
        }
    }

    /** Reads {@code type} and {@code id} as sent; today's question needs no id. */
    public static About of(String type, String id) {
        Kind kind = Kind.parse(type == null ? "" : type.strip()).orElseThrow(() -> Problem.badRequest("invalid-about",
                "A talk is about a node, a reflection, a term or today: about.type is one of node, reflection, term, "
                        + "today.", Map.of("field", "about.type")));
        String clean = id == null ? "" : id.strip();
        if (kind != Kind.TODAY && (clean.isEmpty() || clean.length() > 120)) {
            throw Problem.badRequest("invalid-about", "about.id names the " + kind.code() + " the talk is about.",
                    Map.of("field", "about.id"));
        }
        return new About(kind, kind == Kind.TODAY ? "today" : clean);
    }
}
