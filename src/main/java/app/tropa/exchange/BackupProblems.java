package app.tropa.exchange;

import app.tropa.http.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What is wrong with a backup, each problem with its place in the file as a JSONPath
 * ({@code $.progress[3].status}). Collects up to {@value #MAX} so one answer shows many at once.
 */
public final class BackupProblems {

    public static final int MAX = 50;

    /** One problem: a short code, where it is, and a sentence that says what is wrong. */
    public record Item(String error, String place, String message) {
    }

    /** Thrown when reading cannot go on (the JSON itself is broken) or when checking found problems. */
    public static final class Invalid extends RuntimeException {
        private final transient List<Item> items;

        public Invalid(List<Item> items) {
            super(items.get(0).place() + ": " + items.get(0).message(), null, false, false);
            this.items = List.copyOf(items);
        }

        public List<Item> items() {
            return items;
        }

        /** The 400 answer: the first problem as the message, all of them in the details. */
        public Problem toProblem() {
            Item first = items.get(0);
            String more = items.size() > 1 ? " (" + (items.size() - 1) + " more "
                    + (items.size() == 2 ? "problem" : "problems") + " listed in details.problems)" : "";
            String message = "The backup was not imported, and nothing was changed: " + first.place() + ": "
                    + first.message() + more;
            List<Map<String, String>> all = items.stream()
                    .map(i -> Map.of("error", i.error(), "place", i.place(), "message", i.message())).toList();
            return Problem.badRequest(first.error(), message, Map.of("place", first.place(), "problems", all));
        }
    }

    private final List<Item> items = new ArrayList<>();

    public void add(String error, String place, String message) {
        if (items.size() < MAX) {
            items.add(new Item(error, place, message));
        }
    }

    public boolean isFull() {
        return items.size() >= MAX;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public List<Item> items() {
        return List.copyOf(items);
    }

    public void throwIfAny() {
        if (!items.isEmpty()) {
            throw new Invalid(items);
        }
    }

    public static Invalid single(String error, String place, String message) {
        return new Invalid(List.of(new Item(error, place, message)));
    }
}
