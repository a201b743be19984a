package app.tropa.journal;

import app.tropa.http.Problem;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A search of the journal: words, filters and the page wanted (pages count from 1). */
public record SearchQuery(String q, String tag, String nodeId, String termId, EntryKind kind, LocalDate from,
        LocalDate to, int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** From query parameters as given; blank means "any". Refusals name the parameter. */
    public static SearchQuery parse(String q, String tag, String nodeId, String termId, String kind, String from,
            String to, String page, String size) {
        return of(q, tag, nodeId, termId, kind, EntryRules.date("from", from, null), EntryRules.date("to", to, null),
                number("page", page, 1, 1, Integer.MAX_VALUE), number("size", size, DEFAULT_SIZE, 1, MAX_SIZE));
    }

    /** From typed values, page and size already in range; absent ones take their defaults. */
    public static SearchQuery of(String q, String tag, String nodeId, String termId, String kind, LocalDate from,
            LocalDate to, Integer page, Integer size) {
        EntryKind k = blank(kind) ? null : EntryKind.parse(kind.strip()).orElseThrow(() -> Problem.badRequest(
                "invalid-kind", "kind '" + kind + "' is not one of " + String.join(", ", EntryKind.codes()) + ".",
                Map.of("field", "kind", "allowed", EntryKind.codes())));
        if (from != null && to != null && from.isAfter(to)) {
            throw Problem.badRequest("invalid-range", "from (" + from + ") is after to (" + to + ").",
                    Map.of("field", "from"));
        }
        return new SearchQuery(trim(q), trim(tag), trim(nodeId), trim(termId), k, from, to,
                page == null ? 1 : page, size == null ? DEFAULT_SIZE : size);
    }

    public List<String> terms() {
        return SearchText.terms(q);
    }

    public boolean filtered() {
        return q != null || tag != null || nodeId != null || termId != null || kind != null || from != null
                || to != null;
    }

    private static int number(String field, String value, int fallback, int min, int max) {
        if (blank(value)) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw Problem.badRequest("invalid-" + field, field + " must be a whole number from " + min
                + (max == Integer.MAX_VALUE ? " up" : " to " + max) + "; it was '" + value + "'.",
                Map.of("field", field));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.strip();
    }
}
