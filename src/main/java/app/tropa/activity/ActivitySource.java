package app.tropa.activity;

import java.time.Instant;
import java.util.List;

/**
 * A feature whose writes count as the learner's activity (progress changes, reflections,
 * metaphors, reviews). The tutor adds up every source for the streak and the heatmap.
 */
public interface ActivitySource {

    /** When each activity happened, at or after {@code since}. */
    List<Instant> activitySince(Instant since);
}
