package app.tropa.exchange;

import java.util.List;

/**
 * The sizes of the database columns, counted as the database counts them: in UTF-16 units, so an
 * emoji takes two. The JSON Schema counts characters; a text of emoji can pass it and still not
 * fit, and this check names it instead of letting the database fail.
 */
final class ColumnLimits {

    static final int TEXT = 4000;
    static final int LONG_TEXT = 1_000_000;
    static final int FIELD = 20_000;

    private ColumnLimits() {
    }

    static void check(Section section, Object record, String place, BackupProblems problems) {
        switch (section) {
            case PROGRESS -> limit(((Records.Progress) record).note(), TEXT, place + ".note", problems);
            case PROGRESS_EVENTS -> {
                Records.Event e = (Records.Event) record;
                limit(e.from(), TEXT, place + ".from", problems);
                limit(e.to(), TEXT, place + ".to", problems);
            }
            case OWN_TERMS -> {
                Records.OwnTerm t = (Records.OwnTerm) record;
                limit(t.title(), 200, place + ".title", problems);
                limit(t.definition(), TEXT, place + ".definition", problems);
                limit(t.phase(), 60, place + ".phase", problems);
            }
            case METAPHORS -> {
                Records.Metaphor m = (Records.Metaphor) record;
                limit(m.text(), TEXT, place + ".text", problems);
                limit(m.phase(), 60, place + ".phase", problems);
            }
            case CARDS -> card((Records.Card) record, place, problems);
            case REVIEW_QUESTIONS -> {
                Records.ReviewQuestion q = (Records.ReviewQuestion) record;
                limit(q.question(), app.tropa.review.ReviewQuestion.MAX_QUESTION, place + ".question", problems);
                limit(q.answer(), app.tropa.review.ReviewQuestion.MAX_ANSWER, place + ".answer", problems);
            }
            case REFLECTIONS -> reflection((Records.Reflection) record, place, problems);
            case LETTERS -> {
                Records.Letter l = (Records.Letter) record;
                limit(l.body(), LONG_TEXT, place + ".body", problems);
                limit(l.openWhen(), 200, place + ".openWhen", problems);
            }
            case TALKS -> talk((Records.Talk) record, place, problems);
            default -> {
                // ids are ASCII by the schema's pattern; numbers and moments have no length
            }
        }
    }

    private static void card(Records.Card c, String place, BackupProblems problems) {
        List<String> names = List.of("statement", "example", "counterexample", "analogy", "application");
        List<String> values = List.of(c.statement(), c.example(), c.counterexample(), c.analogy(), c.application());
        for (int i = 0; i < names.size(); i++) {
            limit(values.get(i), TEXT, place + "." + names.get(i), problems);
        }
        limit(c.phase(), 60, place + ".phase", problems);
    }

    private static void reflection(Records.Reflection r, String place, BackupProblems problems) {
        limit(r.body(), LONG_TEXT, place + ".body", problems);
        limit(r.phase(), 120, place + ".phase", problems);
        fieldInstruction(r.fieldInstruction(), place, problems);
        tags(r.tags(), place, problems);
        for (int i = 0; i < r.revisions().size(); i++) {
            Records.Revision rev = r.revisions().get(i);
            String at = place + ".revisions[" + i + "]";
            limit(rev.body(), LONG_TEXT, at + ".body", problems);
            fieldInstruction(rev.fieldInstruction(), at, problems);
            tags(rev.tags(), at, problems);
        }
    }

    private static void talk(Records.Talk t, String place, BackupProblems problems) {
        limit(t.title(), 300, place + ".title", problems);
        limit(t.aboutId(), 120, place + ".aboutId", problems);
        for (int i = 0; i < t.messages().size(); i++) {
            Records.TalkMessage m = t.messages().get(i);
            String at = place + ".messages[" + i + "]";
            limit(m.body(), LONG_TEXT, at + ".body", problems);
            limit(m.context(), LONG_TEXT, at + ".context", problems);
            limit(m.model(), 200, at + ".model", problems);
            limit(m.failure(), 40, at + ".failure", problems);
        }
    }

    private static void tags(List<String> tags, String place, BackupProblems problems) {
        for (int i = 0; i < tags.size(); i++) {
            limit(tags.get(i), 60, place + ".tags[" + i + "]", problems);
        }
    }

    private static void fieldInstruction(Records.FieldInstruction fi, String place, BackupProblems problems) {
        if (fi == null) {
            return;
        }
        limit(fi.phase(), 120, place + ".fieldInstruction.phase", problems);
        limit(fi.attentionPattern(), FIELD, place + ".fieldInstruction.attentionPattern", problems);
        limit(fi.assemblyPoint(), FIELD, place + ".fieldInstruction.assemblyPoint", problems);
        limit(fi.vectorQuestion(), FIELD, place + ".fieldInstruction.vectorQuestion", problems);
    }

    private static void limit(String value, int max, String place, BackupProblems problems) {
        if (value != null && value.length() > max) {
            problems.add("too-long", place, "The text takes " + value.length() + " UTF-16 units (emoji and other "
                    + "characters beyond the basic plane count twice); at most " + max + " fit.");
        }
    }
}
