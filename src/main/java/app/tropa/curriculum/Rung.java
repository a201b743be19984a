package app.tropa.curriculum;

/** A rung of the bicycle ladder (use, tune, repair, build): a column of the map. */
public record Rung(String id, int order, Text title, Text summary) {
}
