package app.tropa.tutor;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NudgeTest {

    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    static final Instant LONG_AGO = NOW.minus(Duration.ofDays(60));
    static final Nudge.Thresholds LIMITS = new Nudge.Thresholds(3, 7, 3);

    @Test
    void shouldWarnOfLossOfDepthWhenNodesAreDoneWithoutReflection() {
        Nudge.Facts facts = facts("technical-immersion", List.of(daysAgo(1)), Optional.of(daysAgo(5)),
                Optional.of(daysAgo(1)), 2, 0);

        assertEquals(List.of(new Nudge(Nudge.Kind.LOSS_OF_DEPTH)), Nudge.of(facts, LIMITS));
    }

    @Test
    void shouldStaySilentOnDepthWhenLearnerReflectedRecently() {
        Nudge.Facts facts = facts("technical-immersion", List.of(daysAgo(1)), Optional.of(daysAgo(2)),
                Optional.of(daysAgo(1)), 2, 0);

        assertTrue(Nudge.of(facts, LIMITS).isEmpty());
    }

    @Test
    void shouldStaySilentOnDepthWhenNoNodesAreBeingDone() {
        Nudge.Facts facts = facts("technical-immersion", List.of(daysAgo(10)), Optional.empty(),
                Optional.of(daysAgo(10)), 2, 0);

        assertTrue(Nudge.of(facts, LIMITS).isEmpty());
    }

    @Test
    void shouldStaySilentOnDepthOutsideTechnicalImmersion() {
        Nudge.Facts facts = facts("integration", List.of(daysAgo(1)), Optional.empty(), Optional.of(daysAgo(1)), 0, 1);

        assertTrue(Nudge.of(facts, LIMITS).isEmpty());
    }

    @Test
    void shouldWarnOfDetachmentWhenNothingStartedForAWeek() {
        Nudge.Facts facts = facts("ideal-thinking", List.of(), Optional.empty(), Optional.of(daysAgo(8)), 0, 0);

        assertEquals(List.of(new Nudge(Nudge.Kind.DETACHMENT)), Nudge.of(facts, LIMITS));
    }

    @Test
    void shouldWarnOfDetachmentForLearnerWhoNeverStarted() {
        Nudge.Facts facts = facts("ideal-thinking", List.of(), Optional.empty(), Optional.empty(), 0, 0);

        assertEquals(List.of(new Nudge(Nudge.Kind.DETACHMENT)), Nudge.of(facts, LIMITS));
    }

    @Test
    void shouldStaySilentOnDetachmentWhenSomethingStartedThisWeek() {
        Nudge.Facts facts = facts("ideal-thinking", List.of(), Optional.empty(), Optional.of(daysAgo(6)), 0, 0);

        assertTrue(Nudge.of(facts, LIMITS).isEmpty());
    }

    @Test
    void shouldStaySilentOnDetachmentForABrandNewLearner() {
        Nudge.Facts facts = new Nudge.Facts("ideal-thinking", NOW, daysAgo(2), List.of(), Optional.empty(),
                Optional.empty(), 0, 0);

        assertTrue(Nudge.of(facts, LIMITS).isEmpty());
    }

    @Test
    void shouldWarnOfCopyingTemplatesWhenManyDoneWithoutOwnWords() {
        Nudge.Facts facts = facts("integration", List.of(daysAgo(1)), Optional.of(daysAgo(1)),
                Optional.of(daysAgo(1)), 3, 0);

        assertEquals(List.of(new Nudge(Nudge.Kind.COPYING_TEMPLATES)), Nudge.of(facts, LIMITS));
    }

    @Test
    void shouldStaySilentOnTemplatesWithANoteOrMetaphor() {
        Nudge.Facts facts = facts("integration", List.of(daysAgo(1)), Optional.of(daysAgo(1)),
                Optional.of(daysAgo(1)), 5, 1);

        assertTrue(Nudge.of(facts, LIMITS).isEmpty());
    }

    @Test
    void shouldStaySilentOnTemplatesBelowThreshold() {
        Nudge.Facts facts = facts("integration", List.of(daysAgo(1)), Optional.of(daysAgo(1)),
                Optional.of(daysAgo(1)), 2, 0);

        assertTrue(Nudge.of(facts, LIMITS).isEmpty());
        assertEquals(1, Nudge.of(facts, new Nudge.Thresholds(3, 7, 2)).size());
    }

    @Test
    void aLossOfDepthNudgeSaysWhenItWillFallSilentAndStaysTheSameUntilThen() {
        Nudge.Facts facts = facts("technical-immersion", List.of(daysAgo(1)), Optional.of(daysAgo(10)),
                Optional.of(daysAgo(1)), 1, 0);
        Instant next = Nudge.nextChange(facts, LIMITS).orElseThrow();

        assertEquals(daysAgo(1).plus(Duration.ofDays(3)), next, "the step done a day ago leaves the 3-day window");
        assertEquals(Nudge.of(facts, LIMITS), Nudge.of(at(facts, next.minusNanos(1)), LIMITS));
        assertTrue(Nudge.of(at(facts, next), LIMITS).isEmpty(), "and from then the tutor is silent");
    }

    @Test
    void aDetachmentNudgeSaysWhenItWillSpeak() {
        Nudge.Facts facts = facts("ideal-thinking", List.of(), Optional.empty(), Optional.of(daysAgo(5)), 0, 0);
        Instant next = Nudge.nextChange(facts, LIMITS).orElseThrow();

        assertTrue(Nudge.of(at(facts, next.minusNanos(1)), LIMITS).isEmpty());
        assertEquals(1, Nudge.of(at(facts, next), LIMITS).size(), "seven days after the last start");
    }

    @Test
    void theNudgesNeverChangeBeforeTheInstantTheyName() {
        java.util.Random random = new java.util.Random(20261203L);
        String[] phases = {"ideal-thinking", "technical-immersion", "integration"};
        for (int i = 0; i < 2_000; i++) {
            List<Instant> done = random.ints(random.nextInt(4), 0, 20 * 24).mapToObj(h -> NOW.minus(Duration.ofHours(h)))
                    .toList();
            Optional<Instant> reflection = random.nextBoolean() ? Optional.of(NOW.minus(Duration.ofHours(random.nextInt(480))))
                    : Optional.empty();
            Optional<Instant> started = random.nextBoolean() ? Optional.of(NOW.minus(Duration.ofHours(random.nextInt(480))))
                    : Optional.empty();
            Nudge.Facts facts = new Nudge.Facts(phases[random.nextInt(3)], NOW, NOW.minus(Duration.ofHours(random.nextInt(480))),
                    done, reflection, started, random.nextInt(5), random.nextInt(2));
            List<Nudge> now = Nudge.of(facts, LIMITS);
            Optional<Instant> next = Nudge.nextChange(facts, LIMITS);
            Instant last = next.map(n -> n.minusNanos(1)).orElse(NOW.plus(Duration.ofDays(400)));
            for (int step = 1; step <= 20; step++) {
                Instant t = NOW.plus(Duration.between(NOW, last).multipliedBy(step).dividedBy(20));
                assertEquals(now, Nudge.of(at(facts, t), LIMITS), "case " + i + " at " + t);
            }
        }
    }

    private static Nudge.Facts at(Nudge.Facts f, Instant now) {
        return new Nudge.Facts(f.phase(), now, f.learnerSince(), f.nodesDoneAt(), f.lastReflectionAt(),
                f.lastStartedAt(), f.doneInPhase(), f.personalNotesAndMetaphors());
    }

    private static Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days));
    }

    private static Nudge.Facts facts(String phase, List<Instant> done, Optional<Instant> reflection,
            Optional<Instant> started, int doneInPhase, int ownWords) {
        return new Nudge.Facts(phase, NOW, LONG_AGO, done, reflection, started, doneInPhase, ownWords);
    }
}
