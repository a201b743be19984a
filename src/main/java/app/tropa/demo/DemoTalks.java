package app.tropa.demo;

import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.Node;
import app.tropa.curriculum.Term;
import app.tropa.exchange.Records;
import app.tropa.i18n.Lang;
import app.tropa.progress.ProgressStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A few talks with the tutor, marked as demo: no model wrote them. They show a newcomer what a
 * talk looks like (a step, then a term and its metaphor) before any model is connected.
 */
final class DemoTalks {

    /** How many steps of the path get a talk, spread over the history. */
    private static final int STEPS = 3;

    private final DemoClock clock;
    final List<Records.Talk> talks = new ArrayList<>();

    DemoTalks(Curriculum curriculum, DemoClock clock, DemoPath path) {
        this.clock = clock;
        List<DemoPath.Step> done = path.steps().stream()
                .filter(s -> s.outcome() == ProgressStatus.DONE && clock.past(s.closedAt())).toList();
        for (int i = 1; i <= STEPS && !done.isEmpty(); i++) {
            DemoPath.Step step = done.get(done.size() * i / (STEPS + 1));
            Lang lang = i % 2 == 1 ? Lang.RU : Lang.EN;
            keep(aboutStep(step, lang));
        }
        termOf(curriculum, done).ifPresent(t -> keep(aboutTerm(t.term(), t.at(), Lang.RU)));
    }

    /** A talk whose last words would lie in the future is left out, as nothing is written ahead. */
    private void keep(Records.Talk talk) {
        if (clock.past(talk.updatedAt())) {
            talks.add(talk);
        }
    }

    private record TermAt(Term term, Instant at) {
    }

    private Optional<TermAt> termOf(Curriculum curriculum, List<DemoPath.Step> done) {
        return done.stream().filter(s -> !s.node().terms().isEmpty()).reduce((a, b) -> b)
                .flatMap(s -> curriculum.term(s.node().terms().get(0)).map(t -> new TermAt(t, s.closedAt())));
    }

    private Records.Talk aboutStep(DemoPath.Step step, Lang lang) {
        Node node = step.node();
        Instant start = clock.evening(step.start()).plusSeconds(3600);
        String title = node.title().in(lang);
        String vector = node.vectorQuestion().hasEn() ? node.vectorQuestion().in(lang) : null;
        List<String> lines = lang == Lang.RU ? List.of(
                "Я прочитал урок «" + title + "», но не уверен, что понял главное. С чего начать?",
                "Давайте начнём с того, что вы уже заметили. Что в этом уроке зацепило ваше внимание первым — "
                        + "и почему, как вам кажется, именно это?",
                "Зацепило, что всё держится на одной простой идее, а я привык думать, что тут сложная магия.",
                "Хорошее наблюдение. Попробуйте сказать эту идею одной фразой, своими словами, без терминов из урока. "
                        + (vector == null ? "Где она перестаёт работать?" : "А потом вернитесь к вопросу шага: «" + vector + "»"))
                : List.of(
                "I read \"" + title + "\" and I'm not sure I got the main point. Where do I start?",
                "Let's start from what you noticed. What caught your attention first in this lesson, and why do you "
                        + "think it was that?",
                "That it all rests on one simple idea, when I expected something like magic.",
                "Good catch. Try to say that idea in one sentence, in your own words, without the lesson's terms. "
                        + (vector == null ? "Where does it stop working?" : "Then come back to the step's question: \""
                        + vector + "\""));
        return talk("node", node.id(), title, lang, start, lines);
    }

    private Records.Talk aboutTerm(Term term, Instant after, Lang lang) {
        String title = term.title().in(lang);
        List<String> lines = List.of(
                "Моя метафора для «" + title + "» — это что-то вроде общего стола, на который всё складывают. "
                        + "Она годится?",
                "Что в ней верно — и где стол перестаёт быть похож на то, что описано в определении? Подберите "
                        + "пример, где метафора работает, и контрпример, где она ломается.",
                "Работает, когда всё помещается. Ломается, когда вещей больше, чем места: стол не выбрасывает "
                        + "старое сам.",
                "Вот и граница вашей метафоры. Как бы вы изменили её, чтобы она пережила этот контрпример? Напишите "
                        + "следующую версию сами — я подскажу, где она снова треснет.");
        return talk("term", term.id(), title, lang, after.plusSeconds(7200), lines);
    }

    private Records.Talk talk(String type, String id, String title, Lang lang, Instant start, List<String> lines) {
        List<Records.TalkMessage> messages = new ArrayList<>();
        Instant at = start;
        for (int i = 0; i < lines.size(); i++) {
            boolean learner = i % 2 == 0;
            messages.add(new Records.TalkMessage(i + 1, learner ? "learner" : "tutor", lines.get(i),
                    learner ? "answered" : "complete", null, null, null, at));
            at = at.plusSeconds(learner ? 40 : 60L * clock.between(2, 15));
        }
        Instant last = messages.get(messages.size() - 1).createdAt();
        return new Records.Talk(type, id, title, lang.code(), false, true, start, last, null, messages);
    }
}
