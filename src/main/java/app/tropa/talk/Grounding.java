package app.tropa.talk;

/**
 * What Tropa tells the tutor about the learner and the step, as plain Markdown: the same text is
 * sent to the model and shown to the learner under "what the tutor sees".
 */
final class Grounding {

    /** Each reflection or metaphor sent is cut here, so one long entry cannot crowd out the rest. */
    static final int MAX_ITEM_CHARS = 1500;

    private final StringBuilder text = new StringBuilder();

    Grounding section(String heading) {
        if (!text.isEmpty()) {
            text.append('\n');
        }
        text.append("## ").append(heading).append('\n');
        return this;
    }

    Grounding line(String label, String value) {
        if (value != null && !value.isBlank()) {
            text.append("- ").append(label).append(": ").append(oneBlock(value)).append('\n');
        }
        return this;
    }

    /** A labelled list, one item a line. */
    Grounding list(String label, java.util.List<String> items) {
        if (!items.isEmpty()) {
            text.append("- ").append(label).append(":\n");
            items.forEach(i -> text.append("  - ").append(oneBlock(i).replace("\n  ", "\n    ")).append('\n'));
        }
        return this;
    }

    Grounding item(String value) {
        if (value != null && !value.isBlank()) {
            text.append("- ").append(oneBlock(value)).append('\n');
        }
        return this;
    }

    /** The learner's own words, quoted and bounded. */
    Grounding quote(String label, String words) {
        String w = words == null ? "" : words.strip();
        if (w.length() > MAX_ITEM_CHARS) {
            w = w.substring(0, MAX_ITEM_CHARS) + " […]";
        }
        text.append("- ").append(label).append(":\n");
        for (String l : w.split("\n", -1)) {
            text.append("  > ").append(l).append('\n');
        }
        return this;
    }

    private static String oneBlock(String value) {
        return value.strip().replace("\n", "\n  ");
    }

    String text() {
        return text.toString().strip();
    }
}
