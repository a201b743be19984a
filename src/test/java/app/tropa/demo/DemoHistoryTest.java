package app.tropa.demo;

import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.CurriculumLoader;
import app.tropa.exchange.BackupContent;
import app.tropa.exchange.BackupReader;
import app.tropa.exchange.BackupWriter;
import app.tropa.exchange.Records;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoHistoryTest {

    static final Curriculum PATH = new CurriculumLoader().load(Path.of("curriculum"));
    static final Instant NOW = Instant.parse("2026-12-01T18:30:00Z");
    static final BackupContent.Header HEADER = new BackupContent.Header(1, NOW, PATH.version(), "Europe/Moscow");
    static final BackupContent TWO_YEARS = DemoHistory.generate(PATH, 2, 7, HEADER);

    @Test
    void shouldGiveTheSameHistoryForTheSameSeed() throws IOException {
        assertArrayEquals(json(TWO_YEARS), json(DemoHistory.generate(PATH, 2, 7, HEADER)));
        assertFalse(Arrays.equals(json(TWO_YEARS), json(DemoHistory.generate(PATH, 2, 8, HEADER))));
    }

    @Test
    void shouldBeABackupTheImportAccepts() throws IOException {
        BackupContent read = BackupReader.standard().read(new ByteArrayInputStream(json(TWO_YEARS)));
        assertEquals(TWO_YEARS.reflections().size(), read.reflections().size());
        assertEquals(TWO_YEARS.metaphors().size(), read.metaphors().size());
    }

    @Test
    void shouldRevisitDoneStepsWithAnAnswerInTheJournalForEachRevisit() {
        List<Records.Revisit> log = TWO_YEARS.revisitLog();
        assertTrue(log.size() > TWO_YEARS.revisitStates().size(), log.size() + " revisits");
        java.util.Set<java.time.Instant> answers = TWO_YEARS.reflections().stream()
                .filter(r -> r.kind().equals("revisit")).map(Records.Reflection::createdAt)
                .collect(java.util.stream.Collectors.toSet());
        assertTrue(log.stream().allMatch(r -> answers.contains(r.revisitedAt())), "each answer written at its revisit");
        java.util.Set<String> done = TWO_YEARS.progress().stream().filter(p -> p.status().equals("done"))
                .map(Records.Progress::nodeId).collect(java.util.stream.Collectors.toSet());
        assertTrue(TWO_YEARS.revisitStates().stream().allMatch(s -> done.contains(s.nodeId())), "only done steps");
        assertTrue(log.stream().anyMatch(r -> r.grade().equals("again")), "some forgotten");
    }

    @Test
    void shouldWriteAboutOneReflectionADayInBothLanguages() {
        long days = ChronoUnit.DAYS.between(LocalDate.of(2024, 12, 1), LocalDate.of(2026, 12, 1));
        List<Records.Reflection> all = TWO_YEARS.reflections().stream().filter(r -> !r.kind().equals("revisit"))
                .toList();
        assertTrue(all.size() > days * 0.85 && all.size() < days * 1.15, all.size() + " reflections in " + days);
        assertTrue(all.stream().anyMatch(r -> r.body().matches("(?s).*[а-яё].*")), "some in Russian");
        assertTrue(all.stream().anyMatch(r -> !r.body().matches("(?s).*[а-яё].*")), "some in English");
        assertTrue(all.stream().allMatch(r -> !r.tags().isEmpty()), "every entry tagged");
        assertTrue(all.stream().filter(r -> !r.nodeIds().isEmpty()).count() > all.size() / 2, "most linked to a node");
        assertTrue(all.stream().anyMatch(r -> r.revisions().size() > 1), "some edited");
        assertTrue(all.stream().anyMatch(r -> r.fieldInstruction() != null), "some field instructions");
    }

    @Test
    void shouldKeepSeveralMetaphorVersionsOnMostTerms() {
        Map<String, Long> versions = TWO_YEARS.metaphors().stream()
                .collect(Collectors.groupingBy(Records.Metaphor::termId, Collectors.counting()));
        assertTrue(versions.size() > PATH.terms().size() / 2, versions.size() + " terms with a metaphor");
        assertTrue(versions.values().stream().filter(n -> n >= 2).count() > versions.size() / 2);
        assertFalse(TWO_YEARS.cards().isEmpty());
        assertFalse(TWO_YEARS.ownTerms().isEmpty());
        assertEquals(versions.keySet(), TWO_YEARS.reviewStates().stream().map(Records.ReviewState::termId)
                .collect(Collectors.toSet()), "every term with a metaphor is in review");
        assertTrue(TWO_YEARS.reviewLog().size() > versions.size(), "reviews over two years");
    }

    @Test
    void shouldWalkThePathWithSealedAndOpenedLetters() {
        Map<String, Long> statuses = TWO_YEARS.progress().stream()
                .collect(Collectors.groupingBy(Records.Progress::status, Collectors.counting()));
        assertTrue(statuses.getOrDefault("done", 0L) > 10, statuses.toString());
        assertEquals(1L, statuses.get("in_progress"), statuses.toString());
        assertTrue(TWO_YEARS.progressEvents().size() > TWO_YEARS.progress().size() * 2);
        assertTrue(TWO_YEARS.letters().stream().anyMatch(Records.Letter::sealed), "a sealed letter");
        assertTrue(TWO_YEARS.letters().stream().anyMatch(l -> !l.sealed()), "an opened letter");
    }

    @Test
    void shouldHoldNothingAfterNow() {
        List<Instant> times = new ArrayList<>();
        TWO_YEARS.progressEvents().forEach(e -> times.add(e.occurredAt()));
        TWO_YEARS.metaphors().forEach(m -> times.add(m.createdAt()));
        TWO_YEARS.reviewLog().forEach(r -> times.add(r.reviewedAt()));
        TWO_YEARS.reflections().forEach(r -> times.add(r.updatedAt()));
        TWO_YEARS.letters().stream().map(Records.Letter::openedAt).filter(Objects::nonNull).forEach(times::add);
        assertTrue(times.stream().noneMatch(t -> t.isAfter(NOW)));
        LocalDate dayOne = LocalDate.ofInstant(Instant.parse(TWO_YEARS.settings().get("created_at")),
                ZoneId.of("Europe/Moscow"));
        assertEquals(LocalDate.of(2024, 12, 1), dayOne);
    }

    @Test
    void shouldRefuseNoYears() {
        assertThrows(IllegalArgumentException.class, () -> DemoHistory.generate(PATH, 0, 1, HEADER));
    }

    static byte[] json(BackupContent content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BackupWriter.write(content.asSource(), out);
        return out.toByteArray();
    }
}
