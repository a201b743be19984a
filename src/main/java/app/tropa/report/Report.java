package app.tropa.report;

import app.tropa.tutor.Heatmap;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;

/**
 * A progress report: the facts, with their words already in the report's language. The learner's
 * own writing ({@code metaphors}, {@code notes}, {@code reflections}, and the portfolio's notes and
 * reflections) is present only when chosen; absent sections are left out of the JSON.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Report(String lang, String variant, LocalDate madeOn, String name, LocalDate onPathSince,
        int daysOnPath, int done, int total, int percent, List<RungTitle> rungs, List<MapRow> map,
        List<PhaseLine> phases, List<Recent> recent, Reviews reviews, Rhythm rhythm, List<Metaphor> metaphors,
        List<Note> notes, List<Reflection> reflections, Portfolio portfolio,
        @JsonIgnore Heatmap heatmap) {

    public boolean hasName() {
        return name != null && !name.isBlank();
    }

    public boolean started() {
        return onPathSince != null;
    }

    public record RungTitle(String rung, String title) {
    }

    public record MapRow(String phase, String title, List<Cell> cells) {
    }

    /** A cell of the 4 × 4 map: a phase on a rung, with its steps. */
    public record Cell(String phase, String rung, int done, int total, List<Step> steps) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Step(String nodeId, String title, String state, String stateLabel, LocalDate completedOn) {
    }

    /** {@code reached}: the first step of the phase started; {@code firstDone}: its first step done. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PhaseLine(String phase, String title, LocalDate reached, LocalDate firstDone, int done, int total,
            int percent) {
    }

    public record Recent(int days, int done) {
    }

    /** Reviews made, those graded "again", retention (the share not graded "again"), terms in review. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Reviews(int reviews, int again, Integer retention, int inReview, Revisits revisits) {
    }

    /** Revisits of done steps, when the revisit feature counts them; {@code null} until then. */
    public record Revisits(int revisits, int held, Integer retention) {
    }

    public record Rhythm(int currentStreak, int longestStreak, int activeDays, int actions, List<Month> months) {
    }

    public record Month(String month, int activeDays, int actions) {
    }

    public record Metaphor(String termId, String term, String text) {
    }

    public record Note(String nodeId, String step, LocalDate completedOn, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reflection(long id, LocalDate date, String kind, String body, List<Part> parts) {
    }

    /** A labelled part of a field instruction. */
    public record Part(String label, String text) {
    }

    /** The portfolio: the build rung's steps started or done, and how many are not started yet. */
    public record Portfolio(String rung, String title, List<BuildStep> steps, int notStarted) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BuildStep(String nodeId, String phase, String title, String state, String stateLabel,
            LocalDate completedOn, String note, List<Reflection> reflections) {
    }
}
