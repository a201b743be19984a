package app.tropa.http;

import jakarta.enterprise.context.RequestScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * The fields of the form this request posts, as the browser sent them (the form-token check reads
 * every page form and hands them here). A form that cannot be saved comes back with its text; when
 * even the form's page cannot be read (the database file unreachable on a full disk), or the post
 * is refused before reaching its form, the error page shows the text held here.
 */
@RequestScoped
public class TypedText {

    /**
     * One field as sent: prose the learner wrote is shown in box {@code box} of {@code boxes}; the
     * rest (and prose left blank) rides along unseen, in no box (0).
     */
    public record Field(String name, String value, boolean prose, int box, int boxes) {
    }

    /** The names of the fields where learners write prose, in every form. A test holds every textarea to it. */
    public static final List<String> PROSE = List.of("body", "text", "message", "note", "answer", "definition",
            "statement", "example", "counterexample", "analogy", "application", "fiAttention", "fiAssembly",
            "fiVector");

    private final List<Field> sent = new ArrayList<>();
    private boolean resendable = true;

    /** A field of the posted form, in the order the browser sent them. */
    public void sent(String name, String value) {
        sent.add(new Field(name, value, PROSE.contains(name) && !value.isBlank(), 0, 0));
    }

    /**
     * The post was refused before it reached its form (its token did not match): the text is shown
     * to copy, never sent again from that page, as the post may not have come from Tropa at all.
     */
    public void notToResend() {
        resendable = false;
    }

    /** Whether the page may offer to send the held text again. */
    public boolean resendable() {
        return resendable;
    }

    /** The fields as sent, the boxes numbered; empty when the learner wrote no prose in them. */
    public List<Field> fields() {
        int boxes = (int) sent.stream().filter(Field::prose).count();
        if (boxes == 0) {
            return List.of();
        }
        List<Field> numbered = new ArrayList<>();
        int box = 0;
        for (Field f : sent) {
            numbered.add(f.prose() ? new Field(f.name(), f.value(), true, ++box, boxes) : f);
        }
        return numbered;
    }
}
