package app.tropa.journal;

import app.tropa.LearnerData;
import app.tropa.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The journal API: writing, revisions, the trash and every refusal. */
@QuarkusTest
class JournalResourceTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void fresh() {
        LearnerData.wipe();
        clock.set(Instant.parse("2026-11-22T09:00:00Z"));
    }

    @AfterEach
    void release() {
        clock.reset();
    }

    static ValidatableResponse post(Object body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/reflections").then();
    }

    static long create(Object body) {
        return post(body).statusCode(201).extract().jsonPath().getLong("id");
    }

    static ValidatableResponse put(long id, Object body) {
        return given().contentType(ContentType.JSON).body(body).put("/api/reflections/" + id).then();
    }

    @Test
    void shouldStoreAnEntryWithItsLinksAndThePhaseOfTheDay() {
        post(Map.of("date", "2026-11-21", "kind", "daily", "body", "Сегодня я понял **контекст** 🚲",
                "nodeIds", List.of("run-a-local-model"), "termIds", List.of("context-window"),
                "tags", List.of("вечер", "#LoRA")))
                .statusCode(201)
                .header("Location", endsWith("/api/reflections/"
                        + given().get("/api/reflections").jsonPath().getLong("items[0].id")))
                .body("date", equalTo("2026-11-21"))
                .body("kind", equalTo("daily"))
                .body("body", equalTo("Сегодня я понял **контекст** 🚲"))
                .body("nodeIds", contains("run-a-local-model"))
                .body("termIds", contains("context-window"))
                .body("tags", contains("вечер", "LoRA"))
                .body("phase", equalTo("ideal-thinking"))
                .body("revision", equalTo(1))
                .body("createdAt", equalTo("2026-11-22T09:00:00Z"))
                .body("updatedAt", equalTo("2026-11-22T09:00:00Z"))
                .body("fieldInstruction", nullValue())
                .body("deletedAt", nullValue());
    }

    @Test
    void shouldDefaultToTodayAndKeepAFieldInstructionsStructure() {
        post(Map.of("kind", "field-instruction", "body", "Свободный текст",
                "fieldInstruction", Map.of("attentionPattern", "куда смотрит модель", "depth", 3,
                        "assemblyPoint", "окно — это горизонт", "vectorQuestion", "что за горизонтом?")))
                .statusCode(201)
                .body("date", equalTo("2026-11-22"))
                .body("kind", equalTo("field-instruction"))
                .body("fieldInstruction.phase", equalTo("ideal-thinking"))
                .body("fieldInstruction.attentionPattern", equalTo("куда смотрит модель"))
                .body("fieldInstruction.depth", equalTo(3))
                .body("fieldInstruction.assemblyPoint", equalTo("окно — это горизонт"))
                .body("fieldInstruction.vectorQuestion", equalTo("что за горизонтом?"));
    }

    @Test
    void shouldKeepALongTextExactlyAsTyped() {
        String body = ("Ёжик в тумане 🦔 — «кавычки», <script>alert(1)</script>, \\n и \u00a0пробел.\n")
                .repeat(1700).substring(0, 100_000);
        long id = create(Map.of("body", body));

        String stored = given().get("/api/reflections/" + id).then().statusCode(200).extract().path("body");
        org.junit.jupiter.api.Assertions.assertEquals(body, stored);
    }

    @Test
    void shouldKeepEveryRevisionAndRestoreAnEarlierOne() {
        long id = create(Map.of("body", "Первая мысль", "tags", List.of("a")));
        clock.set(Instant.parse("2026-11-22T10:00:00Z"));
        put(id, Map.of("body", "Вторая мысль", "tags", List.of("b"))).statusCode(200)
                .body("revision", equalTo(2)).body("body", equalTo("Вторая мысль"))
                .body("date", equalTo("2026-11-22"))
                .body("createdAt", equalTo("2026-11-22T09:00:00Z")).body("updatedAt", equalTo("2026-11-22T10:00:00Z"));
        put(id, Map.of("body", "Вторая мысль", "tags", List.of("b"))).statusCode(200).body("revision", equalTo(2));
        put(id, Map.of("body", "Третья мысль")).statusCode(200).body("revision", equalTo(3));

        given().get("/api/reflections/" + id + "/revisions").then().statusCode(200)
                .body("revision", contains(3, 2, 1))
                .body("body", contains("Третья мысль", "Вторая мысль", "Первая мысль"))
                .body("current", contains(true, false, false))
                .body("[2].tags", contains("a"))
                .body("[1].savedAt", equalTo("2026-11-22T10:00:00Z"));

        given().post("/api/reflections/" + id + "/revisions/1/restore").then().statusCode(200)
                .body("revision", equalTo(4)).body("body", equalTo("Первая мысль")).body("tags", contains("a"));
        given().get("/api/reflections/" + id + "/revisions").then()
                .body("revision", contains(4, 3, 2, 1))
                .body("[0].restoredFrom", equalTo(1))
                .body("body", contains("Первая мысль", "Третья мысль", "Вторая мысль", "Первая мысль"));
        given().post("/api/reflections/" + id + "/revisions/9/restore").then().statusCode(404)
                .body("error", equalTo("unknown-revision"));
    }

    @Test
    void shouldMoveToTrashRestoreAndOnlyDeleteWhenTheTrashIsEmptied() {
        long kept = create(Map.of("body", "Останется"));
        long id = create(Map.of("body", "В корзину и обратно"));
        put(id, Map.of("body", "В корзину и обратно, вторая версия")).statusCode(200);

        given().delete("/api/reflections/" + id).then().statusCode(204);
        given().get("/api/reflections").then().body("total", equalTo(1)).body("items[0].id", equalTo((int) kept));
        given().get("/api/reflections/trash").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) id))
                .body("items[0].deletedAt", equalTo("2026-11-22T09:00:00Z"));
        given().get("/api/reflections/" + id).then().statusCode(200).body("deletedAt", equalTo("2026-11-22T09:00:00Z"));
        put(id, Map.of("body", "нельзя")).statusCode(409).body("error", equalTo("entry-in-trash"));

        given().post("/api/reflections/" + id + "/restore").then().statusCode(200)
                .body("deletedAt", nullValue()).body("body", equalTo("В корзину и обратно, вторая версия"))
                .body("revision", equalTo(2));
        given().get("/api/reflections").then().body("total", equalTo(2));
        given().get("/api/reflections/trash").then().body("items", empty());

        given().delete("/api/reflections/" + id).then().statusCode(204);
        given().delete("/api/reflections/trash").then().statusCode(200).body("deleted", equalTo(1));
        given().get("/api/reflections/" + id).then().statusCode(404).body("error", equalTo("unknown-entry"));
        given().get("/api/reflections/" + id + "/revisions").then().statusCode(404);
        given().get("/api/reflections/" + kept).then().statusCode(200);
    }

    @Test
    void shouldAnswerUnknownEntriesWithNotFound() {
        given().get("/api/reflections/999999").then().statusCode(404).body("error", equalTo("unknown-entry"));
        put(999999, Map.of("body", "x")).statusCode(404);
        given().delete("/api/reflections/999999").then().statusCode(404);
    }

    @Test
    void shouldRefuseAMissingOrBlankBody() {
        refused(post(Map.of("kind", "daily")), "missing-body", "body");
        refused(post(Map.of("body", "   \n  ")), "missing-body", "body");
        refused(given().contentType(ContentType.JSON).post("/api/reflections").then(), "missing-body", "body");
    }

    @Test
    void shouldRefuseABodyOverTheLimitAndSaySo() {
        refused(post(Map.of("body", "ж".repeat(200_001))), "body-too-long", "body")
                .body("message", containsString("at most 200000"));
    }

    @Test
    void shouldRefuseUnknownNodesAndTerms() {
        refused(post(Map.of("body", "x", "nodeIds", List.of("run-a-local-model", "no-such-node"))), "unknown-node",
                "nodeIds").body("message", containsString("'no-such-node'"));
        refused(post(Map.of("body", "x", "termIds", List.of("no-such-term"))), "unknown-term", "termIds")
                .body("message", containsString("'no-such-term'"));
    }

    @Test
    void shouldLinkTheLearnersOwnGlossaryTerms() {
        given().contentType(ContentType.JSON).body(Map.of("title", "Горизонт дыхания", "definition",
                "Сколько модель удерживает за один вдох.")).post("/api/terms").then().statusCode(201);

        long id = create(Map.of("body", "Мой термин", "termIds", List.of("gorizont-dykhaniya", "token")));

        given().get("/api/reflections?termId=gorizont-dykhaniya").then().body("items.id", contains((int) id));
        given().get("/journal/" + id + "?lang=ru").then()
                .body(containsString("<a href=\"/glossary/gorizont-dykhaniya\">Горизонт дыхания</a>"));
    }

    @Test
    void shouldRefuseBadDatesKindsTagsAndFieldInstructions() {
        refused(post(Map.of("body", "x", "date", "2026-02-30")), "invalid-date", "date");
        refused(post(Map.of("body", "x", "kind", "letter")), "invalid-kind", "kind");
        refused(post(Map.of("body", "x", "tags", List.of("a,b"))), "invalid-tag", "tags");
        refused(post(Map.of("body", "x", "tags", java.util.stream.IntStream.range(0, 31).mapToObj(i -> "t" + i)
                .toList())), "too-many-tags", "tags");
        refused(post(Map.of("body", "x", "kind", "daily", "fieldInstruction", Map.of("depth", 2))),
                "not-a-field-instruction", "fieldInstruction");
        refused(post(Map.of("body", "x", "kind", "field-instruction", "fieldInstruction", Map.of("depth", 0))),
                "invalid-depth", "fieldInstruction.depth");
        refused(post(Map.of("body", "x", "kind", "field-instruction", "fieldInstruction", Map.of("phase", "zen"))),
                "unknown-phase", "fieldInstruction.phase");
        refused(post(Map.of("body", "x", "kind", "field-instruction",
                "fieldInstruction", Map.of("assemblyPoint", "я".repeat(20_001)))),
                "field-too-long", "fieldInstruction.assemblyPoint");
        refused(post(Map.of("body", "x", "kind", "field-instruction", "fieldInstruction", Map.of("depth", "deep"))),
                "invalid-field", "fieldInstruction.depth");
        given().get("/api/reflections").then().body("total", equalTo(0));
    }

    @Test
    void shouldRefuseTheSameOnEdit() {
        long id = create(Map.of("body", "x"));
        refused(put(id, Map.of("tags", List.of("a"))), "missing-body", "body");
        refused(put(id, Map.of("body", "y", "nodeIds", List.of("nope"))), "unknown-node", "nodeIds");
        given().get("/api/reflections/" + id).then().body("body", equalTo("x")).body("revision", equalTo(1));
    }

    static ValidatableResponse refused(ValidatableResponse response, String error, String field) {
        return response.statusCode(400).contentType(ContentType.JSON)
                .body("error", equalTo(error))
                .body("details.field", equalTo(field))
                .body("message", not(containsString("Exception")));
    }

    @Test
    void shouldRefuseBadSearchParametersNamingThem() {
        refused(given().get("/api/reflections?kind=letter").then(), "invalid-kind", "kind");
        refused(given().get("/api/reflections?from=yesterday").then(), "invalid-date", "from");
        refused(given().get("/api/reflections?to=2026-13-01").then(), "invalid-date", "to");
        refused(given().get("/api/reflections?from=2026-11-02&to=2026-11-01").then(), "invalid-range", "from");
        refused(given().get("/api/reflections?page=0").then(), "invalid-page", "page");
        refused(given().get("/api/reflections?size=101").then(), "invalid-size", "size");
        refused(given().get("/api/reflections?size=ten").then(), "invalid-size", "size");
        refused(given().get("/api/on-this-day?date=22.11.2026").then(), "invalid-date", "date");
    }

    @Test
    void shouldListNewestDayFirstWithPaging() {
        for (int day = 1; day <= 5; day++) {
            create(Map.of("date", "2026-11-0" + day, "body", "день " + day));
        }
        given().get("/api/reflections?size=2").then().statusCode(200)
                .body("total", equalTo(5)).body("page", equalTo(1)).body("size", equalTo(2))
                .body("items.date", contains("2026-11-05", "2026-11-04"))
                .body("items[0].snippet", nullValue());
        given().get("/api/reflections?size=2&page=3").then().body("items.date", contains("2026-11-01"));
        given().get("/api/reflections?size=2&page=4").then().body("items", hasSize(0)).body("total", equalTo(5));
    }
}
