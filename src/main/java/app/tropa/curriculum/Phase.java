package app.tropa.curriculum;

/** A phase of the journey: a row of the map. */
public record Phase(String id, int order, Text title, Text mode, Text goal, Text risk, Text overcoming) {
}
