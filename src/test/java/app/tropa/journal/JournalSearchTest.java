package app.tropa.journal;

import app.tropa.LearnerData;
import app.tropa.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static app.tropa.journal.JournalResourceTest.create;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** Search over bodies and tags, as an English and a Russian reader would expect, with filters and pages. */
@QuarkusTest
class JournalSearchTest {

    @Inject
    TestClock clock;

    long english;
    long russian;
    long yo;
    long tagged;

    @BeforeEach
    void write() {
        LearnerData.wipe();
        clock.set(Instant.parse("2026-11-22T09:00:00Z"));
        english = create(Map.of("date", "2026-11-01", "body", "Today the Context Window finally made sense: "
                + "a horizon for the model's breath.", "nodeIds", List.of("kv-cache-and-context"),
                "termIds", List.of("context-window")));
        russian = create(Map.of("date", "2026-11-10", "kind", "field-instruction", "body",
                "Квантизация — это жертва точности ради доступности. Модели становятся меньше.",
                "tags", List.of("Сжатие"), "termIds", List.of("quantization"),
                "fieldInstruction", Map.of("assemblyPoint", "Точность против доступности")));
        yo = create(Map.of("date", "2026-11-15", "body", "Ещё одна ЁЛКА в лесу моделей."));
        tagged = create(Map.of("date", "2026-11-20", "body", "Nothing special in the text.",
                "tags", List.of("LoRA", "вечер")));
    }

    @AfterEach
    void release() {
        clock.reset();
    }

    private List<Integer> ids(String query) {
        return given().get("/api/reflections?" + query).then().statusCode(200).extract().path("items.id");
    }

    private static int i(long id) {
        return (int) id;
    }

    @Test
    void shouldFindEnglishWordsInAnyCase() {
        for (String q : List.of("context", "CONTEXT", "Context", "cOnTeXt window", "windows")) {
            assertThat(q, given().queryParam("q", q).get("/api/reflections").then()
                    .extract().path("items.id"), contains(i(english)));
        }
    }

    @Test
    void shouldFindRussianWordsInAnyCaseAndForm() {
        for (String q : List.of("квантизация", "КВАНТИЗАЦИЯ", "Квантизацию", "квантизации", "точность",
                "доступность", "модель")) {
            List<Integer> found = given().queryParam("q", q).get("/api/reflections").then().extract().path("items.id");
            assertThat(q, found, hasItemOrAll(q));
        }
    }

    /** «модель» is in two entries (Модели, моделей); every other word only in the quantization entry. */
    private Matcher<Iterable<? extends Integer>> hasItemOrAll(String q) {
        return q.equals("модель") ? containsInAnyOrder(i(russian), i(yo)) : contains(i(russian));
    }

    @Test
    void shouldTreatYoAndYeAsTheSameLetter() {
        for (String q : List.of("ёлка", "елка", "ЕЛКА", "ещё", "еще")) {
            assertThat(q, given().queryParam("q", q).get("/api/reflections").then()
                    .extract().path("items.id"), contains(i(yo)));
        }
    }

    @Test
    void shouldFindTagsAndFieldInstructionText() {
        given().queryParam("q", "lora").get("/api/reflections").then().body("items.id", contains(i(tagged)));
        given().queryParam("q", "ВЕЧЕР").get("/api/reflections").then().body("items.id", contains(i(tagged)));
        given().queryParam("q", "сжатие").get("/api/reflections").then().body("items.id", contains(i(russian)));
        given().queryParam("q", "против").get("/api/reflections").then().body("items.id", contains(i(russian)));
    }

    @Test
    void shouldRequireEveryWord() {
        given().queryParam("q", "horizon breath").get("/api/reflections").then().body("items.id", contains(i(english)));
        given().queryParam("q", "horizon квантизация").get("/api/reflections").then().body("total", equalTo(0));
    }

    @Test
    void shouldTakeWildcardsLiterally() {
        given().queryParam("q", "%").get("/api/reflections").then().body("total", equalTo(0));
        given().queryParam("q", "_").get("/api/reflections").then().body("total", equalTo(0));
        given().queryParam("q", "' or 1=1 --").get("/api/reflections").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldShowASnippetAroundTheMatch() {
        given().queryParam("q", "ДОСТУПНОСТИ").get("/api/reflections").then()
                .body("items[0].snippet", containsString("ради доступности."));
        given().queryParam("q", "lora").get("/api/reflections").then()
                .body("items[0].snippet", equalTo("Nothing special in the text."));
    }

    @Test
    void shouldFilterByTagNodeTermKindAndDates() {
        assertThat(ids("tag=lora"), contains(i(tagged)));
        given().queryParam("tag", "СЖАТИЕ").get("/api/reflections").then().body("items.id", contains(i(russian)));
        assertThat(ids("nodeId=kv-cache-and-context"), contains(i(english)));
        assertThat(ids("termId=quantization"), contains(i(russian)));
        assertThat(ids("kind=field-instruction"), contains(i(russian)));
        assertThat(ids("kind=daily"), contains(i(tagged), i(yo), i(english)));
        assertThat(ids("from=2026-11-10&to=2026-11-15"), contains(i(yo), i(russian)));
        assertThat(ids("from=2026-11-16"), contains(i(tagged)));
        assertThat(ids("to=2026-11-01"), contains(i(english)));
        assertThat(ids("q=model&kind=daily&to=2026-11-15"), hasSize(1));
    }

    @Test
    void shouldPageSearchResults() {
        given().queryParam("q", "модели").get("/api/reflections?size=1&page=1").then()
                .body("total", equalTo(2)).body("items.id", contains(i(yo)));
        given().queryParam("q", "модели").get("/api/reflections?size=1&page=2").then()
                .body("total", equalTo(2)).body("items.id", contains(i(russian)));
    }

    @Test
    void shouldLeaveTrashedEntriesOutOfSearch() {
        given().delete("/api/reflections/" + english).then().statusCode(204);
        given().queryParam("q", "context").get("/api/reflections").then().body("total", equalTo(0));
        given().get("/api/reflections?nodeId=kv-cache-and-context").then().body("items", hasSize(0));
    }

    @Test
    void shouldShowMatchesMarkedOnTheJournalPage() {
        given().queryParam("q", "квантизацию").queryParam("lang", "ru").get("/journal").then().statusCode(200)
                .body(containsString("<mark>Квантизация</mark>"))
                .body(containsString("Найдено: 1."))
                .body(not(containsString("Ещё одна")));
    }
}
