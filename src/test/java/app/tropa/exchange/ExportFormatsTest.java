package app.tropa.exchange;

import app.tropa.LearnerData;
import app.tropa.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each readable export through the API, over a history made with the API, parsed back. */
@QuarkusTest
class ExportFormatsTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void fresh() {
        LearnerData.wipe();
        SampleLearner.walk(clock);
    }

    @AfterEach
    void release() {
        clock.reset();
    }

    @Test
    void shouldDownloadProgressAsCsvWithCyrillicIntact() throws IOException {
        byte[] body = given().get("/api/export/csv?what=progress&lang=ru").then().statusCode(200)
                .header("Content-Type", startsWith("text/csv"))
                .header("Content-Type", containsString("charset=UTF-8"))
                .header("Content-Disposition", equalTo("attachment; filename=\"tropa-progress-2026-11-22.csv\""))
                .extract().asByteArray();
        List<Map<String, String>> rows = ReadableExportsTest.parseCsv(new String(body, StandardCharsets.UTF_8));

        Map<String, String> row = rows.stream().filter(r -> r.get("node_id").equals("why-your-own-ai")).findFirst()
                .orElseThrow();
        assertEquals("done", row.get("status"));
        assertEquals("Заметка 🙂", row.get("note"));
        assertEquals("Идеальное мышление", row.get("phase"));
        assertEquals("2026-11-20T11:00:00Z", row.get("completed_at"));
    }

    @Test
    void shouldDownloadMetaphorsAndReflectionsAsCsv() throws IOException {
        String metaphors = given().get("/api/export/csv?what=metaphors").then().statusCode(200).extract().asString();
        List<Map<String, String>> rows = ReadableExportsTest.parseCsv(metaphors);
        assertEquals(2, rows.size());
        assertEquals("кирпич текста, \"в кавычках\"\nи вторая строка", rows.get(1).get("text"));

        String reflections = given().get("/api/export/csv?what=reflections").then().statusCode(200).extract()
                .asString();
        assertTrue(reflections.startsWith("\uFEFFdate,kind,phase,tags,node_ids,term_ids,body,"), reflections);

        given().get("/api/export/csv?what=letters").then().statusCode(400).body("details.field", equalTo("what"));
    }

    @Test
    void shouldDownloadTheVaultAsAZip() throws IOException {
        byte[] zip = given().get("/api/export/markdown?lang=en").then().statusCode(200)
                .header("Content-Type", startsWith("application/zip")).extract().asByteArray();
        Map<String, String> files = ReadableExportsTest.unzip(zip);

        assertTrue(files.keySet().containsAll(List.of("index.md", "phases/1-ideal-thinking.md",
                "phases/2-technical-immersion.md", "glossary/token.md", "glossary/gorizont-dykhaniya.md")),
                files.keySet().toString());
        Map<String, Object> front = ReadableExportsTest.frontMatter(files.get("glossary/gorizont-dykhaniya.md"));
        assertEquals("Горизонт дыхания", front.get("title"));
        assertEquals(true, front.get("own"));
        assertTrue(files.get("glossary/token.md").contains("## How my metaphor changed"));
        int steps = given().get("/api/curriculum").then().extract().jsonPath().getList("nodes").size();
        assertTrue(files.get("index.md").contains("Progress: 1 of " + steps + " steps done (" + 100 / steps + "%)."),
                files.get("index.md"));
        given().get("/api/export/markdown?sealed=perhaps").then().statusCode(400);
    }

    @Test
    void shouldDownloadAnkiNotes() {
        String text = given().get("/api/export/anki?lang=ru").then().statusCode(200)
                .header("Content-Type", startsWith("text/plain")).extract().asString();
        List<String> lines = text.lines().toList();

        assertEquals("#separator:tab", lines.get(0));
        assertEquals("#html:true", lines.get(1));
        assertEquals("#tags column:3", lines.get(5));
        assertEquals(2, lines.size() - 6);
        assertTrue(lines.get(6).startsWith("Токен\t<p><b>Моя метафора:</b> кирпич текста, &quot;в кавычках&quot;<br>"
                + "и вторая строка</p><p><b>Утверждение:</b>"), lines.get(6));
        assertEquals(SampleLearner.QUESTION + "\tSo the learner reads while it is written.<br>&quot;Quoted&quot;, "
                + "second line\ttropa question phase::technical-immersion step::chat-api-basics", lines.get(7));
    }

    @Test
    void shouldDownloadTheDataSetAsJsonLines() throws IOException {
        String text = given().get("/api/export/dataset?lang=en").then().statusCode(200)
                .header("Content-Type", startsWith("application/jsonl")).extract().asString();
        String[] lines = text.split("\n");

        assertEquals(3, lines.length, text);
        for (String line : lines) {
            JsonNode example = BackupJson.mapper().readTree(line);
            assertEquals(3, example.get("messages").size());
            assertEquals("assistant", example.get("messages").get(2).get("role").asText());
        }
        assertTrue(text.contains("\"content\":\"What is your metaphor for “Token”?\""), text);
        assertFalse(text.contains("So the learner reads"), "a kept review question is the model's words, not the learner's");
    }
}
