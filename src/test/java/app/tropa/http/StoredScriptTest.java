package app.tropa.http;

import app.tropa.LearnerData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The classic stored-script payloads, written where a learner writes — a progress note, a
 * journal entry, a metaphor, a card — and then looked for on every page that shows them: they
 * must arrive as inert text, never as markup.
 */
@QuarkusTest
class StoredScriptTest {

    static final String SCRIPT = "<script>alert('s')</script>";
    static final String IMAGE = "<img src=x onerror=alert('i')>";
    static final String LINK = "[click me](javascript:alert('l'))";
    static final String ALL = SCRIPT + " " + IMAGE + " " + LINK;

    @BeforeEach
    void fresh() {
        LearnerData.wipe();
    }

    @Test
    void shouldShowEveryPayloadAsTextOnEveryPage() {
        json("PUT", "/api/progress/why-your-own-ai", "{\"note\":\"" + ALL.replace("'", "\\u0027") + "\"}");
        String id = given().contentType(ContentType.JSON)
                .body("{\"date\":\"2026-11-20\",\"kind\":\"daily\",\"body\":\"" + ALL + "\",\"tags\":[\"xss\"]}")
                .post("/api/reflections").then().statusCode(201).extract().path("id").toString();
        json("POST", "/api/terms/context-window/metaphors", "{\"text\":\"" + ALL + "\"}");
        json("PUT", "/api/terms/context-window/card", "{\"statement\":\"" + ALL + "\",\"example\":\"e\","
                + "\"counterexample\":\"c\",\"analogy\":\"a\",\"application\":\"p\"}");

        for (String page : List.of("/", "/path/why-your-own-ai", "/journal", "/journal/" + id, "/journal?q=alert",
                "/glossary", "/glossary/context-window", "/path/kv-cache-and-context")) {
            String html = given().get(page).then().statusCode(200).extract().asString();
            assertInert(page, html);
        }
    }

    @Test
    void shouldReturnPayloadsAsPlainStringsInJsonAndDropUnsafeLinksFromRenderedMarkdown() {
        String id = given().contentType(ContentType.JSON)
                .body("{\"date\":\"2026-11-20\",\"kind\":\"daily\",\"body\":\"" + ALL + "\"}")
                .post("/api/reflections").then().statusCode(201).extract().path("id").toString();

        String body = given().get("/api/reflections/" + id).then().statusCode(200).extract().path("body");

        assertTrue(body.equals(ALL), "stored exactly as typed: " + body);
        String html = given().get("/journal/" + id).asString();
        assertTrue(html.contains("&lt;script&gt;"), "escaped, still readable");
        String shown = html.substring(html.indexOf("journal-text"), html.indexOf("</div>", html.indexOf("journal-text")));
        assertTrue(shown.contains("click me"), "the link's text stays: " + shown);
        assertFalse(shown.contains("<a "), "the javascript: link is not a link: " + shown);
    }

    private static void assertInert(String page, String html) {
        assertFalse(html.contains("<script>alert"), page + ": live script");
        assertFalse(html.contains("<img src=x"), page + ": live image");
        assertFalse(html.toLowerCase().contains("href=\"javascript:"), page + ": javascript link");
        assertFalse(html.contains("onerror=alert") && !html.contains("&lt;img"), page + ": live handler");
    }

    private static void json(String method, String path, String body) {
        int status = given().contentType(ContentType.JSON).body(body).request(method, path).statusCode();
        assertTrue(status == 200 || status == 201, method + " " + path + " → " + status);
    }
}
