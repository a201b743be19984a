package app.tropa.e2e;

import app.tropa.demo.DemoDataProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The accessibility sweep on pages with real content — a year of demo history: long code blocks,
 * a journal entry, the map with every state, revisits, memory stats, pace, the report's choices, a
 * talk — in both languages at desktop and
 * phone width. Empty pages hide problems that only content shows.
 */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
class DemoPagesBrowserTest extends BrowserTest {

    /** The demo learner's data is the point here: nothing is wiped between tests. */
    @Override
    void freshLearner() {
        desktop();
    }

    private static List<String[]> pages() {
        long entry = given().get("/api/reflections?size=1").then().extract().jsonPath().getLong("items[0].id");
        String due = given().get("/api/revisits").then().extract().jsonPath().getString("due[0].nodeId");
        long talk = given().get("/api/tutor/talks").then().extract().jsonPath().getLong("items[0].id");
        List<String[]> pages = new ArrayList<>(List.of(
                new String[] {"dashboard", "/"},
                new String[] {"path", "/path"},
                new String[] {"path-now", "/path?now=1"},
                new String[] {"node-long-code", "/path/quantization-formats"},
                new String[] {"node-long-lines", "/path/safety-of-what-you-build"},
                new String[] {"journal", "/journal"},
                new String[] {"entry", "/journal/" + entry},
                new String[] {"letters", "/letters"},
                new String[] {"glossary", "/glossary"},
                new String[] {"term", "/glossary/context-window"},
                new String[] {"review", "/review"},
                new String[] {"stats", "/review/stats"},
                new String[] {"pace", "/pace"},
                new String[] {"report", "/report"},
                new String[] {"revisits", "/revisits"},
                new String[] {"talk", "/tutor/" + talk}));
        if (due != null) {
            pages.add(new String[] {"revisit", "/revisits/" + due});
        }
        return pages;
    }

    @Test
    void pagesWithAYearOfContentHaveNoSeriousAccessibilityProblemInEitherLanguageOrWidth() {
        List<String> problems = sweep(pages(), "demo-", false, true);
        assertEquals(List.of(), problems);
    }
}
