package app.tropa.security;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** The app with a password set, as a learner who shares their machine would run it. */
public class PasswordProfile implements QuarkusTestProfile {

    static final String PASSWORD = "correct horse battery";
    static final String HASH = PasswordHash.hash(PASSWORD.toCharArray());

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("tropa.auth.password-hash", HASH, "tropa.auth.max-failures-per-minute", "3");
    }
}
