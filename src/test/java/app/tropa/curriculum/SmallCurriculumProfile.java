package app.tropa.curriculum;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** Runs the app on the small test curriculum instead of the bundled one. */
public class SmallCurriculumProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("tropa.curriculum-dir", "src/test/resources/curricula/valid-small");
    }
}
