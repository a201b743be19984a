package app.tropa.activity;

import java.time.Instant;
import java.util.Optional;

/**
 * What the journal and the glossary tell the tutor about the learner's own words. Until those
 * features exist, no bean implements it and the tutor sees no reflections and no metaphors.
 */
public interface ReflectionFacts {

    Optional<Instant> lastReflectionAt();

    int metaphorCount();
}
