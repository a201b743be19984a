package app.tropa.journal;

import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.CurriculumLoader;
import app.tropa.progress.ProgressStatus;
import app.tropa.progress.Position;
import app.tropa.http.Problem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When a letter opens, and which letters can be sealed at all: plain rules on the bundled curriculum. */
class SealTest {

    static final Curriculum PATH = new CurriculumLoader().load(Path.of("curriculum"));
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static Seal.Now now(LocalDate today, Map<String, ProgressStatus> statuses) {
        return new Seal.Now(today, PATH, Position.of(PATH, statuses), statuses);
    }

    /** Every node of the phases before {@code phase} done, so the tutor's position enters it. */
    private static Map<String, ProgressStatus> doneBefore(String phase) {
        int order = PATH.phase(phase).orElseThrow().order();
        Map<String, ProgressStatus> statuses = new HashMap<>();
        PATH.nodes().stream().filter(n -> PATH.phase(n.phase()).orElseThrow().order() < order)
                .forEach(n -> statuses.put(n.id(), ProgressStatus.DONE));
        return statuses;
    }

    @Test
    void shouldOpenADayLetterOnItsDayAndNotBefore() {
        Seal seal = Seal.onDay(LocalDate.of(2027, 6, 1));

        assertFalse(seal.isMet(now(LocalDate.of(2027, 5, 31), Map.of())));
        assertTrue(seal.isMet(now(LocalDate.of(2027, 6, 1), Map.of())));
        assertTrue(seal.isMet(now(LocalDate.of(2028, 1, 1), Map.of())));
    }

    @Test
    void shouldOpenAPhaseLetterWhenThePositionEntersThatPhaseOrALaterOne() {
        Seal seal = Seal.parse("phase:integration").orElseThrow();

        assertFalse(seal.isMet(now(TODAY, Map.of())));
        assertFalse(seal.isMet(now(TODAY, doneBefore("technical-immersion"))));
        assertTrue(seal.isMet(now(TODAY, doneBefore("integration"))));
        assertTrue(seal.isMet(now(TODAY, doneBefore("elevation"))));
    }

    @Test
    void shouldOpenANodeLetterOnlyWhenTheNodeIsDone() {
        Seal seal = Seal.parse("node:first-lora").orElseThrow();

        assertFalse(seal.isMet(now(TODAY, Map.of("first-lora", ProgressStatus.IN_PROGRESS))));
        assertFalse(seal.isMet(now(TODAY, Map.of("first-lora", ProgressStatus.SKIPPED))));
        assertTrue(seal.isMet(now(TODAY, Map.of("first-lora", ProgressStatus.DONE))));
    }

    @Test
    void shouldOpenALetterWhoseMilestoneLeftTheCurriculum() {
        assertTrue(Seal.parse("phase:no-such-phase").orElseThrow().isMet(now(TODAY, Map.of())));
        assertTrue(Seal.parse("node:no-such-node").orElseThrow().isMet(now(TODAY, Map.of())));
    }

    @Test
    void shouldReadOnlyPhaseAndNodeMilestones() {
        assertEquals(Seal.Type.PHASE, Seal.parse(" phase:integration ").orElseThrow().type());
        assertEquals("node:first-lora", Seal.parse("node:first-lora").orElseThrow().milestone());
        assertTrue(Seal.parse("phase:").isEmpty());
        assertTrue(Seal.parse("integration").isEmpty());
        assertTrue(Seal.parse("term:token").isEmpty());
    }

    @Test
    void shouldAcceptALetterForALaterDayOrMilestone() {
        LetterRules.Checked byDay = LetterRules.check(new JournalJson.LetterInput("Привет 🌱", "2026-11-23", null),
                now(TODAY, Map.of()));
        LetterRules.Checked byPhase = LetterRules.check(new JournalJson.LetterInput("x", null, "phase:integration"),
                now(TODAY, Map.of()));

        assertEquals(LocalDate.of(2026, 11, 23), byDay.openOn());
        assertEquals("Привет 🌱", byDay.body());
        assertEquals("phase:integration", byPhase.seal().milestone());
    }

    @Test
    void shouldRefuseLettersThatWouldOpenAtOnceOrNever() {
        Seal.Now now = now(TODAY, Map.of("why-your-own-ai", ProgressStatus.DONE));

        assertRefused("open-on-not-future", "openOn", new JournalJson.LetterInput("x", "2026-11-22", null), now);
        assertRefused("open-on-not-future", "openOn", new JournalJson.LetterInput("x", "2020-01-01", null), now);
        assertRefused("milestone-reached", "openWhen", new JournalJson.LetterInput("x", null, "phase:ideal-thinking"),
                now);
        assertRefused("milestone-reached", "openWhen", new JournalJson.LetterInput("x", null, "node:why-your-own-ai"),
                now);
        assertRefused("unknown-milestone", "openWhen", new JournalJson.LetterInput("x", null, "phase:nirvana"), now);
        assertRefused("unknown-milestone", "openWhen", new JournalJson.LetterInput("x", null, "node:nope"), now);
        assertRefused("invalid-milestone", "openWhen", new JournalJson.LetterInput("x", null, "someday"), now);
        assertRefused("invalid-date", "openOn", new JournalJson.LetterInput("x", "1 June", null), now);
        assertRefused("two-conditions", "openWhen",
                new JournalJson.LetterInput("x", "2027-01-01", "phase:integration"), now);
        assertRefused("missing-condition", "openOn", new JournalJson.LetterInput("x", null, " "), now);
        assertRefused("missing-body", "body", new JournalJson.LetterInput("  ", "2027-01-01", null), now);
        assertRefused("missing-body", "body", null, now);
    }

    private static void assertRefused(String error, String field, JournalJson.LetterInput input, Seal.Now now) {
        Problem p = assertThrows(Problem.class, () -> LetterRules.check(input, now));
        assertEquals(400, p.status());
        assertEquals(error, p.error());
        assertEquals(field, p.details().get("field"));
    }
}
