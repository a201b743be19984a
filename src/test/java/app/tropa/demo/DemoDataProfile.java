package app.tropa.demo;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * A fresh data folder of its own (not the shared test database) with one year of demo history,
 * and the benchmark's static folder served.
 */
public class DemoDataProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("tropa.demo.years", "1", "tropa.demo.seed", "42",
                "quarkus.datasource.jdbc.url", "jdbc:h2:mem:tropa-demo;DB_CLOSE_DELAY=-1",
                "tropa.data-dir", "target/test-demo-data", "tropa.bench.static-dir", BenchStaticTest.DIR.toString());
    }
}
