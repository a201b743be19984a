package app.tropa.progress;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The projection from the learner's pace, on a fixed clock. */
class PaceTest {

    static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");
    static final ZoneId ZONE = ZoneId.of("UTC");
    static final Pace PACE = new Pace(Clock.fixed(NOW, ZONE), ZONE);
    static final List<String> PHASES = List.of("ideal", "immersion", "integration");

    private static Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days));
    }

    private static Pace.Step done(String phase, double hours, int daysAgo) {
        return new Pace.Step(phase, hours, true, daysAgo(daysAgo));
    }

    private static Pace.Step open(String phase, double hours) {
        return new Pace.Step(phase, hours, false, null);
    }

    /** 16 effort hours done in the last eight weeks: 2 hours a week. */
    private static List<Pace.Step> twoHoursAWeek() {
        return List.of(done("ideal", 4, 50), done("ideal", 4, 30), done("ideal", 4, 10), done("ideal", 4, 1),
                open("ideal", 4), open("immersion", 6), open("immersion", 10), open("integration", 8));
    }

    @Test
    void eachPhaseIsProjectedFromTheEffortLeftBeforeItAtTheHoursAWeekOfTheLastEightWeeks() {
        Pace.Projection p = PACE.project(PHASES, twoHoursAWeek(), daysAgo(300), Map.of());

        assertTrue(p.hasPace());
        assertEquals(56, p.measure().days());
        assertEquals(2.0, p.measure().hoursPerWeek(), 1e-9);
        assertEquals(0.5, p.measure().stepsPerWeek(), 1e-9);
        assertTrue(p.phases().get(0).reached(), "the first phase is where everyone starts");
        assertEquals(LocalDate.of(2026, 12, 16), p.phases().get(1).projected(), "4 h at 2 h a week: two weeks");
        assertEquals(LocalDate.of(2027, 2, 10), p.phases().get(2).projected(), "20 h: ten weeks");
        assertEquals(YearMonth.of(2027, 2), p.phases().get(2).projectedMonth());
        assertEquals(LocalDate.of(2027, 3, 10), p.path().projected(), "28 h: fourteen weeks");
        assertEquals("immersion", p.nextPhase().key());
    }

    @Test
    void aStepDoneBeforeTheEightWeeksDoesNotCountTowardsThePace() {
        List<Pace.Step> steps = List.of(done("ideal", 40, 57), done("ideal", 8, 3), open("immersion", 4));

        Pace.Projection p = PACE.project(PHASES, steps, daysAgo(400), Map.of());

        assertEquals(1, p.measure().stepsDone());
        assertEquals(1.0, p.measure().hoursPerWeek(), 1e-9);
    }

    @Test
    void aLearnerWhoBeganThreeWeeksAgoIsMeasuredOverThoseThreeWeeks() {
        List<Pace.Step> steps = List.of(done("ideal", 6, 5), open("immersion", 4));

        Pace.Projection p = PACE.project(PHASES, steps, daysAgo(21), Map.of());

        assertEquals(21, p.measure().days());
        assertEquals(2.0, p.measure().hoursPerWeek(), 1e-9);
        assertEquals(LocalDate.of(2026, 12, 16), p.phases().get(2).projected());
    }

    @Test
    void lessThanTwoWeeksOfHistoryGivesNoProjection() {
        List<Pace.Step> steps = List.of(done("ideal", 6, 1), open("immersion", 4));

        Pace.Projection p = PACE.project(PHASES, steps, daysAgo(13), Map.of("path", LocalDate.of(2027, 1, 1)));

        assertFalse(p.enoughHistory());
        assertFalse(p.hasPace());
        assertNull(p.path().projected());
        assertNull(p.path().holds(), "no verdict on a target without a projection");
        assertFalse(PACE.project(PHASES, steps, null, Map.of()).enoughHistory(), "never started");
    }

    @Test
    void nothingDoneInTheWindowIsNoPaceRatherThanForever() {
        Pace.Projection p = PACE.project(PHASES, List.of(done("ideal", 4, 80), open("immersion", 4)), daysAgo(90),
                Map.of());

        assertTrue(p.enoughHistory());
        assertFalse(p.hasPace());
        assertNull(p.phases().get(2).projected());
    }

    @Test
    void aTargetHoldsWhenTheProjectedDayIsNotAfterIt() {
        Map<String, LocalDate> targets = Map.of("immersion", LocalDate.of(2026, 12, 16),
                "integration", LocalDate.of(2027, 1, 31), "path", LocalDate.of(2028, 1, 1));

        Pace.Projection p = PACE.project(PHASES, twoHoursAWeek(), daysAgo(300), targets);

        assertTrue(p.phases().get(1).holds(), "reached on the target day itself");
        assertFalse(p.phases().get(2).holds(), "10 February is after 31 January");
        assertEquals(LocalDate.of(2027, 1, 31), p.phases().get(2).target());
        assertTrue(p.path().holds());
        assertNull(p.phases().get(0).holds(), "no target, no verdict");
    }

    @Test
    void skippedStepsLeaveNothingToDoButAddNothingToThePace() {
        List<Pace.Step> steps = List.of(done("ideal", 4, 3), new Pace.Step("immersion", 8, true, null),
                open("integration", 4));

        Pace.Projection p = PACE.project(PHASES, steps, daysAgo(60), Map.of());

        assertTrue(p.phases().get(2).reached());
        assertEquals(0.5, p.measure().hoursPerWeek(), 1e-9);
        assertEquals(LocalDate.of(2027, 1, 27), p.path().projected(), "4 h at half an hour a week: eight weeks");
    }

    @Test
    void thePaceSaysWhenAStepLeavesTheEightWeeksAndMeasuresTheSameUntilThen() {
        List<Pace.Step> steps = twoHoursAWeek();
        Instant next = Pace.nextChange(steps, daysAgo(300), NOW);

        assertEquals(daysAgo(50).plus(Pace.WINDOW).plusNanos(1), next, "the step done 50 days ago leaves in 6 days");
        assertEquals(Pace.measure(steps, daysAgo(300), NOW), Pace.measure(steps, daysAgo(300), next.minusNanos(1)));
        assertEquals(3, Pace.measure(steps, daysAgo(300), next).stepsDone());
    }

    @Test
    void aPaceMeasuredOverAShortHistoryChangesWithEachWholeDayAndNotBefore() {
        java.util.Random random = new java.util.Random(20261203L);
        for (int i = 0; i < 1_000; i++) {
            Instant first = NOW.minus(Duration.ofMinutes(random.nextInt(90 * 24 * 60)));
            List<Pace.Step> steps = random.ints(random.nextInt(5), 0, 90 * 24).mapToObj(h -> new Pace.Step("ideal",
                    1 + random.nextInt(4), true, NOW.minus(Duration.ofHours(h)))).toList();
            Pace.Measure now = Pace.measure(steps, first, NOW);
            Instant next = Pace.nextChange(steps, first, NOW);
            Instant last = next == null ? NOW.plus(Duration.ofDays(200)) : next.minusNanos(1);
            for (int step = 1; step <= 20; step++) {
                Instant t = NOW.plus(Duration.between(NOW, last).multipliedBy(step).dividedBy(20));
                assertEquals(now, Pace.measure(steps, first, t), "case " + i + " at " + t);
            }
        }
    }
}
