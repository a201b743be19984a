package app.tropa.glossary;

import app.tropa.FormSession;
import app.tropa.LearnerData;
import app.tropa.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** The glossary pages with plain forms: post, then redirect back. */
@QuarkusTest
class GlossaryPageTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void fresh() {
        LearnerData.wipe();
        clock.set(Instant.parse("2026-11-20T10:00:00Z"));
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
    void shouldListTermsAndOfferTheSampleWithoutCallingItMine() {
        given().get("/glossary?lang=en").then().statusCode(200)
                .body(containsString("<a href=\"/glossary\" aria-current=\"page\">Glossary</a>"))
                .body(containsString("Showing " + bundledTerms() + " of " + bundledTerms() + " terms."))
                .body(containsString("<a href=\"/glossary/context-window\">Context window</a>"))
                .body(containsString("A sample to start from: <q>the horizon of the model&#39;s breath</q>"))
                .body(not(containsString("My metaphor:")));
    }

    @Test
    void shouldFilterAndSearchOnThePage() {
        Glossary.metaphor("token", "зерно смысла").statusCode(201);

        given().get("/glossary?lang=ru&q=горизонт&hasMetaphor=true").then().statusCode(200)
                .body(containsString("Показано терминов: 0 из " + bundledTerms() + "."));
        given().get("/glossary?lang=ru&q=зерно").then().statusCode(200)
                .body(containsString("Показано терминов: 1 из " + bundledTerms() + "."))
                .body(containsString("<strong>Моя метафора:</strong> зерно смысла"))
                .body(containsString("Сбросить фильтры"));
        given().get("/glossary?nodeId=why-your-own-ai&lang=en").then().statusCode(200)
                .body(containsString("Showing 4 of " + bundledTerms() + " terms."))
                .body(containsString("value=\"why-your-own-ai\" selected"));
    }

    @Test
    void shouldSaveMetaphorVersionsAndRestoreOneWithForms() {
        FormSession form = FormSession.open("/glossary/token");
        form(form).formParam("text", "зерно смысла")
                .post("/glossary/token/metaphor").then().statusCode(303)
                .header("Location", containsString("/glossary/token#metaphor"));
        clock.set(Instant.parse("2026-11-25T18:30:00Z"));
        form(form).formParam("text", "кирпич текста").post("/glossary/token/metaphor").then().statusCode(303);

        given().get("/glossary/token?lang=ru").then().statusCode(200)
                .body(containsString("<p>кирпич текста</p>"))
                .body(containsString("Версия 2, 2026-11-25 18:30, фаза «Идеальное мышление»"))
                .body(containsString("Как менялся мой взгляд: все версии"))
                .body(containsString("<time>2026-11-20 10:00</time>"))
                .body(containsString("action=\"/glossary/token/metaphor/1/restore\""))
                .body(not(containsString("action=\"/glossary/token/metaphor/2/restore\"")));

        form(form).post("/glossary/token/metaphor/1/restore").then().statusCode(303);

        given().get("/glossary/token?lang=en").then().statusCode(200)
                .body(containsString("Version 3, "))
                .body(containsString("brought back from version 1"))
                .body(containsString("action=\"/glossary/token/metaphor/2/restore\""));
        given().get("/api/terms/token/metaphors").then().body("size()", equalTo(3));
    }

    @Test
    void shouldPutTheSampleInTheFormOnlyWhenAskedAndNeverSaveIt() {
        given().get("/glossary/context-window?lang=en").then().statusCode(200)
                .body(containsString("<q>the horizon of the model&#39;s breath</q>"))
                .body(containsString("href=\"/glossary/context-window?from=sample#metaphor-form\""))
                .body(not(containsString("aria-describedby=\"sample-note\"")));

        given().get("/glossary/context-window?from=sample&lang=en").then().statusCode(200)
                .body(containsString("not your metaphor yet"))
                .body(containsString("aria-describedby=\"sample-note\">the horizon of the model&#39;s breath</textarea>"));
        given().get("/api/terms/context-window/metaphors").then().body("size()", equalTo(0));
    }

    @Test
    void shouldKeepTypedMetaphorWhenItIsRefused() {
        FormSession form = FormSession.open("/glossary/token");
        String text = "Моя <b>мысль</b> " + "ж".repeat(2100);

        form(form).formParam("text", text).post("/glossary/token/metaphor?lang=ru").then().statusCode(400)
                .body(containsString("помещается не больше 2000"))
                .body(containsString("Моя &lt;b&gt;мысль&lt;/b&gt; жжж"))
                .body(containsString("aria-invalid=\"true\" aria-describedby=\"text-error\""));
        given().get("/api/terms/token/metaphors").then().body("size()", equalTo(0));
    }

    @Test
    void shouldSaveTheCardAndRefuseAnEmptyOne() {
        FormSession form = FormSession.open("/glossary/lora");
        form(form).formParam("statement", "Низкоранговая поправка").formParam("analogy", "вытачка портного")
                .post("/glossary/lora/card").then().statusCode(303)
                .header("Location", containsString("/glossary/lora#card"));

        given().get("/glossary/lora?lang=ru").then().statusCode(200)
                .body(containsString("Заполнено: 2 из 5"))
                .body(containsString(">вытачка портного</textarea>"));
        given().get("/glossary?lang=en&q=lora").then().body(containsString("Card: 2 of 5"));

        form(form).formParam("statement", " ").post("/glossary/lora/card?lang=en").then().statusCode(400)
                .body(containsString("Write at least one of the five fields."));
        given().get("/api/terms/lora/card/history").then().body("size()", equalTo(1));
    }

    @Test
    void shouldAddOwnTermWithAFormAndExplainAClash() {
        FormSession form = FormSession.open("/glossary");
        form(form).formParam("title", "Горизонт дыхания").formParam("definition", "Сколько модель держит.")
                .post("/glossary").then().statusCode(303)
                .header("Location", containsString("/glossary/gorizont-dykhaniya"));

        given().get("/glossary/gorizont-dykhaniya?lang=ru").then().statusCode(200)
                .body(containsString("<h1>Горизонт дыхания <span class=\"badge\">мой</span></h1>"))
                .body(containsString("Ваш собственный термин, добавлен в фазе «Идеальное мышление»."));

        form(form).formParam("title", "Context window").formParam("definition", "моё")
                .post("/glossary?lang=en").then().statusCode(409)
                .body(containsString("already has a term with the address “context-window”"))
                .body(containsString("<a href=\"/glossary/context-window\">Open “context-window”</a>"))
                .body(containsString("value=\"Context window\""))
                .body(containsString(">моё</textarea>"));
        form(form).formParam("title", "").formParam("definition", "x")
                .post("/glossary?lang=en").then().statusCode(400)
                .body(containsString("Give the term a title."))
                .body(containsString("aria-invalid=\"true\""));
    }

    @Test
    void shouldShowMetaphorsOnTheNodePage() {
        Glossary.metaphor("weights", "the model's long memory").statusCode(201);

        given().get("/path/why-your-own-ai?lang=en").then().statusCode(200)
                .body(containsString("<a href=\"/glossary/weights\">"))
                .body(containsString("<strong>My metaphor:</strong> the model&#39;s long memory"))
                .body(containsString("href=\"/glossary/inference#metaphor\">Write my metaphor</a>"));
    }

    @Test
    void shouldShowDueReviewsOnTheDashboard() {
        given().get("/?lang=en").then().statusCode(200).body(containsString("Nothing to review today."));

        Glossary.metaphor("weights", "the model's long memory").statusCode(201);
        clock.set(Instant.parse("2026-11-22T10:00:00Z"));

        given().get("/?lang=en").then().statusCode(200)
                .body(containsString("Terms due for review: 1"))
                .body(containsString("<a href=\"/review\">Start reviewing</a>"));
    }

    @Test
    void shouldAnswerAnUnknownTermWithTheNotFoundPage() {
        given().get("/glossary/no-such-term").then().statusCode(404);
    }

    private static RequestSpecification form(FormSession form) {
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("tropa-csrf", form.cookie()).formParam("_csrf", form.token());
    }
}
