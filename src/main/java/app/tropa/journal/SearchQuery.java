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

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.strip();
    }
}
