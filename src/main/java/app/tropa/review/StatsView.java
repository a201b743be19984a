package app.tropa.review;

import java.util.List;

/** What the memory stats page shows: a section per {@link MemorySeries}, each with its charts. */
public record StatsView(List<Section> sections) {

    public boolean empty() {
        return sections.stream().allMatch(Section::empty);
    }

    /** One kind of remembered thing; {@code empty} when it has neither reviews nor anything in review. */
    public record Section(String key, String heading, boolean empty, List<Chart> charts) {
    }

    /**
     * A chart and its table: {@code id} names the figure for its heading, {@code summary} says it
     * in one sentence, {@code none} is said instead of an empty chart.
     */
    public record Chart(String id, String heading, String summary, String none, BarChart chart, String labelColumn,
            String valueColumn) {
    }
}
