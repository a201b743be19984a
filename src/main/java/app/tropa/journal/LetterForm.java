package app.tropa.journal;

import io.quarkus.qute.TemplateData;
import org.jboss.resteasy.reactive.RestForm;

/** The letter form as sent: the text and one way to seal it (a day, a phase or a step). */
@TemplateData
public class LetterForm {

    public static final String BY_DAY = "day";
    public static final String BY_PHASE = "phase";
    public static final String BY_NODE = "node";

    @RestForm
    public String body;

    /** {@value #BY_DAY}, {@value #BY_PHASE} or {@value #BY_NODE}. */
    @RestForm
    public String condition;

    @RestForm
    public String openOn;

    @RestForm
    public String phase;

    @RestForm
    public String node;

    @RestForm
    public String draft;

    public static LetterForm empty() {
        LetterForm f = new LetterForm();
        f.condition = BY_DAY;
        return f;
    }

    public JournalJson.LetterInput toInput() {
        String text = EntryForm.lf(body);
        if (BY_PHASE.equals(condition)) {
            return new JournalJson.LetterInput(text, null, blank(phase) ? "" : "phase:" + phase);
        }
        if (BY_NODE.equals(condition)) {
            return new JournalJson.LetterInput(text, null, blank(node) ? "" : "node:" + node);
        }
        return new JournalJson.LetterInput(text, openOn, null);
    }

    public boolean by(String way) {
        return way.equals(condition);
    }

    public String draftId() {
        EntryForm probe = new EntryForm();
        probe.draft = draft;
        return probe.draftId();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
