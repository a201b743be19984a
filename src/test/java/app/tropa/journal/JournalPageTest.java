package app.tropa.journal;

import app.tropa.FormSession;
import app.tropa.LearnerData;
import app.tropa.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static app.tropa.journal.JournalResourceTest.create;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** The journal pages with plain forms: write, fail and keep the text, edit, restore, trash. */
@QuarkusTest
class JournalPageTest {

    @Inject
    TestClock clock;

    FormSession form;

    @BeforeEach
    void fresh() {
        LearnerData.wipe();
        clock.set(Instant.parse("2026-11-22T09:00:00Z"));
        form = FormSession.open("/journal");
    }

    @AfterEach
    void release() {
        clock.reset();
    }

    private RequestSpecification send() {
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("tropa-csrf", form.cookie()).formParam("_csrf", form.token());
    }

    @Test
    void shouldShowTodaysPromptTheFormAndTheDraftScript() {
        given().get("/journal?lang=en").then().statusCode(200)
                .body(containsString("<h1>Journal</h1>"))
                .body(containsString("Today’s question"))
                .body(containsString("Phase: Ideal thinking."))
                .body(containsString("<a href=\"/journal\" aria-current=\"page\">Journal</a>"))
                .body(containsString("data-draft=\"journal-new\""))
                .body(containsString("<script src=\"/js/journal-draft.js\" defer></script>"))
                .body(containsString("value=\"2026-11-22\""))
                .body(not(containsString("style=\"")));
        given().get("/journal?lang=ru").then().statusCode(200)
                .body(containsString("<h1>Дневник</h1>")).body(containsString("Вопрос дня"))
                .body(containsString("Фаза: Идеальное мышление."));
        given().get("/js/journal-draft.js").then().statusCode(200)
                .contentType(containsString("javascript")).body(containsString("localStorage"));
    }

    @Test
    void shouldWriteAnEntryAndShowItWithMarkdownAndNoRawHtml() {
        String location = send().formParam("date", "2026-11-21").formParam("kind", "daily")
                .formParam("body", "Понял **окно контекста** <b>сам</b>\r\nВторая строка 🌱")
                .formParam("tags", "вечер, LoRA").formParam("nodeId", "run-a-local-model")
                .formParam("termId", "context-window").formParam("draft", "k3x9abc")
                .post("/journal").then().statusCode(303)
                .header("Location", containsString("?saved=k3x9abc")).extract().header("Location");
        long id = Long.parseLong(location.replaceAll(".*/journal/(\\d+).*", "$1"));

        given().get("/api/reflections/" + id).then()
                .body("body", equalTo("Понял **окно контекста** <b>сам</b>\nВторая строка 🌱"))
                .body("tags", org.hamcrest.Matchers.contains("вечер", "LoRA"));
        given().get("/journal/" + id + "?saved=k3x9abc&lang=ru").then().statusCode(200)
                .body(containsString("<strong>окно контекста</strong>"))
                .body(containsString("&lt;b&gt;сам&lt;/b&gt;"))
                .body(not(containsString("<b>сам</b>")))
                .body(containsString("data-draft-saved=\"k3x9abc\""))
                .body(containsString("<h1>21 ноября 2026 г.</h1>"))
                .body(containsString("href=\"/path/run-a-local-model\""))
                .body(containsString("#вечер"))
                .body(containsString("Версии (1)"));
        given().get("/journal/" + id + "?saved=not+a+draft").then().body(not(containsString("data-draft-saved")));
    }

    @Test
    void shouldKeepTheTextAfterAValidationError() {
        String body = "Моя мысль <b>не потеряется</b>\r\n" + "ж".repeat(200_000);

        ValidatableResponse page = send().formParam("body", body).formParam("tags", "длинно, важно")
                .formParam("draft", "draft42").post("/journal?lang=ru").then().statusCode(400);
        int typed = body.replace("\r\n", "\n").length();
        page.body(containsString("В тексте " + typed + " знаков, а в одну запись помещается не больше 200000."))
                .body(containsString("Моя мысль &lt;b&gt;не потеряется&lt;/b&gt;\r\nжжж"))
                .body(containsString("ж".repeat(200_000) + "</textarea>"))
                .body(containsString("value=\"длинно, важно\""))
                .body(containsString("name=\"draft\" value=\"draft42\""))
                .body(containsString("aria-invalid=\"true\" aria-describedby=\"new-body-error new-body-hint\""))
                .body(containsString("id=\"new-body-error\" role=\"alert\""));
        given().get("/api/reflections").then().body("total", equalTo(0));
    }

    @Test
    void shouldTakeTwoHundredThousandCharactersOfEmojiThroughTheForm() {
        String body = "🦔".repeat(EntryRules.MAX_BODY);

        String location = send().formParam("body", body).post("/journal").then().statusCode(303)
                .extract().header("Location");
        String stored = given().get("/api/reflections/" + location.replaceAll(".*/journal/(\\d+).*", "$1"))
                .then().extract().path("body");
        org.junit.jupiter.api.Assertions.assertEquals(body, stored);
    }

    @Test
    void shouldKeepEveryFieldWhenAFieldInstructionPartIsRefused() {
        send().formParam("kind", "daily").formParam("body", "Текст остаётся")
                .formParam("fiAttention", "внимание на токены").formParam("fiDepth", "4")
                .formParam("nodeId", "first-lora").post("/journal?lang=en").then().statusCode(400)
                .body(containsString("These fields belong to a field instruction"))
                .body(containsString("class=\"entry-form fi-open\""))
                .body(containsString(">внимание на токены</textarea>"))
                .body(containsString("<option value=\"4\" selected>"))
                .body(containsString("<option value=\"first-lora\" selected>"))
                .body(containsString(">Текст остаётся</textarea>"));

        send().formParam("date", "2026-02-30").formParam("body", "Дата неверна").post("/journal?lang=en").then()
                .statusCode(400)
                .body(containsString("This is not a date."))
                .body(containsString("value=\"2026-02-30\" aria-invalid=\"true\" aria-describedby=\"new-date-error\""))
                .body(containsString(">Дата неверна</textarea>"));

        send().formParam("body", " ").post("/journal?lang=en").then().statusCode(400)
                .body(containsString("Write something before saving."));
    }

    @Test
    void shouldSaveAFieldInstructionAndShowItsParts() {
        String location = send().formParam("kind", "field-instruction").formParam("body", "Свободный текст")
                .formParam("fiPhase", "technical-immersion").formParam("fiAttention", "куда смотрит модель")
                .formParam("fiDepth", "3").formParam("fiAssembly", "окно — горизонт")
                .formParam("fiVector", "что за горизонтом?").post("/journal").then().statusCode(303)
                .extract().header("Location");

        given().get(location + "&lang=ru".replaceFirst("^&", location.contains("?") ? "&" : "?")).then()
                .statusCode(200)
                .body(containsString("<dt>Паттерн внимания</dt><dd>куда смотрит модель</dd>"))
                .body(containsString("<dd>3 из 5</dd>"))
                .body(containsString("<dt>Фаза</dt><dd>Переход в технику</dd>"))
                .body(containsString("<dd class=\"vector\">что за горизонтом?</dd>"));
    }

    @Test
    void shouldEditKeepVersionsAndBringOneBack() {
        long id = create(Map.of("body", "Первая версия"));

        send().formParam("body", "Вторая версия").formParam("kind", "daily").formParam("date", "2026-11-22")
                .post("/journal/" + id).then().statusCode(303).header("Location", endsWith("/journal/" + id));
        given().get("/journal/" + id + "?lang=en").then()
                .body(containsString("Versions (2)"))
                .body(containsString("Version 2, November 22, 2026, 09:00 <strong>(now)</strong>"))
                .body(containsString("<p>Первая версия</p>"))
                .body(containsString("action=\"/journal/" + id + "/revisions/1/restore\""));

        send().post("/journal/" + id + "/revisions/1/restore").then().statusCode(303);
        given().get("/api/reflections/" + id).then().body("body", equalTo("Первая версия"))
                .body("revision", equalTo(3));
        given().get("/journal/" + id + "?lang=en").then().body(containsString("brought back from version 1"));

        send().formParam("body", "").post("/journal/" + id + "?lang=en").then().statusCode(400)
                .body(containsString("<details class=\"edit\" open>"))
                .body(containsString("Write something before saving."));
        given().get("/api/reflections/" + id).then().body("revision", equalTo(3));
    }

    @Test
    void shouldMoveToTrashRestoreAndEmptyOnlyWhenConfirmed() {
        long id = create(Map.of("body", "Запись для корзины"));

        send().post("/journal/" + id + "/delete").then().statusCode(303);
        given().get("/journal/" + id + "?lang=en").then().statusCode(200)
                .body(containsString("This entry is in the trash since"))
                .body(not(containsString("action=\"/journal/" + id + "\"")));
        given().get("/journal?lang=en").then().body(containsString("Trash (1)"))
                .body(not(containsString("href=\"/journal/" + id + "\"")));
        given().get("/journal/trash?lang=en").then().statusCode(200)
                .body(containsString("href=\"/journal/" + id + "\""))
                .body(containsString("Запись для корзины"));

        send().post("/journal/" + id + "/restore").then().statusCode(303);
        given().get("/api/reflections/" + id).then().body("deletedAt", org.hamcrest.Matchers.nullValue());

        send().post("/journal/" + id + "/delete").then().statusCode(303);
        send().post("/journal/trash/empty?lang=en").then().statusCode(400)
                .body(containsString("Tick the box first"))
                .body(containsString("aria-invalid=\"true\""));
        given().get("/api/reflections/" + id).then().statusCode(200);

        send().formParam("confirm", "yes").post("/journal/trash/empty").then().statusCode(303);
        given().get("/api/reflections/" + id).then().statusCode(404);
        given().get("/journal/trash?lang=en").then().body(containsString("The trash is empty."));
    }

    @Test
    void shouldRefuseFormsWithoutTheirToken() {
        long id = create(Map.of("body", "Защищено"));

        given().cookie("tropa-csrf", form.cookie()).formParam("body", "подделка").post("/journal").then()
                .statusCode(403);
        given().cookie("tropa-csrf", form.cookie()).post("/journal/" + id + "/delete").then().statusCode(403);
        given().cookie("tropa-csrf", form.cookie()).formParam("confirm", "yes").post("/journal/trash/empty").then()
                .statusCode(403);
        given().get("/api/reflections").then().body("total", equalTo(1)).body("items[0].deletedAt",
                org.hamcrest.Matchers.nullValue());
    }

    @Test
    void shouldPageTheListKeepingFilters() {
        for (int i = 1; i <= 25; i++) {
            create(Map.of("date", String.format("2026-10-%02d", i), "body", "запись " + i, "tags", List.of("ряд")));
        }
        given().get("/journal?lang=en&tag=ряд").then().statusCode(200)
                .body(containsString("Page 1 of 2"))
                .body(containsString("href=\"/journal?tag=%D1%80%D1%8F%D0%B4&amp;page=2#find-heading\""));
        given().get("/journal?lang=en&page=2").then().body(containsString("Page 2 of 2"))
                .body(containsString("запись 5")).body(not(containsString("запись 6<")));
        given().get("/journal?page=zero").then().statusCode(400);
    }

    @Test
    void shouldWriteASealedLetterWithTheFormAndKeepTextOnError() {
        send().formParam("body", "Письмо себе").formParam("condition", "day").formParam("openOn", "2026-11-01")
                .formParam("draft", "letter1").post("/letters?lang=en").then().statusCode(400)
                .body(containsString("Pick a day after today"))
                .body(containsString(">Письмо себе</textarea>"))
                .body(containsString("name=\"draft\" value=\"letter1\""));
        send().formParam("body", "Письмо себе").formParam("condition", "phase").formParam("phase", "")
                .post("/letters?lang=ru").then().statusCode(400)
                .body(containsString("Укажите, когда письмо откроется"));

        send().formParam("body", "Письмо себе").formParam("condition", "phase").formParam("phase", "integration")
                .formParam("draft", "letter1").post("/letters").then().statusCode(303)
                .header("Location", containsString("/letters?saved=letter1#letter-"));
        given().get("/letters?saved=letter1&lang=en").then().statusCode(200)
                .body(containsString("data-draft-saved=\"letter1\""))
                .body(containsString("opens when you reach Integration"))
                .body(not(containsString("Письмо себе<")));
        given().get("/api/letters").then().body("items[0].openWhen", equalTo("phase:integration"));
    }
}
