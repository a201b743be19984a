package app.tropa.tutor;

import java.time.LocalDate;
import java.util.List;

/** The JSON shape of {@code GET /api/tutor}. */
public record TutorJson(PositionJson position, List<Step> next, List<NudgeJson> nudges, String prompt,
        StreakJson streak, List<Day> activity, int dueReviews) {

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
