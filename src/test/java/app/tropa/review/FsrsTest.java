package app.tropa.review;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * FSRS-6 against worked examples. Desired retention 0.9 (0.8 where stated), default weights,
 * no learning steps, no fuzz; each review happens exactly when the previous one fell due. The
 * expected numbers were computed with python3 straight from the formulas in docs/review.md (not
 * from this code); the first step of the all-Good example is worked by hand below.
 */
class FsrsTest {

    static final double EPS = 1e-9;
    final Fsrs fsrs = Fsrs.standard();

    /** One review in a worked example: what FSRS knows after it and the days until the next. */
    record Step(Grade grade, long elapsedDays, double stability, double difficulty, int interval) {
    }

    @Test
    void shouldStartMemoryFromTheFirstGrade() {
        assertEquals(new Fsrs.Memory(0.212, 6.4133), fsrs.first(Grade.AGAIN));
        assertMemory(fsrs.first(Grade.HARD), 1.2931, 5.112170705601055);
        // D0(Good) = 6.4133 − e^(0.8334·2) + 1 = 6.4133 − 5.29520 + 1 = 2.11810
        assertMemory(fsrs.first(Grade.GOOD), 2.3065, 2.118103970459015);
        // D0(Easy) = 6.4133 − e^(0.8334·3) + 1 = −4.7716, clamped to 1
        assertMemory(fsrs.first(Grade.EASY), 8.2956, 1.0);
    }

    @Test
    void shouldForgetToNinetyPercentAfterStabilityDays() {
        assertEquals(0.9, fsrs.retrievability(5, 5), EPS);
        assertEquals(0.8458846451494336, fsrs.retrievability(10, 5), EPS);
        assertEquals(1.0, fsrs.retrievability(0, 5), EPS);
    }

    @Test
    void shouldScheduleStabilityItselfAtNinetyPercentRetention() {
        assertEquals(2, fsrs.interval(2.3065));
        assertEquals(11, fsrs.interval(10.964332335820703));
        assertEquals(1, fsrs.interval(0.212));
        assertEquals(36500, fsrs.interval(1e6));
    }

    /*
     * By hand, the second review (Good, 2 days after a first Good):
     *   R = (1 + 0.980346 · 2 / 2.3065)^−0.1542 = 1.850071^−0.1542 = 0.909493
     *   S' = 2.3065 · (1 + e^1.8722 · (11 − 2.118104) · 2.3065^−0.1666 · (e^(0.796 · 0.090507) − 1))
     *      = 2.3065 · (1 + 6.502590 · 8.881896 · 0.870029 · 0.074705) = 2.3065 · 4.753706 = 10.9643
     *   D' = 0.001 · (−4.771631) + 0.999 · 2.118104 = 2.111214 (Good leaves D but for mean reversion)
     */
    @Test
    void shouldGrowIntervalsWhenEveryReviewIsGood() {
        assertWalk(fsrs, List.of(
                new Step(Grade.GOOD, 0, 2.3065, 2.118103970459015, 2),
                new Step(Grade.GOOD, 2, 10.964332335820703, 2.1112142357853942, 11),
                new Step(Grade.GOOD, 11, 46.28021728755687, 2.1043313908464474, 46),
                new Step(Grade.GOOD, 46, 162.862201638749, 2.0974554287524394, 163),
                new Step(Grade.GOOD, 163, 497.44719360027415, 2.0905863426205253, 497)));
    }

    @Test
    void shouldRecoverAfterAFirstAgain() {
        assertWalk(fsrs, List.of(
                new Step(Grade.AGAIN, 0, 0.212, 6.4133, 1),
                new Step(Grade.GOOD, 1, 1.8867876195204154, 6.402115069296838, 2),
                new Step(Grade.GOOD, 2, 6.269161317502347, 6.3909413235243795, 6),
                new Step(Grade.GOOD, 6, 17.379188967947506, 6.379778751497693, 17),
                new Step(Grade.GOOD, 17, 43.84207764076408, 6.368627342043034, 44)));
    }

    @Test
    void shouldShrinkStabilityOnALapseAndRaiseDifficulty() {
        assertWalk(fsrs, List.of(
                new Step(Grade.EASY, 0, 8.2956, 1.0, 8),
                new Step(Grade.GOOD, 8, 38.90514998232685, 1.0, 39),
                new Step(Grade.HARD, 39, 107.52183230535934, 4.010608969296839, 108),
                new Step(Grade.AGAIN, 108, 3.9033612252045, 8.016556265363716, 4),
                new Step(Grade.GOOD, 4, 8.991879810646973, 8.00376807839519, 9)));
    }

    @Test
    void shouldGrowSlowlyWhenEveryReviewIsHard() {
        assertWalk(fsrs, List.of(
                new Step(Grade.HARD, 0, 1.2931, 5.112170705601055, 1),
                new Step(Grade.HARD, 1, 3.249411765857168, 6.7404595108297, 3),
                new Step(Grade.HARD, 3, 6.728346299675289, 7.821393497998797, 7)));
    }

    @Test
    void shouldSpaceFurtherAtEightyPercentRetention() {
        Fsrs relaxed = new Fsrs(Fsrs.DEFAULT_WEIGHTS, 0.8);
        assertWalk(relaxed, List.of(
                new Step(Grade.GOOD, 0, 2.3065, 2.118103970459015, 8),
                new Step(Grade.GOOD, 8, 22.768180240175994, 2.1112142357853942, 75),
                new Step(Grade.GOOD, 75, 157.23906677864554, 2.1043313908464474, 521)));
    }

    @Test
    void shouldUseShortTermStabilityOnTheSameDay() {
        Fsrs.Memory first = fsrs.first(Grade.GOOD);
        Fsrs.Memory again = fsrs.next(first, Grade.GOOD, 0);
        // e^(0.5425 · 0.0912) · 2.3065^−0.0658 = 0.9945 < 1: Good on the same day keeps S
        assertMemory(again, 2.3065, 2.1112142357853942);
        Fsrs.Memory forgot = fsrs.next(again, Grade.AGAIN, 0);
        assertMemory(forgot, 0.7750839828558983, 7.392238132342694);
        assertEquals(1, fsrs.interval(forgot.stability()));
        Fsrs.Memory later = fsrs.next(forgot, Grade.GOOD, 3);
        assertMemory(later, 4.311106528666891, 7.38007426350719);
        assertEquals(4, fsrs.interval(later.stability()));
    }

    private static void assertWalk(Fsrs fsrs, List<Step> expected) {
        List<Step> actual = new ArrayList<>();
        Fsrs.Memory memory = null;
        for (Step step : expected) {
            memory = memory == null ? fsrs.first(step.grade()) : fsrs.next(memory, step.grade(), step.elapsedDays());
            actual.add(new Step(step.grade(), step.elapsedDays(), memory.stability(), memory.difficulty(),
                    fsrs.interval(memory.stability())));
        }
        for (int i = 0; i < expected.size(); i++) {
            Step e = expected.get(i);
            Step a = actual.get(i);
            assertEquals(e.stability(), a.stability(), EPS, "stability after review " + (i + 1));
            assertEquals(e.difficulty(), a.difficulty(), EPS, "difficulty after review " + (i + 1));
            assertEquals(e.interval(), a.interval(), "interval after review " + (i + 1));
        }
    }

    private static void assertMemory(Fsrs.Memory m, double stability, double difficulty) {
        assertEquals(stability, m.stability(), EPS, "stability");
        assertEquals(difficulty, m.difficulty(), EPS, "difficulty");
    }
}
