package app.tropa.journal;

import java.util.List;

/**
 * A new entry or a new version of one, as sent to {@code POST} and {@code PUT /api/reflections}.
 * Only {@code body} is required; the date defaults to today, the kind to {@code daily}.
 */
public record EntryInput(String date, String kind, String body, List<String> nodeIds, List<String> termIds,
        List<String> tags, FieldInstruction fieldInstruction) {
}
