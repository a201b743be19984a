package app.tropa.glossary;

import app.tropa.activity.ReflectionFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Optional;

/**
 * What the glossary tells the tutor: how many metaphor versions the learner wrote. Reflections
 * are the journal's to report.
 */
@ApplicationScoped
public class MetaphorFacts implements ReflectionFacts {

    @Inject
    GlossaryService glossary;

    @Override
    public Optional<Instant> lastReflectionAt() {
        return Optional.empty();
    }

    @Override
    public int metaphorCount() {
        return (int) glossary.writtenMetaphorCount();
    }
}
