package app.tropa.glossary;

import app.tropa.LearnerData;
import app.tropa.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static app.tropa.glossary.Glossary.card;
import static app.tropa.glossary.Glossary.metaphor;
import static app.tropa.glossary.Glossary.term;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class TermsResourceTest {

    @Inject
    TestClock clock;

    @Inject
    MetaphorFacts facts;

    @BeforeEach
    void fresh() {
        LearnerData.wipe();
        clock.set(Instant.parse("2026-11-20T09:00:00Z"));
    }

    @AfterEach
    void release() {
        clock.reset();
    }

    /** Read from the curriculum, so a new term breaks no test here. */
    private static int bundledTerms() {
        return given().get("/api/curriculum").then().extract().jsonPath().getList("terms").size();
    }

    @Test
    void shouldListEveryCurriculumTermInTheAskedLanguage() {
        given().get("/api/terms?lang=ru").then().statusCode(200)
                .body("size()", equalTo(bundledTerms()))
                .body("find { it.id == 'context-window' }.title", equalTo("Контекстное окно"))
                .body("find { it.id == 'context-window' }.own", equalTo(false))
                .body("find { it.id == 'context-window' }.metaphor", nullValue())
                .body("find { it.id == 'context-window' }.cardFilled", equalTo(0))
                .body("find { it.id == 'context-window' }.dueAt", nullValue());
    }

    @Test
    void shouldSearchInBothLanguages() {
        given().get("/api/terms?lang=en&q=контекстное").then().statusCode(200)
                .body("id", contains("context-window", "rope"))
                .body("[0].title", equalTo("Context window"));
        given().get("/api/terms?lang=ru&q=window").then().statusCode(200)
                .body("id", hasItem("context-window"));
    }

    @Test
    void shouldFilterByNodePhaseMetaphorAndOwnership() {
        given().get("/api/terms?nodeId=why-your-own-ai").then().statusCode(200)
                .body("id", containsInAnyOrder("large-language-model", "inference", "open-weights", "weights"));
        given().get("/api/terms?phase=elevation").then().statusCode(200)
                .body("id", hasItem("interpretability"))
                .body("id", not(hasItem("bpe")));

        metaphor("token", "a grain of meaning").statusCode(201);
        term("Горизонт дыхания", "Сколько модель может удержать за один вдох.").statusCode(201);

        given().get("/api/terms?hasMetaphor=true").then().statusCode(200).body("id", contains("token"));
        given().get("/api/terms?mine=true").then().statusCode(200)
                .body("id", contains("gorizont-dykhaniya"))
                .body("own", everyItem(equalTo(true)));
        given().get("/api/terms?phase=ideal-thinking&mine=1").then().statusCode(200)
                .body("id", contains("gorizont-dykhaniya"));
    }

    @Test
    void shouldShowATermWithItsRelatedTermsNodesAndSample() {
        given().get("/api/terms/context-window?lang=en").then().statusCode(200)
                .body("title", equalTo("Context window"))
                .body("sampleMetaphor", equalTo("the horizon of the model's breath"))
                .body("related.id", hasItem("token"))
                .body("related.find { it.id == 'token' }.title", equalTo("Token"))
                .body("nodes.id", hasItem("personal-dictionary-of-meanings"))
                .body("metaphor", nullValue())
                .body("card", nullValue())
                .body("review", nullValue());
        given().get("/api/terms/no-such-term").then().statusCode(404).body("error", equalTo("unknown-term"));
    }

    @Test
    void shouldCreateOwnTermWithIdFromTheTitle() {
        term("Горизонт дыхания", "Сколько модель может удержать за один вдох.").statusCode(201)
                .header("Location", containsString("/api/terms/gorizont-dykhaniya"))
                .body("id", equalTo("gorizont-dykhaniya"))
                .body("title", equalTo("Горизонт дыхания"))
                .body("own", equalTo(true))
                .body("addedInPhase", equalTo("ideal-thinking"))
                .body("nodes.size()", equalTo(0));

        given().get("/api/terms/gorizont-dykhaniya?lang=en").then().statusCode(200)
                .body("definition", equalTo("Сколько модель может удержать за один вдох."));
        given().get("/api/terms").then().body("size()", equalTo(bundledTerms() + 1));
    }

    @Test
    void shouldRefuseOwnTermWhoseIdIsTaken() {
        term("Context Window", "my words").statusCode(409)
                .body("error", equalTo("term-exists"))
                .body("message", containsString("already has the term 'context-window'"))
                .body("details.id", equalTo("context-window"))
                .body("details.field", equalTo("title"));

        term("Ритуал сборки", "Каждый конфиг.").statusCode(201);
        term("ритуал  СБОРКИ!", "Ещё раз.").statusCode(409)
                .body("message", containsString("You already added the term 'ritual-sborki'"));
        given().get("/api/terms?mine=true").then().body("size()", equalTo(1));
    }

    @Test
    void shouldKeepEveryMetaphorVersionWithItsTimeAndPhase() {
        metaphor("quantization", "  a sacrifice of precision  ").statusCode(201)
                .body("version", equalTo(1))
                .body("text", equalTo("a sacrifice of precision"))
                .body("phase", equalTo("ideal-thinking"))
                .body("createdAt", equalTo("2026-11-20T09:00:00Z"));

        closeIdealThinking();
        clock.advance(Duration.ofDays(30));
        metaphor("quantization", "rounding the weights to fit in my GPU").statusCode(201)
                .body("version", equalTo(2))
                .body("phase", equalTo("technical-immersion"));

        given().get("/api/terms/quantization/metaphors").then().statusCode(200)
                .body("version", contains(1, 2))
                .body("text", contains("a sacrifice of precision", "rounding the weights to fit in my GPU"))
                .body("phase", contains("ideal-thinking", "technical-immersion"))
                .body("createdAt", contains("2026-11-20T09:00:00Z", "2026-12-20T09:00:00Z"));
        given().get("/api/terms?hasMetaphor=true").then()
                .body("[0].metaphor.text", equalTo("rounding the weights to fit in my GPU"))
                .body("[0].metaphor.version", equalTo(2));
    }

    @Test
    void shouldRestoreAnOldMetaphorAsANewVersion() {
        metaphor("token", "a grain").statusCode(201);
        metaphor("token", "a brick").statusCode(201);

        given().post("/api/terms/token/metaphors/1/restore").then().statusCode(201)
                .body("version", equalTo(3))
                .body("text", equalTo("a grain"))
                .body("restoredFrom", equalTo(1));

        given().get("/api/terms/token/metaphors").then()
                .body("text", contains("a grain", "a brick", "a grain"))
                .body("restoredFrom", contains(null, null, 1));
        given().get("/api/terms/token").then().body("metaphor.version", equalTo(3));
        given().post("/api/terms/token/metaphors/9/restore").then().statusCode(404)
                .body("error", equalTo("unknown-version"));
    }

    @Test
    void shouldNotAddAVersionWhenTheTextIsAlreadyCurrent() {
        metaphor("token", "a grain").statusCode(201);
        metaphor("token", "a grain ").statusCode(200).body("version", equalTo(1));
        given().post("/api/terms/token/metaphors/1/restore").then().statusCode(200).body("version", equalTo(1));

        given().get("/api/terms/token/metaphors").then().body("size()", equalTo(1));
    }

    @Test
    void shouldMarkTheSampleUnchangedAndNotCountItAsWritten() {
        metaphor("context-window", "The horizon of the model's breath").statusCode(201)
                .body("fromSample", equalTo(true));
        metaphor("context-window", "how far back the model can look").statusCode(201)
                .body("fromSample", equalTo(false));
        given().post("/api/terms/context-window/metaphors/1/restore").then().statusCode(201);

        org.junit.jupiter.api.Assertions.assertEquals(1, facts.metaphorCount());
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Optional.empty(), facts.lastReflectionAt());
    }

    @Test
    void shouldVersionTheConceptCardAndCountItsFilledFields() {
        card("lora", "{\"statement\":\"A low-rank update.\",\"example\":\"r = 8 on q and v\"}").statusCode(200)
                .body("version", equalTo(1))
                .body("filled", equalTo(2))
                .body("counterexample", equalTo(""))
                .body("phase", equalTo("ideal-thinking"));
        card("lora", "{\"statement\":\"A low-rank update.\",\"example\":\"r = 8 on q and v\","
                + "\"counterexample\":\"Full fine-tuning\",\"analogy\":\"A tailor's tuck\","
                + "\"application\":\"Adapters for my notes\"}").statusCode(200)
                .body("version", equalTo(2))
                .body("filled", equalTo(5));

        given().get("/api/terms?q=lora&nodeId=first-lora").then()
                .body("find { it.id == 'lora' }.cardFilled", equalTo(5));
        given().post("/api/terms/lora/card/1/restore").then().statusCode(201)
                .body("version", equalTo(3)).body("filled", equalTo(2)).body("restoredFrom", equalTo(1));
        given().get("/api/terms/lora/card/history").then().statusCode(200)
                .body("version", contains(1, 2, 3))
                .body("filled", contains(2, 5, 2));
        given().get("/api/terms/lora").then()
                .body("card.version", equalTo(3))
                .body("cardFilled", equalTo(2));
    }

    @Test
    void shouldWriteMetaphorsForOwnTerms() {
        term("Ритуал сборки", "Каждый конфиг — ритуал.").statusCode(201);

        metaphor("ritual-sborki", "каждый флаг запуска — заклинание").statusCode(201);
        given().get("/api/terms/ritual-sborki").then().body("metaphor.text", equalTo("каждый флаг запуска — заклинание"));
    }

    @Test
    void shouldRefuseBadTermsWithA400NamingTheField() {
        post("/api/terms", "").statusCode(400).body("error", equalTo("missing-body"));
        post("/api/terms", "{\"definition\":\"x\"}").statusCode(400)
                .body("error", equalTo("missing-title")).body("details.field", equalTo("title"));
        post("/api/terms", "{\"title\":\"x\",\"definition\":\"  \"}").statusCode(400)
                .body("error", equalTo("missing-definition")).body("details.field", equalTo("definition"));
        term("t".repeat(121), "x").statusCode(400)
                .body("error", equalTo("title-too-long")).body("message", containsString("121 characters"));
        term("Long", "d".repeat(2001)).statusCode(400)
                .body("error", equalTo("definition-too-long")).body("details.field", equalTo("definition"));
        term("✨ 🚲", "x").statusCode(400)
                .body("error", equalTo("title-without-letters")).body("message", containsString("letter or digit"));
        post("/api/terms", "{\"title\":").statusCode(400).body("error", equalTo("malformed-json"));
    }

    @Test
    void shouldRefuseBadMetaphorsAndCardsWithA400() {
        post("/api/terms/token/metaphors", "").statusCode(400).body("error", equalTo("missing-body"));
        metaphor("token", " ").statusCode(400)
                .body("error", equalTo("missing-text")).body("details.field", equalTo("text"));
        metaphor("token", "m".repeat(2001)).statusCode(400)
                .body("error", equalTo("metaphor-too-long")).body("message", containsString("2001 characters"));
        metaphor("no-such-term", "x").statusCode(404).body("error", equalTo("unknown-term"));

        given().contentType(ContentType.JSON).put("/api/terms/token/card").then().statusCode(400)
                .body("error", equalTo("missing-body"));
        card("token", "{\"statement\":\" \",\"analogy\":\"\"}").statusCode(400)
                .body("error", equalTo("empty-card")).body("message", containsString("at least one"));
        card("token", "{\"analogy\":\"" + "a".repeat(4001) + "\"}").statusCode(400)
                .body("error", equalTo("card-field-too-long")).body("details.field", equalTo("analogy"));
        given().get("/api/terms/token/card/history").then().statusCode(200).body("size()", equalTo(0));
        given().get("/api/terms/token/metaphors").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void shouldRefuseBadFiltersWithA400() {
        given().get("/api/terms?nodeId=nowhere").then().statusCode(400)
                .body("error", equalTo("unknown-node")).body("details.field", equalTo("nodeId"));
        given().get("/api/terms?phase=dreaming").then().statusCode(400)
                .body("error", equalTo("unknown-phase")).body("message", containsString("ideal-thinking"));
        given().get("/api/terms?mine=perhaps").then().statusCode(400)
                .body("error", equalTo("invalid-flag")).body("details.field", equalTo("mine"));
        given().get("/api/terms?hasMetaphor=sometimes").then().statusCode(400)
                .body("details.field", equalTo("hasMetaphor"));
    }

    private static io.restassured.response.ValidatableResponse post(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).post(path).then();
    }

    /** Skips every node of the first phase, so the learner stands in technical immersion. */
    static void closeIdealThinking() {
        List<String> ids = given().get("/api/curriculum").jsonPath()
                .getList("nodes.findAll { it.phase == 'ideal-thinking' }.id");
        for (String id : ids) {
            given().contentType(ContentType.JSON).body("{\"status\":\"skipped\"}").put("/api/progress/" + id)
                    .then().statusCode(200);
        }
        given().get("/api/tutor").then().body("position.phase", equalTo("technical-immersion"));
    }
}
