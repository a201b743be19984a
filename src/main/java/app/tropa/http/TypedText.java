package app.tropa.http;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * What the learner typed into the form this request carries. A form that cannot be saved comes
 * back with its text; when even the form's page cannot be read (the database file unreachable on
 * a full disk), the error page shows the text held here, in a form that sends it again.
 */
@ApplicationScoped
public class TypedText {

    /**
     * One field of the form: prose is shown to edit, the rest rides along unseen. {@code part}
     * numbers the prose fields when there are several, and is 0 when there is one.
     */
    public record Field(String name, String value, boolean prose, int part) {
    }

    /**
     * The names of the fields where learners write prose, in every form: what a post refused
     * before any form's own code ran (its token) shows back. A test holds every textarea to it.
     */
    public static final List<String> PROSE = List.of("body", "text", "message", "note", "answer", "definition",
            "statement", "example", "counterexample", "analogy", "application", "fiAttention", "fiAssembly",
            "fiVector");

    @Inject
    Held held;

    /** Prose the learner wrote, under the form field's name. */
    public void prose(String name, String value) {
        add(new Field(name, value == null ? "" : value, true, 0));
    }

    /** A field sent with the prose (a date, a kind) that the learner does not retype. */
    public void along(String name, String value) {
        if (value != null) {
            add(new Field(name, value, false, 0));
        }
    }

    /**
     * The post was refused before it reached its form (its token did not match): the text is shown
     * to copy, never sent again from that page, as the post may not have come from Tropa at all.
     */
    public void notToResend() {
        if (Arc.container().requestContext().isActive()) {
            held.notToResend();
        }
    }

    /** Whether the page may offer to send the held text again. */
    public boolean resendable() {
        return !Arc.container().requestContext().isActive() || held.resendable();
    }

    /** The fields held in this request, in the order given; empty when it holds no prose. */
    public List<Field> fields() {
        if (!Arc.container().requestContext().isActive()) {
            return List.of();
        }
        List<Field> fields = held.fields();
        if (fields.stream().noneMatch(f -> f.prose() && !f.value().isBlank())) {
            return List.of();
        }
        long prose = fields.stream().filter(Field::prose).count();
        List<Field> numbered = new ArrayList<>();
        int part = 0;
        for (Field f : fields) {
            numbered.add(f.prose() && prose > 1 ? new Field(f.name(), f.value(), true, ++part) : f);
        }
        return numbered;
    }

    private void add(Field field) {
        if (Arc.container().requestContext().isActive()) {
            held.add(field);
        }
    }

    @RequestScoped
    static class Held {

        private final List<Field> fields = new ArrayList<>();
        private boolean resendable = true;

        synchronized void notToResend() {
            resendable = false;
        }

        synchronized boolean resendable() {
            return resendable;
        }

        synchronized void add(Field field) {
            fields.add(field);
        }

        synchronized List<Field> fields() {
            return List.copyOf(fields);
        }
    }
}
