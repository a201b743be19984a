package app.tropa.exchange;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The merge rules as plain Java: what is added, updated, skipped, and that a second merge changes nothing. */
class ImportPlannerTest {

    private static final Instant T1 = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void shouldAddOnlyTheLogEntriesThisTropaLacksCountingRepeats() {
        Records.Event e = new Records.Event("n", "status", "not_started", "done", null, T1, "v", null);
        BackupContent here = content().add(Section.PROGRESS_EVENTS, e);
        BackupContent file = content().add(Section.PROGRESS_EVENTS, e).add(Section.PROGRESS_EVENTS, e);

        ImportPlan plan = ImportPlanner.merge(file, current(here));

        assertEquals(List.of(e), plan.adds(Section.PROGRESS_EVENTS));
        assertEquals(1, plan.counts().get("progressEvents").skipped);
    }

    @Test
    void shouldContinueAHistoryOnlyWhenTheFileContinuesIt() {
        Records.Metaphor v1 = metaphor(1, "зерно");
        Records.Metaphor v2 = metaphor(2, "кирпич");
        Records.Metaphor other2 = metaphor(2, "другое");

        ImportPlan continued = ImportPlanner.merge(content().add(Section.METAPHORS, v1).add(Section.METAPHORS, v2),
                current(content().add(Section.METAPHORS, v1)));
        ImportPlan diverged = ImportPlanner.merge(content().add(Section.METAPHORS, v1).add(Section.METAPHORS, other2),
                current(content().add(Section.METAPHORS, v1).add(Section.METAPHORS, v2)));

        assertEquals(List.of(v2), continued.adds(Section.METAPHORS));
        assertEquals(List.of(), diverged.adds(Section.METAPHORS));
        assertEquals(2, diverged.counts().get("metaphors").conflicts);
    }

    @Test
    void shouldTakeTheNewerStateAndKeepTheEarlierDayOne() {
        Records.Progress old = progress("in_progress", T1);
        Records.Progress newer = progress("done", T2);
        BackupContent here = new BackupContent(header(), Map.of("created_at", T2.toString()))
                .add(Section.PROGRESS, newer);
        BackupContent file = new BackupContent(header(), Map.of("created_at", T1.toString()))
                .add(Section.PROGRESS, old);

        ImportPlan plan = ImportPlanner.merge(file, current(here));
        ImportPlan back = ImportPlanner.merge(here, current(file));

        assertEquals(List.of(), plan.progressUpdates(), "an older state never wins");
        assertEquals(Map.of("created_at", T1.toString()), plan.settings());
        assertEquals(List.of(newer), back.progressUpdates());
        assertEquals(Map.of(), back.settings());
    }

    @Test
    void shouldExtendAJournalEntryAndOpenALetter() {
        Records.Revision r1 = revision(1, "Сегодня");
        Records.Revision r2 = revision(2, "Сегодня и завтра");
        Records.Reflection mine = entry(List.of(r1));
        Records.Reflection theirs = entry(List.of(r1, r2));
        Records.Letter sealed = new Records.Letter("Дорогой я", LocalDate.of(2026, 11, 20), T1, null, "phase:integration",
                null, null);
        Records.Letter opened = new Records.Letter("Дорогой я", LocalDate.of(2026, 11, 20), T1, null,
                "phase:integration", T2, null);
        BackupContent here = content().add(Section.REFLECTIONS, mine).add(Section.LETTERS, sealed);
        BackupContent file = content().add(Section.REFLECTIONS, theirs).add(Section.LETTERS, opened)
                .add(Section.REFLECTIONS, entry(List.of(revision(1, "Другая запись"))));

        ImportPlan plan = ImportPlanner.merge(file, new ImportPlanner.Current(here, List.of(7L), List.of(9L)));

        assertEquals(List.of(new ImportPlan.Extension(7L, 1, theirs)), plan.extensions());
        assertEquals(1, plan.adds(Section.REFLECTIONS).size());
        assertEquals(9L, plan.letterUpdates().get(0).localId());
        assertEquals(T2, plan.letterUpdates().get(0).letter().openedAt());
    }

    @Test
    void shouldChangeNothingWhenMergingWhatIsAlreadyHere() {
        BackupContent same = content().add(Section.PROGRESS, progress("done", T1))
                .add(Section.METAPHORS, metaphor(1, "x"))
                .add(Section.REFLECTIONS, entry(List.of(revision(1, "a"))));

        ImportPlan plan = ImportPlanner.merge(same, new ImportPlanner.Current(same, List.of(1L), List.of()));

        assertTrue(plan.isEmpty());
    }

    @Test
    void shouldReplaceEverythingCountingWhatGoes() {
        BackupContent file = content().add(Section.PROGRESS, progress("done", T1));

        ImportPlan plan = ImportPlanner.replace(file, Map.of("progress", 4, "metaphors", 2));

        assertEquals(1, plan.counts().get("progress").added);
        assertEquals(4, plan.counts().get("progress").removed);
        assertEquals(2, plan.counts().get("metaphors").removed);
    }

    @Test
    void shouldContinueATalkAnsweredElsewhereAndNeverAddItTwice() {
        Records.TalkMessage asked = said(1, "learner", "Что такое токен?", "unanswered");
        Records.TalkMessage answered = said(1, "learner", "Что такое токен?", "answered");
        Records.TalkMessage answer = said(2, "tutor", "А как думаете вы?", "complete");
        Records.Talk mine = talk(null, asked);
        Records.Talk theirs = talk("2026-11-20T09:00:00Z", answered, answer);
        BackupContent here = content().add(Section.TALKS, mine);
        BackupContent file = content().add(Section.TALKS, theirs);

        ImportPlan plan = ImportPlanner.merge(file, new ImportPlanner.Current(here, List.of(), List.of(), List.of(4L)));
        ImportPlan again = ImportPlanner.merge(here, new ImportPlanner.Current(file, List.of(), List.of(), List.of(4L)));

        assertEquals(List.of(new ImportPlan.TalkExtension(4L, 1, theirs)), plan.talkExtensions());
        assertEquals(List.of(), plan.adds(Section.TALKS), "the same talk, though the entry it was about is gone here");
        assertEquals(1, plan.counts().get("talks").updated);
        assertTrue(again.isEmpty(), "a talk that is further along here stays as it is");
    }

    @Test
    void shouldCountATalkThatWentAnotherWayAsAConflict() {
        Records.TalkMessage asked = said(1, "learner", "Что такое токен?", "answered");
        BackupContent here = content().add(Section.TALKS, talk("2026-11-20T09:00:00Z", asked,
                said(2, "tutor", "Один ответ", "complete")));
        BackupContent file = content().add(Section.TALKS, talk("2026-11-20T09:00:00Z", asked,
                said(2, "tutor", "Другой ответ", "complete"), said(3, "learner", "И?", "waiting")));

        ImportPlan plan = ImportPlanner.merge(file, new ImportPlanner.Current(here, List.of(), List.of(), List.of(4L)));

        assertTrue(plan.isEmpty());
        assertEquals(1, plan.counts().get("talks").conflicts);
    }

    @Test
    void shouldAddAKeptQuestionOnlyWhenItsKeyIsNotHere() {
        Records.ReviewQuestion kept = question("question-1795345200000", "Зачем стримить ответ?");
        Records.ReviewQuestion sameKeyOtherText = question("question-1795345200000", "Другой вопрос");
        Records.ReviewQuestion missing = question("question-1795345260000", "Что в системном промпте?");
        BackupContent here = content().add(Section.REVIEW_QUESTIONS, kept);
        BackupContent file = content().add(Section.REVIEW_QUESTIONS, kept).add(Section.REVIEW_QUESTIONS, missing);

        ImportPlan plan = ImportPlanner.merge(file, current(here));
        ImportPlan other = ImportPlanner.merge(content().add(Section.REVIEW_QUESTIONS, sameKeyOtherText), current(here));

        assertEquals(List.of(missing), plan.adds(Section.REVIEW_QUESTIONS));
        assertEquals(1, plan.counts().get("reviewQuestions").skipped);
        assertEquals(0, plan.counts().get("reviewQuestions").conflicts);
        assertTrue(other.isEmpty(), "a key here is never written a second time");
        assertEquals(1, other.counts().get("reviewQuestions").conflicts);
    }

    private static Records.ReviewQuestion question(String key, String text) {
        return new Records.ReviewQuestion(key, "chat-api-basics", text, "Ответ", "ru", T1);
    }

    private static Records.Talk talk(String aboutEntry, Records.TalkMessage... messages) {
        return new Records.Talk("reflection", aboutEntry, "Запись от 2026-11-20", "ru", false, false, T1, T1, null,
                List.of(messages));
    }

    private static Records.TalkMessage said(int seq, String role, String body, String state) {
        return new Records.TalkMessage(seq, role, body, state, state.equals("unanswered") ? "model-failed" : null,
                role.equals("learner") ? "контекст" : null, role.equals("tutor") ? "tutor-small" : null,
                T1.plusSeconds(seq));
    }

    private static BackupContent.Header header() {
        return new BackupContent.Header(1, T1, "v", "UTC");
    }

    private static BackupContent content() {
        return new BackupContent(header(), Map.of());
    }

    private static ImportPlanner.Current current(BackupContent c) {
        return new ImportPlanner.Current(c, List.of(), List.of());
    }

    private static Records.Metaphor metaphor(int version, String text) {
        return new Records.Metaphor("token", version, text, "integration", null, false, T1.plusSeconds(version));
    }

    private static Records.Progress progress(String status, Instant at) {
        return new Records.Progress("n", status, List.of(), null, null, null, at, "v");
    }

    private static Records.Revision revision(int n, String body) {
        return new Records.Revision(n, T1.plusSeconds(n), null, LocalDate.of(2026, 11, 20), "daily", body, List.of(),
                List.of(), List.of(), null);
    }

    private static Records.Reflection entry(List<Records.Revision> revisions) {
        Records.Revision last = revisions.get(revisions.size() - 1);
        return new Records.Reflection(last.date(), last.kind(), last.body(), null, null, List.of(), List.of(), List.of(),
                last.revision(), T1, last.savedAt(), null, revisions);
    }
}
