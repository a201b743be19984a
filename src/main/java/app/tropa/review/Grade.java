package app.tropa.review;

import app.tropa.http.Problem;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The four answers to "how well did I recall my meaning?", as FSRS numbers them (1–4). */
public enum Grade {
    AGAIN(1),
    HARD(2),
    GOOD(3),
    EASY(4);

    private final int number;

    Grade(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A grade by its name ({@code good}) or its number ({@code 3}); empty for anything else. */
    public static Optional<Grade> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(g -> g.code().equals(wanted) || String.valueOf(g.number).equals(wanted))
                .findFirst();
    }

    /**
     * The grade in field {@code grade} of a review or a revisit ({@code what}), or a 400 that names
     * the field and the grades allowed.
     */
    public static Grade required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw Problem.badRequest("missing-grade", "Grade the " + what + " in field 'grade': one of "
                    + String.join(", ", codes()) + ".", Map.of("field", "grade", "allowed", codes()));
        }
        return parse(value).orElseThrow(() -> Problem.badRequest("invalid-grade", "Grade '" + value
                + "' is not one of " + String.join(", ", codes()) + " (or 1–4).",
                Map.of("field", "grade", "allowed", codes())));
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Grade::code).toList();
    }
}
