package app.tropa.exchange;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.function.Consumer;

/**
 * The journal's part of a backup: entries with their revisions and trash, and letters. Until
 * the journal feature is in this build there is nothing to read, and a backup with reflections
 * or letters is refused by {@link ImportService} rather than dropped silently.
 */
@ApplicationScoped
public class JournalTables {

    /** Journal records with their database ids, in export order. */
    public record Stored(List<Records.Reflection> reflections, List<Long> reflectionIds,
            List<Records.Letter> letters, List<Long> letterIds) {
    }

    public boolean available() {
        return false;
    }

    public void eachReflection(Consumer<Records.Reflection> sink) {
    }

    public void eachLetter(Consumer<Records.Letter> sink) {
    }

    public int countReflections() {
        return 0;
    }

    public int countLetters() {
        return 0;
    }

    public Stored stored() {
        return new Stored(List.of(), List.of(), List.of(), List.of());
    }

    public void deleteAll() {
    }

    public void insert(Records.Reflection entry) {
        throw new IllegalStateException("this build has no journal");
    }

    public void insert(Records.Letter letter) {
        throw new IllegalStateException("this build has no journal");
    }

    public void extend(ImportPlan.Extension extension) {
        throw new IllegalStateException("this build has no journal");
    }

    public void update(ImportPlan.LetterUpdate update) {
        throw new IllegalStateException("this build has no journal");
    }
}
