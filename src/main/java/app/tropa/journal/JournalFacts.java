package app.tropa.journal;

import app.tropa.activity.ReflectionFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Optional;

/** Tells the tutor when the learner last reflected. Metaphors are the glossary's to count. */
@ApplicationScoped
public class JournalFacts implements ReflectionFacts {

    @Inject
    JournalService journal;

    @Override
    public Optional<Instant> lastReflectionAt() {
        return journal.lastReflectionAt();
    }

    @Override
    public int metaphorCount() {
        return 0;
    }
}
