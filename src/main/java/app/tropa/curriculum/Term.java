package app.tropa.curriculum;

import java.util.List;

/** A glossary term from the curriculum; {@code sampleMetaphor} may be null. */
public record Term(String id, Text title, Text definition, List<String> related, Text sampleMetaphor) {
}
