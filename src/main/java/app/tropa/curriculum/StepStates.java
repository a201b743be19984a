package app.tropa.curriculum;

import java.util.Map;

/**
 * What the curriculum API asks of the learner's progress when a client wants to draw the map with
 * it ({@code ?withProgress=true}): each node's state code. The progress feature implements it.
 */
public interface StepStates {

    Map<String, String> states(Curriculum curriculum);
}
