package app.tropa.report;

import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.Node;
import app.tropa.curriculum.Phase;
import app.tropa.curriculum.Rung;
import app.tropa.curriculum.Text;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    static Curriculum curriculum() {
        Text t = new Text("x", "x");
        List<Phase> phases = List.of(new Phase("first", 1, t, t, t, t, t), new Phase("second", 2, t, t, t, t, t),
                new Phase("third", 3, t, t, t, t, t));
        List<Rung> rungs = List.of(new Rung("use", 1, t, t), new Rung("build", 2, t, t));
        return new Curriculum("v", phases, rungs, List.of(node("a", "first"), node("b", "second"),
                node("c", "second")), List.of());
    }

    static Node node(String id, String phase) {
        Text t = new Text(id, id);
        return new Node(id, phase, "use", 1, t, t, List.of(), List.of(), List.of(), List.of(), List.of(), t, t, 1,
                null, t, id + ".md");
    }

    static ReportRules.Move move(String node, String to, String day) {
        return new ReportRules.Move(node, to, LocalDate.parse(day));
    }

    @Test
    void aPhaseIsReachedWhenItsFirstStepIsStartedAndItsFirstDoneIsKeptBeside() {
        Map<String, ReportRules.PhaseDays> days = ReportRules.phaseDays(curriculum(), List.of(
                move("a", "in_progress", "2026-01-05"), move("a", "done", "2026-01-09"),
                move("b", "skipped", "2026-02-01"), move("c", "done", "2026-03-03"), move("b", "done", "2026-04-04"),
                move("gone", "done", "2025-12-31")));

        assertEquals(new ReportRules.PhaseDays(Optional.of(LocalDate.parse("2026-01-05")),
                Optional.of(LocalDate.parse("2026-01-09"))), days.get("first"));
        assertEquals(new ReportRules.PhaseDays(Optional.of(LocalDate.parse("2026-03-03")),
                Optional.of(LocalDate.parse("2026-03-03"))), days.get("second"), "skipping is not reaching");
        assertEquals(new ReportRules.PhaseDays(Optional.empty(), Optional.empty()), days.get("third"));
        assertEquals(List.of("first", "second", "third"), List.copyOf(days.keySet()), "in the phases' order");
    }

    @Test
    void recentCountsIncludeTodayAndTheFirstDayOfTheWindow() {
        List<LocalDate> done = List.of(TODAY, TODAY.minusDays(29), TODAY.minusDays(30), TODAY.minusDays(364),
                TODAY.minusDays(365), TODAY.plusDays(1));
        assertEquals(2, ReportRules.within(done, TODAY, 30));
        assertEquals(3, ReportRules.within(done, TODAY, 90));
        assertEquals(4, ReportRules.within(done, TODAY, 365));
    }

    @Test
    void theFirstDayOnThePathCountsAsADay() {
        assertEquals(1, ReportRules.daysSince(TODAY, TODAY));
        assertEquals(366, ReportRules.daysSince(TODAY.minusDays(365), TODAY));
        assertEquals(0, ReportRules.daysSince(TODAY.plusDays(1), TODAY));
    }

    @Test
    void retentionIsTheShareNotLapsedRoundedDownAndNothingWithoutAnswers() {
        assertEquals(Optional.empty(), ReportRules.retention(0, 0));
        assertEquals(Optional.of(100), ReportRules.retention(5, 0));
        assertEquals(Optional.of(66), ReportRules.retention(3, 1));
        assertEquals(Optional.of(0), ReportRules.retention(2, 2));
    }

    @Test
    void thePortfolioTakesTheBuildRungOrElseTheLast() {
        assertEquals("build", ReportService.buildRung(curriculum()).id());
    }
}
