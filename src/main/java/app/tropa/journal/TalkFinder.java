package app.tropa.journal;

import java.time.Instant;
import java.util.List;

/**
 * What the journal's search asks of the talks with the tutor, when the learner ticks "search my
 * talks too": the talks (outside the trash) holding every word. The talk feature implements it.
 */
public interface TalkFinder {

    /** At most this many talks are listed. */
    int LIMIT = 50;

    List<Hit> find(List<String> words);

    record Hit(long id, String title, Instant updatedAt) {
    }
}
