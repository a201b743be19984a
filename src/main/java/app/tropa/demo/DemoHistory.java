package app.tropa.demo;

import app.tropa.curriculum.Curriculum;
import app.tropa.exchange.BackupContent;
import app.tropa.exchange.Records;
import app.tropa.exchange.Section;
import app.tropa.platform.AppMeta;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A synthetic history of a learner who has kept Tropa for some years, as a backup (plain Java,
 * no database): the same seed, years, curriculum and moment always give the same content. It is
 * loaded through the ordinary import, so it obeys every rule a real backup does.
 */
public final class DemoHistory {

    private DemoHistory() {
    }

    public static BackupContent generate(Curriculum curriculum, int years, long seed, BackupContent.Header header) {
        if (years < 1) {
            throw new IllegalArgumentException("tropa.demo.years must be 1 or more, not " + years);
        }
        DemoClock clock = new DemoClock(seed, years, header.exportedAt(), ZoneId.of(header.timeZone()));
        DemoPath path = new DemoPath(curriculum, clock, years);
        DemoGlossary glossary = new DemoGlossary(curriculum, clock, path, years);
        DemoJournal journal = new DemoJournal(curriculum, clock, path);
        DemoTalks talks = new DemoTalks(curriculum, clock, path);
        DemoRevisits revisits = new DemoRevisits(clock, path, journal);
        Instant dayOne = clock.at(clock.first, 9 * 60);
        BackupContent content = new BackupContent(header, Map.of(AppMeta.CREATED_AT, dayOne.toString()));
        add(content, Section.PROGRESS, path.progress);
        add(content, Section.PROGRESS_EVENTS, sorted(path.events, Records.Event::occurredAt));
        add(content, Section.OWN_TERMS, glossary.ownTerms);
        add(content, Section.METAPHORS, glossary.metaphors);
        add(content, Section.CARDS, glossary.cards);
        add(content, Section.REVIEW_STATES, glossary.states);
        add(content, Section.REVIEW_LOG, sorted(glossary.reviews, Records.Review::reviewedAt));
        add(content, Section.REVISIT_STATES, revisits.states);
        add(content, Section.REVISIT_LOG, sorted(revisits.log, Records.Revisit::revisitedAt));
        add(content, Section.REFLECTIONS, sorted(journal.reflections, Records.Reflection::createdAt));
        add(content, Section.LETTERS, journal.letters);
        add(content, Section.TALKS, talks.talks);
        return content;
    }

    private static <T> List<T> sorted(List<T> records, Function<T, Instant> time) {
        return records.stream().sorted(Comparator.comparing(time)).toList();
    }

    private static void add(BackupContent content, Section section, List<?> records) {
        records.forEach(r -> content.add(section, r));
    }
}
