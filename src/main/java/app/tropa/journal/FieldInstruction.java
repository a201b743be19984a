package app.tropa.journal;

/**
 * The field instruction for studying a topic: phase → attention pattern → depth of
 * understanding (1–5) → assembly point → vector question. Every part is optional; the entry's
 * body is the free text around them.
 */
public record FieldInstruction(String phase, String attentionPattern, Integer depth, String assemblyPoint,
        String vectorQuestion) {

    public boolean isEmpty() {
        return blank(phase) && blank(attentionPattern) && depth == null && blank(assemblyPoint)
                && blank(vectorQuestion);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
