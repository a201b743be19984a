package app.tropa.exchange;

import app.tropa.LearnerData;
import app.tropa.platform.LearnerTime;
import app.tropa.security.SignInPassword;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static app.tropa.exchange.SampleLearner.exportJson;
import static app.tropa.exchange.SampleLearner.importJson;
import static app.tropa.exchange.SampleLearner.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A placement's events keep their source through a backup; the time zone goes along, the password never. */
@QuarkusTest
class PlacementExchangeTest {

    @Inject
    LearnerTime time;

    @Inject
    SignInPassword password;

    @BeforeEach
    @AfterEach
    void fresh() {
        LearnerData.wipe();
        time.saveZone(null);
        QuarkusTransaction.requiringNew().run(() -> app.tropa.platform.AppMeta.deleteById(SignInPassword.KEY));
        password.load();
    }

    @Test
    void shouldCarryThePlacementMarkThroughExportAndImport() {
        post("/api/placement", "{\"checkpoints\":{\"why-your-own-ai\":[0,1,2],\"first-conversations\":[1]}}")
                .statusCode(200);
        given().contentType("application/json").body("{\"status\":\"in_progress\"}")
                .put("/api/progress/instructions-as-intent").then().statusCode(200);

        String backup = exportJson();
        List<String> sources = sources(backup);
        assertEquals(List.of("placement", "placement", "placement", "placement", "placement", "placement", "-"),
                sources, backup);

        LearnerData.wipe();
        importJson(backup, "?mode=replace").statusCode(200).body("kinds.progressEvents.added", equalTo(7));

        assertEquals(sources, sources(exportJson()));
        given().get("/api/progress/events?nodeId=why-your-own-ai").then().statusCode(200)
                .body("source", equalTo(List.of("placement", "placement", "placement", "placement")));
    }

    @Test
    void shouldCarryTheTimeZoneButNeverThePassword() {
        time.saveZone(ZoneId.of("Asia/Novosibirsk"));
        // Kept in the data folder without loading it, so this test's own requests need no sign-in.
        String hash = app.tropa.security.PasswordHash.hash("a long enough secret".toCharArray());
        QuarkusTransaction.requiringNew().run(() -> app.tropa.platform.AppMeta.put(SignInPassword.KEY, hash));

        String backup = exportJson();
        JsonNode settings = SampleJson.tree(backup).get("settings");
        assertEquals("Asia/Novosibirsk", settings.get(LearnerTime.ZONE_KEY).asText(), backup);
        assertFalse(backup.contains("pbkdf2"), "a password hash never leaves in a backup");

        time.saveZone(null);
        importJson(backup, "?mode=replace").statusCode(200);
        assertEquals(ZoneId.of("Asia/Novosibirsk"), time.zone(), "an imported time zone is used at once");
        assertEquals(java.util.Optional.of(hash), QuarkusTransaction.requiringNew().call(
                () -> app.tropa.platform.AppMeta.get(SignInPassword.KEY)), "an import leaves the password as it was");
    }

    private static List<String> sources(String backup) {
        List<String> sources = new ArrayList<>();
        SampleJson.tree(backup).get("progressEvents").forEach(e -> sources.add(
                e.hasNonNull("source") ? e.get("source").asText() : "-"));
        return sources;
    }
}
