package app.tropa.progress;

import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.StepStates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.Map;

/** Each node's {@link StepState} for the curriculum API. */
@ApplicationScoped
public class MapStates implements StepStates {

    @Inject
    ProgressService progress;

    @Override
    public Map<String, String> states(Curriculum curriculum) {
        Map<String, String> codes = new LinkedHashMap<>();
        StepState.of(curriculum, progress.statuses()).forEach((id, state) -> codes.put(id, state.code()));
        return codes;
    }
}
