package app.tropa.tutor;

import app.tropa.journal.JournalJson;

import java.time.LocalDate;
import java.util.List;

/**
 * The JSON shape of {@code GET /api/tutor}. {@code onThisDay} and {@code lettersReady} come from
 * the journal: entries that come back today, and letters that have opened and not been read;
 * {@code dueRevisits} and {@code revisits} name the done steps due to come back.
 */
public record TutorJson(PositionJson position, List<Step> next, List<NudgeJson> nudges, String prompt,
        StreakJson streak, List<Day> activity, int dueReviews, int dueRevisits, List<Revisit> revisits,
        List<JournalJson.Memory> onThisDay, List<JournalJson.Letter> lettersReady) {

    /** A done step due to come back, the longest waiting first (at most five). */
    public record Revisit(String nodeId, String title, LocalDate dueOn, String reason) {
    }

    public record PositionJson(String phase, String rung, boolean complete) {
    }

    public record Step(String nodeId, String title, String reason) {
    }

    public record NudgeJson(String kind, String message, String suggestion) {
    }

    public record StreakJson(int current, int longest) {
    }

    public record Day(LocalDate date, int count) {
    }
}
