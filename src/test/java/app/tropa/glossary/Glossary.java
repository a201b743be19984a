package app.tropa.glossary;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import static io.restassured.RestAssured.given;

/** Test helper: the glossary API, one call per line. */
final class Glossary {

    private Glossary() {
    }

    static ValidatableResponse metaphor(String termId, String text) {
        return given().contentType(ContentType.JSON).body(json("text", text))
                .post("/api/terms/" + termId + "/metaphors").then();
    }

    static ValidatableResponse card(String termId, String json) {
        return given().contentType(ContentType.JSON).body(json).put("/api/terms/" + termId + "/card").then();
    }

    static ValidatableResponse term(String title, String definition) {
        return given().contentType(ContentType.JSON)
                .body("{\"title\":" + quote(title) + ",\"definition\":" + quote(definition) + "}")
                .post("/api/terms").then();
    }

    static String json(String field, String value) {
        return "{\"" + field + "\":" + quote(value) + "}";
    }

    static String quote(String s) {
        return s == null ? "null" : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
