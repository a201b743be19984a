package app.tropa.journal;

import java.time.LocalDate;
import java.util.List;

/** An entry's content after checking: what one revision holds. */
public record EntryContent(LocalDate date, EntryKind kind, String body, List<String> nodeIds,
        List<String> termIds, List<String> tags, FieldInstruction fieldInstruction) {
}
