package app.tropa.exchange;

import app.tropa.LearnerData;
import app.tropa.TestClock;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static app.tropa.exchange.SampleLearner.exportJson;
import static app.tropa.exchange.SampleLearner.importJson;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Review questions kept from a step, kept and graded through the API the way a learner does it: in
 * the JSON backup restored with their reviews, merged without duplicates, and refused when a review
 * names a question the file does not have; in the Markdown vault under their step.
 */
@QuarkusTest
class QuestionExchangeTest {

    static final String NODE = "chat-api-basics";
    static final String QUESTION = "Why stream an answer?";
    static final String ANSWER = "So the learner reads while it is written.";

    @Inject
    TestClock clock;

    private Map<String, String> facts;

    @BeforeEach
    void fresh() {
        facts = DataFolderFacts.save();
        LearnerData.wipe();
        clock.set(Instant.parse("2026-11-20T10:00:00Z"));
    }

    @AfterEach
    void release() {
        clock.reset();
        DataFolderFacts.restore(facts);
    }

    private static String keepAndGrade(String question, String answer) {
        String key = SampleLearner.keepQuestion(NODE, question, answer);
        SampleLearner.post("/api/reviews", "{\"termId\":\"" + key + "\",\"grade\":\"good\"}");
        return key;
    }

    private static io.restassured.response.ValidatableResponse reviewPage(String key) {
        return given().get("/review?term=" + key + "&reveal=1&lang=en").then();
    }

    @Test
    void aKeptAndGradedQuestionIsStillOnTheReviewPageAfterAReplaceImport() {
        String key = keepAndGrade(QUESTION, ANSWER);
        clock.advance(Duration.ofDays(1));
        String backup = exportJson();
        LearnerData.wipe();
        reviewPage(key).statusCode(404);

        importJson(backup, "?mode=replace").statusCode(200)
                .body("kinds.reviewQuestions.added", equalTo(1))
                .body("kinds.reviewStates.added", equalTo(1))
                .body("kinds.reviewLog.added", equalTo(1));

        reviewPage(key).statusCode(200).body(containsString(QUESTION)).body(containsString(ANSWER));
        assertEquals(SampleJson.withoutExportedAt(backup), SampleJson.withoutExportedAt(exportJson()));
        SampleLearner.post("/api/reviews", "{\"termId\":\"" + key + "\",\"grade\":\"hard\"}");
    }

    @Test
    void aReplaceOverTheSameQuestionsRemovesThemFirstAndWritesEachOnce() {
        keepAndGrade(QUESTION, ANSWER);
        String backup = exportJson();

        importJson(backup, "?mode=replace").statusCode(200)
                .body("kinds.reviewQuestions.removed", equalTo(1))
                .body("kinds.reviewQuestions.added", equalTo(1));

        assertEquals(SampleJson.withoutExportedAt(backup), SampleJson.withoutExportedAt(exportJson()));
    }

    @Test
    void mergingAddsTheQuestionsNotHereAndNeverDuplicatesOne() {
        keepAndGrade(QUESTION, ANSWER);
        String older = exportJson();
        clock.advance(Duration.ofMinutes(5));
        String later = SampleLearner.keepQuestion(NODE, "What does a system prompt hold?",
                "What the model reads before the learner's first word.");
        String newer = exportJson();
        LearnerData.wipe();
        importJson(older, "?mode=replace").statusCode(200);

        importJson(newer, "?mode=merge").statusCode(200)
                .body("kinds.reviewQuestions.added", equalTo(1))
                .body("kinds.reviewQuestions.skipped", equalTo(1))
                .body("kinds.reviewQuestions.conflicts", equalTo(0))
                .body("kinds.reviewStates.added", equalTo(1));

        assertEquals(SampleJson.withoutExportedAt(newer), SampleJson.withoutExportedAt(exportJson()));
        reviewPage(later).statusCode(200).body(containsString("What does a system prompt hold?"));
        importJson(newer, "?mode=merge").statusCode(200).body("changes", equalTo(false))
                .body("kinds.reviewQuestions.skipped", equalTo(2));
        importJson(older, "?mode=merge").statusCode(200).body("changes", equalTo(false));
        assertEquals(2, SampleJson.count(exportJson(), "reviewQuestions"));
    }

    @Test
    void theVaultHoldsEveryKeptQuestionUnderItsStep() throws IOException {
        keepAndGrade(QUESTION, ANSWER);

        Map<String, String> files = ReadableExportsTest.unzip(given().get("/api/export/markdown?lang=en").then()
                .statusCode(200).extract().asByteArray());

        String questions = files.get("questions.md");
        assertTrue(questions.contains("## [[phases/2-technical-immersion|Call a chat "
                + "model through an API]]\n\n**Question:** " + QUESTION + "\n\n**Answer:** " + ANSWER
                + "\n\n*Kept 2026-11-20 10:00.*"), questions);
        assertTrue(files.get("phases/2-technical-immersion.md")
                .contains("[[questions|Review questions I kept about this step: 1]]"));
    }

    @Test
    void aReviewOfAQuestionTheFileDoesNotHaveIsRefusedAndNothingChanges() {
        String key = keepAndGrade(QUESTION, ANSWER);
        String good = exportJson();
        ObjectNode doc = (ObjectNode) SampleJson.tree(good);
        doc.putArray("reviewQuestions");

        for (String mode : new String[] {"merge", "replace"}) {
            importJson(doc.toString(), "?mode=" + mode).statusCode(400)
                    .body("error", equalTo("unresolved-reference"))
                    .body("details.place", equalTo("$.reviewStates[0].termId"))
                    .body("message", containsString("'" + key + "' is the key of a kept review question"))
                    .body("details.problems.place", hasItem("$.reviewLog[0].termId"));
        }

        assertEquals(SampleJson.withoutExportedAt(good), SampleJson.withoutExportedAt(exportJson()),
                "nothing changed");
    }
}
