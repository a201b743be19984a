package app.tropa.review;

/**
 * One kind of remembered thing the stats page and {@code GET /api/review/stats} show: review cards
 * here ({@link ReviewStats}); revisits of done steps join by implementing this as a bean with the
 * key {@code revisits} (its words are in the rhythm bundle already). Sections appear in
 * {@link #order()}.
 */
public interface MemorySeries {

    /** The JSON field and the section's name: {@code reviews}, {@code revisits}. */
    String key();

    int order();

    MemoryStats stats(int months);
}
