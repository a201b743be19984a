package app.tropa.revisit;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The JSON shapes of {@code /api/revisits}. */
public final class RevisitJson {

    private RevisitJson() {
    }

    /** A done step in the schedule; {@code lastRevisitedOn} is null until its first revisit. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Step(String nodeId, String title, LocalDate dueOn, LocalDate lastRevisitedOn) {
    }

    public record Overview(List<Step> due, List<Step> upcoming) {
    }

    /** A revisit as sent: the grade, the answer to the step's question, the checkpoints still held. */
    public record Input(String grade, String answer, List<Integer> checkpoints) {
    }

    /**
     * A revisit saved. {@code offerInProgress} is true after "again": the step may want doing again,
     * which the learner decides (marking it in progress takes it off the schedule).
     */
    public record Result(String nodeId, String grade, LocalDate nextDueOn, int scheduledDays, long reflectionId,
            List<Integer> checkpoints, boolean offerInProgress) {
    }

    /** One past revisit of a step, newest first in lists. */
    public record Past(Instant revisitedAt, String grade, List<Integer> checkpoints, Long reflectionId,
            int scheduledDays) {
    }

    /** What the revisit page shows before grading: the intervals each grade would give now. */
    public record Preview(String nodeId, Map<String, Integer> days) {
    }
}
