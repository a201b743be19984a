package app.tropa.demo;

import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.Node;
import app.tropa.exchange.Records;
import app.tropa.progress.ProgressStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The demo learner's journal: about one reflection a day in English or Russian, tagged and linked
 * to the step and terms of the day, some edited later (every revision kept), a few in the trash;
 * and a letter to the future every month or two, some opened since, some still sealed.
 */
final class DemoJournal {

    private final Curriculum curriculum;
    private final DemoClock clock;
    private final DemoPath path;
    final List<Records.Reflection> reflections = new ArrayList<>();
    final List<Records.Letter> letters = new ArrayList<>();

    DemoJournal(Curriculum curriculum, DemoClock clock, DemoPath path) {
        this.curriculum = curriculum;
        this.clock = clock;
        this.path = path;
        for (LocalDate day = clock.first; !day.isAfter(clock.today); day = day.plusDays(1)) {
            if (clock.chance(0.9)) {
                reflection(day);
            }
            if (clock.chance(0.08)) {
                reflection(day);
            }
            if (day.isAfter(clock.first.plusDays(20)) && clock.chance(1.0 / 45)) {
                letter(day);
            }
        }
    }

    private void reflection(LocalDate day) {
        Instant created = clock.evening(day);
        if (!clock.past(created)) {
            return;
        }
        DemoWords.Bank words = clock.bank();
        Node node = path.on(day).node();
        boolean fieldInstruction = clock.chance(0.1);
        String kind = fieldInstruction ? "field-instruction" : "daily";
        Records.FieldInstruction fi = fieldInstruction ? fieldInstruction(node, words) : null;
        List<String> nodeIds = clock.chance(0.75) ? List.of(node.id()) : List.of();
        List<String> termIds = termIds(node);
        List<String> tags = tags(words);
        String body = body(node, words);
        List<Records.Revision> revisions = new ArrayList<>();
        revisions.add(new Records.Revision(1, created, null, day, kind, body, nodeIds, termIds, tags, fi));
        Instant updated = created;
        if (clock.chance(0.2)) {
            Instant edited = created.plusSeconds(60L * clock.between(10, 60 * 72));
            if (clock.past(edited)) {
                body = body + "\n\n" + fill(clock.pick(words.middles()), node, words);
                revisions.add(new Records.Revision(2, edited, null, day, kind, body, nodeIds, termIds, tags, fi));
                updated = edited;
                Instant restored = edited.plusSeconds(3600);
                if (clock.chance(0.1) && clock.past(restored)) {
                    body = revisions.get(0).body();
                    revisions.add(new Records.Revision(3, restored, 1, day, kind, body, nodeIds, termIds, tags, fi));
                    updated = restored;
                }
            }
        }
        Instant deleted = clock.chance(0.01) ? updated.plusSeconds(86_400) : null;
        reflections.add(new Records.Reflection(day, kind, body, node.phase(), fi, nodeIds, termIds, tags,
                revisions.size(), created, updated, deleted != null && clock.past(deleted) ? deleted : null,
                revisions));
    }

    /** A revisit's answer: a shorter entry of kind revisit about the step, written at that moment. */
    void revisitAnswer(Node node, Instant at, LocalDate day) {
        DemoWords.Bank words = clock.bank();
        String body = fill(clock.pick(words.openings()), node, words) + " "
                + fill(clock.pick(words.middles()), node, words);
        List<Records.Revision> revisions = List.of(new Records.Revision(1, at, null, day, "revisit", body,
                List.of(node.id()), List.of(), List.of(), null));
        reflections.add(new Records.Reflection(day, "revisit", body, node.phase(), null, List.of(node.id()),
                List.of(), List.of(), 1, at, at, null, revisions));
    }

    private String body(Node node, DemoWords.Bank words) {
        StringBuilder b = new StringBuilder(fill(clock.pick(words.openings()), node, words));
        int middles = clock.between(1, 4);
        for (int i = 0; i < middles; i++) {
            b.append(clock.chance(0.3) ? "\n\n" : " ").append(fill(clock.pick(words.middles()), node, words));
        }
        return b.append("\n\n").append(fill(clock.pick(words.closings()), node, words)).toString();
    }

    private String fill(String sentence, Node node, DemoWords.Bank words) {
        String term = node.terms().isEmpty() ? node.title().in(words.lang())
                : curriculum.term(clock.pick(node.terms())).map(t -> t.title().in(words.lang()))
                        .orElse(node.title().in(words.lang()));
        return sentence.replace("{node}", node.title().in(words.lang())).replace("{term}", term);
    }

    private Records.FieldInstruction fieldInstruction(Node node, DemoWords.Bank words) {
        String attention = node.attentionPattern().in(words.lang());
        String vector = node.vectorQuestion().in(words.lang());
        return new Records.FieldInstruction(node.phase(), attention.isBlank() ? null : attention,
                clock.between(1, 5), fill(clock.pick(words.middles()), node, words),
                vector.isBlank() ? clock.pick(words.questions()) : vector);
    }

    private List<String> termIds(Node node) {
        Set<String> ids = new LinkedHashSet<>();
        int count = node.terms().isEmpty() ? 0 : clock.between(0, 2);
        for (int i = 0; i < count; i++) {
            ids.add(clock.pick(node.terms()));
        }
        return List.copyOf(ids);
    }

    private List<String> tags(DemoWords.Bank words) {
        Set<String> tags = new LinkedHashSet<>();
        int count = clock.between(1, 3);
        for (int i = 0; i < count; i++) {
            tags.add(clock.pick(words.tags()));
        }
        return List.copyOf(tags);
    }

    /** A letter that opens on a later day, or when a step ahead is done. */
    private void letter(LocalDate day) {
        Instant created = clock.at(day, 22 * 60 + clock.random.nextInt(60));
        DemoWords.Bank words = clock.bank();
        Node node = path.on(day).node();
        String body = fill(clock.pick(words.letters()), node, words) + "\n\n"
                + fill(clock.pick(words.middles()), node, words);
        Optional<DemoPath.Step> ahead = clock.chance(0.35) ? path.ahead(day, clock.between(2, 8))
                .filter(s -> s.outcome() != ProgressStatus.SKIPPED) : Optional.empty();
        LocalDate openOn = null;
        String openWhen = null;
        Instant openedAt = null;
        if (ahead.isPresent()) {
            openWhen = "node:" + ahead.get().node().id();
            openedAt = ahead.get().doneBy(clock.now) ? ahead.get().closedAt().plusSeconds(60) : null;
        } else {
            openOn = day.plusDays(clock.between(60, 900));
            Instant opens = clock.at(openOn, 8 * 60 + clock.random.nextInt(600));
            openedAt = clock.past(opens) ? opens : null;
        }
        Instant readAt = openedAt != null && clock.chance(0.85) && clock.past(openedAt.plusSeconds(300))
                ? openedAt.plusSeconds(300) : null;
        letters.add(new Records.Letter(body, day, created, openOn, openWhen, openedAt, readAt));
    }
}
