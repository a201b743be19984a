package app.tropa.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every way a file can be wrong is refused with the problem and its place in the file. */
class BackupReaderTest {

    private static final String HEAD = "{\"format\":\"tropa-backup\",\"schemaVersion\":1,";
    private static final String PROGRESS = "{\"nodeId\":\"why-your-own-ai\",\"status\":\"done\",\"checkpoints\":[0,2],"
            + "\"note\":null,\"startedAt\":\"2026-11-01T10:00:00Z\",\"completedAt\":null,"
            + "\"updatedAt\":\"2026-11-02T10:00:00Z\",\"curriculumVersion\":\"abc\"}";

    @Test
    void shouldRefuseMoreRecordsThanTheCeilingBeforeReadingThemAllNamingWhere() {
        String three = String.join(",", PROGRESS, PROGRESS.replace("why-your-own-ai", "first-conversations"),
                PROGRESS.replace("why-your-own-ai", "what-tuning-changes"));
        var e = assertThrows(BackupProblems.Invalid.class, () -> BackupReader.standard(2)
                .read(new ByteArrayInputStream((HEAD + "\"progress\":[" + three + "]}").getBytes(StandardCharsets.UTF_8))));
        var problem = e.toProblem();
        assertEquals(400, problem.status());
        assertTrue(problem.getMessage().contains("more than 2 records"), problem.getMessage());
        assertEquals("too-many-records", problem.error());
        assertEquals("$.progress[2]", problem.details().get("place"));
    }

    @Test
    void shouldAcceptNodesTheCurriculumNoLongerHas() {
        BackupContent c = read(HEAD + "\"progress\":[" + PROGRESS.replace("why-your-own-ai", "retired-step") + "]}");

        assertEquals("retired-step", c.progress().get(0).nodeId());
    }

    @Test
    void shouldRefuseMalformedJsonSayingWhere() {
        var problem = refused("{\"format\":\"tropa-backup\",\"schemaVersion\":1,\"progress\":[" + PROGRESS + ",{\"nodeId\" \"x\"}]}");

        assertEquals("malformed-json", problem.error());
        assertEquals("$.progress[1].nodeId", problem.place());
        assertTrue(problem.message().contains("line 1, column"), problem.message());
    }

    @Test
    void shouldRefuseATruncatedFile() {
        var problem = refused(HEAD + "\"progress\":[" + PROGRESS.substring(0, 60));

        assertEquals("truncated-json", problem.error());
        assertEquals("$.progress[0].checkpoints[0]", problem.place());
        assertTrue(problem.message().contains("cut off"), problem.message());
    }

    @Test
    void shouldRefuseEmptyFilesAndOtherJson() {
        assertEquals("empty-file", refused("").error());
        assertEquals("wrong-format", refused("[1,2]").error());
        assertEquals("wrong-format", refused("{\"progress\":[]}").error());
        assertEquals("malformed-json", refused(HEAD + "\"progress\":[]} {}").error());
    }

    @Test
    void shouldRefuseAnotherFormat() {
        var problem = refused("{\"format\":\"anki\",\"schemaVersion\":1}");

        assertEquals("wrong-format", problem.error());
        assertEquals("$.format", problem.place());
        assertTrue(problem.message().contains("\"anki\""), problem.message());
    }

    @Test
    void shouldRefuseUnknownSchemaVersions() {
        var newer = refused("{\"format\":\"tropa-backup\",\"schemaVersion\":7}");
        assertEquals("unknown-schema-version", newer.error());
        assertEquals("$.schemaVersion", newer.place());
        assertTrue(newer.message().contains("newer Tropa"), newer.message());

        assertEquals("$.schemaVersion", refused("{\"format\":\"tropa-backup\",\"schemaVersion\":\"1\"}").place());
        assertEquals("$.schemaVersion", refused("{\"format\":\"tropa-backup\",\"schemaVersion\":0}").place());
        assertEquals("unknown-schema-version", refused("{\"format\":\"tropa-backup\"}").error());
    }

    @Test
    void shouldNameTheFieldWithTheWrongType() {
        var problem = refused(HEAD + "\"progress\":[" + PROGRESS + "," + PROGRESS.replace("why-your-own-ai", "b") + ","
                + PROGRESS.replace("why-your-own-ai", "c") + "," + PROGRESS.replace("why-your-own-ai", "d")
                        .replace("\"done\"", "5") + "]}");

        assertEquals("wrong-type", problem.error());
        assertEquals("$.progress[3].status", problem.place());
    }

    @Test
    void shouldNameUnknownValuesMissingAndUnknownFields() {
        assertProblem(HEAD + "\"progress\":[" + PROGRESS.replace("\"done\"", "\"finished\"") + "]}",
                "invalid-value", "$.progress[0].status");
        assertProblem(HEAD + "\"progress\":[" + PROGRESS.replace("\"nodeId\":\"why-your-own-ai\",", "") + "]}",
                "missing-field", "$.progress[0]");
        assertProblem(HEAD + "\"progress\":[" + PROGRESS.replace("\"note\":null", "\"note\":null,\"mood\":1") + "]}",
                "unknown-field", "$.progress[0]");
        assertProblem(HEAD + "\"journal\":[]}", "unknown-field", "$.journal");
        assertProblem(HEAD + "\"progress\":{}}", "wrong-type", "$.progress");
        assertProblem(HEAD + "\"progress\":[" + PROGRESS.replace("2026-11-02T10:00:00Z", "yesterday") + "]}",
                "invalid-value", "$.progress[0].updatedAt");
        assertProblem(HEAD + "\"progress\":[" + PROGRESS.replace("why-your-own-ai", "../../etc/passwd") + "]}",
                "invalid-value", "$.progress[0].nodeId");
        assertProblem(HEAD + "\"progress\":[" + PROGRESS.replace("[0,2]", "[2,0]") + "]}",
                "invalid-value", "$.progress[0].checkpoints");
    }

    @Test
    void shouldRefuseDuplicateKeysAndRecords() {
        assertProblem(HEAD + "\"progress\":[" + PROGRESS.replace("\"note\":null", "\"note\":null,\"note\":\"x\"") + "]}",
                "malformed-json", "$.progress[0].note");
        assertProblem(HEAD + "\"progress\":[" + PROGRESS + "," + PROGRESS + "]}", "duplicate", "$.progress[1].nodeId");
    }

    @Test
    void shouldRefuseReferencesThatDoNotResolveInsideTheFile() {
        String event = "{\"nodeId\":\"tokens-up-close\",\"kind\":\"status\",\"from\":\"not_started\",\"to\":\"done\","
                + "\"checkpoint\":null,\"occurredAt\":\"2026-11-02T10:00:00Z\",\"curriculumVersion\":\"abc\"}";
        assertProblem(HEAD + "\"progress\":[" + PROGRESS + "],\"progressEvents\":[" + event + "]}",
                "unresolved-reference", "$.progressEvents[0].nodeId");

        String metaphor = "{\"termId\":\"token\",\"version\":%d,\"text\":\"зерно\",\"phase\":\"ideal-thinking\","
                + "\"restoredFrom\":%s,\"fromSample\":false,\"createdAt\":\"2026-11-02T10:00:00Z\"}";
        assertProblem(HEAD + "\"metaphors\":[" + metaphor.formatted(1, "null") + "," + metaphor.formatted(2, "5") + "]}",
                "unresolved-reference", "$.metaphors[1].restoredFrom");

        String review = "{\"termId\":\"token\",\"grade\":\"good\",\"reviewedAt\":\"2026-11-02T10:00:00Z\",\"elapsedDays\":1,"
                + "\"retrievability\":0.9,\"stability\":3.1,\"difficulty\":5.2,\"scheduledDays\":3,"
                + "\"dueAt\":\"2026-11-05T10:00:00Z\"}";
        assertProblem(HEAD + "\"reviewLog\":[" + review + "]}", "unresolved-reference", "$.reviewLog[0].termId");
    }

    @Test
    void shouldCheckReflectionsAndLetters() {
        String revision = "{\"revision\":1,\"savedAt\":\"2026-11-02T10:00:00Z\",\"restoredFrom\":null,"
                + "\"date\":\"2026-11-02\",\"kind\":\"daily\",\"body\":\"Сегодня\",\"nodeIds\":[],\"termIds\":[],\"tags\":[]}";
        String entry = "{\"date\":\"2026-11-02\",\"kind\":\"daily\",\"body\":\"%s\",\"revision\":%d,"
                + "\"createdAt\":\"2026-11-02T10:00:00Z\",\"updatedAt\":\"2026-11-02T10:00:00Z\",\"revisions\":[" + revision + "]}";
        assertEquals(1, read(HEAD + "\"reflections\":[" + entry.formatted("Сегодня", 1) + "]}").reflections().size());
        assertProblem(HEAD + "\"reflections\":[" + entry.formatted("Сегодня", 2) + "]}",
                "unresolved-reference", "$.reflections[0].revision");
        assertProblem(HEAD + "\"reflections\":[" + entry.formatted("Вчера", 1) + "]}",
                "invalid-value", "$.reflections[0]");

        String letter = "{\"body\":\"Dear me\",\"writtenOn\":\"2026-11-02\",\"createdAt\":\"2026-11-02T10:00:00Z\","
                + "\"openOn\":\"2027-01-01\",\"openWhen\":\"phase:integration\"}";
        assertProblem(HEAD + "\"letters\":[" + letter + "]}", "invalid-value", "$.letters[0]");
    }

    @Test
    void shouldRefuseTextNoOneCanStore() {
        assertProblem(HEAD + "\"progress\":[" + PROGRESS.replace("\"note\":null", "\"note\":\"a\\u0000b\"") + "]}",
                "invalid-text", "$.progress[0].note");
        assertProblem(HEAD + "\"progress\":[" + PROGRESS.replace("\"note\":null", "\"note\":\"a\\ud83d\"") + "]}",
                "invalid-text", "$.progress[0].note");
    }

    @Test
    void shouldListManyProblemsAtOnce() {
        String bad = PROGRESS.replace("\"done\"", "\"finished\"");
        BackupProblems.Invalid e = assertThrows(BackupProblems.Invalid.class, () -> read(HEAD + "\"progress\":["
                + bad + "," + bad.replace("why-your-own-ai", "b") + "]}"));

        assertEquals(List.of("$.progress[0].status", "$.progress[1].status"),
                e.items().stream().map(BackupProblems.Item::place).toList());
        assertTrue(e.toProblem().getMessage().startsWith("The backup was not imported, and nothing was changed: "
                + "$.progress[0].status: "), e.toProblem().getMessage());
    }

    @Test
    void shouldMigrateAnOlderSchemaVersionOnRead() {
        BackupMigrations.Step renameStatus = new BackupMigrations.Step() {
            @Override
            public int from() {
                return 1;
            }

            @Override
            public String sectionKey(String key) {
                return key.equals("nodes") ? "progress" : key;
            }

            @Override
            public JsonNode record(String sectionKey, ObjectNode record) {
                if (sectionKey.equals("progress") && record.has("state")) {
                    record.set("status", record.remove("state"));
                }
                return record;
            }
        };
        BackupReader reader = new BackupReader(new BackupMigrations(2, List.of(renameStatus)), BackupReader.MAX_RECORDS);
        String old = "{\"format\":\"tropa-backup\",\"schemaVersion\":1,\"nodes\":["
                + PROGRESS.replace("\"status\"", "\"state\"") + "]}";

        BackupContent c = reader.read(new ByteArrayInputStream(old.getBytes(StandardCharsets.UTF_8)));

        assertEquals("done", c.progress().get(0).status());
        assertEquals(2, c.header().schemaVersion());
    }

    private static final String TALK = "{\"aboutType\":\"node\",\"aboutId\":\"chat-api-basics\",\"title\":\"API\","
            + "\"lang\":\"en\",\"forTraining\":false,\"demo\":false,\"createdAt\":\"2026-11-02T10:00:00Z\","
            + "\"updatedAt\":\"2026-11-02T10:01:00Z\",\"deletedAt\":null,\"messages\":["
            + "{\"seq\":1,\"role\":\"learner\",\"body\":\"Hi\",\"state\":\"answered\",\"failure\":null,"
            + "\"context\":\"sent\",\"model\":null,\"createdAt\":\"2026-11-02T10:00:00Z\"},"
            + "{\"seq\":2,\"role\":\"tutor\",\"body\":\"Why?\",\"state\":\"complete\",\"failure\":null,"
            + "\"context\":null,\"model\":\"tutor-small\",\"createdAt\":\"2026-11-02T10:01:00Z\"}]}";

    @Test
    void shouldReadAVersionOneBackupAsOneWithNoTalks() {
        BackupContent c = read(HEAD + "\"progress\":[" + PROGRESS + "]}");

        assertEquals(BackupJson.SCHEMA_VERSION, c.header().schemaVersion());
        assertEquals(1, c.progress().size());
        assertEquals(List.of(), c.talks());
    }

    @Test
    void shouldCheckTalksAndTheirMessages() {
        String v2 = "{\"format\":\"tropa-backup\",\"schemaVersion\":2,";
        assertEquals(2, read(v2 + "\"talks\":[" + TALK + "]}").talks().get(0).messages().size());
        assertProblem(v2 + "\"talks\":[" + TALK.replace("\"tutor\",\"body\"", "\"model\",\"body\"") + "]}",
                "invalid-value", "$.talks[0].messages[1].role");
        assertProblem(v2 + "\"talks\":[" + TALK.replace("\"state\":\"complete\"", "\"state\":\"waiting\"") + "]}",
                "invalid-value", "$.talks[0].messages[1].state");
        assertProblem(v2 + "\"talks\":[" + TALK.replace("\"seq\":2", "\"seq\":1") + "]}",
                "duplicate", "$.talks[0].messages[1].seq");
        assertProblem(v2 + "\"talks\":[" + TALK.replace("\"seq\":1", "\"seq\":3") + "]}",
                "invalid-value", "$.talks[0].messages[1].seq");
        assertProblem(v2 + "\"talks\":[" + TALK.replace("\"chat-api-basics\"", "\"../x\"") + "]}",
                "invalid-value", "$.talks[0].aboutId");
        assertProblem(v2 + "\"talks\":[" + TALK.replace("\"demo\":false",
                "\"demo\":false,\"mood\":1") + "]}", "unknown-field", "$.talks[0]");
        assertProblem(v2 + "\"talks\":[" + TALK.replace("\"body\":\"Hi\"", "\"body\":\"a\\u0000b\"") + "]}",
                "invalid-text", "$.talks[0].messages[0].body");
    }

    @Test
    void shouldRefuseATalkAboutAJournalEntryTheFileDoesNotHave() {
        String v2 = "{\"format\":\"tropa-backup\",\"schemaVersion\":2,";
        String aboutEntry = TALK.replace("\"aboutType\":\"node\",\"aboutId\":\"chat-api-basics\"",
                "\"aboutType\":\"reflection\",\"aboutId\":\"2026-11-02T10:00:00Z\"");

        assertProblem(v2 + "\"talks\":[" + aboutEntry + "]}", "unresolved-reference", "$.talks[0].aboutId");
        assertEquals(1, read(v2 + "\"talks\":[" + aboutEntry.replace("\"aboutId\":\"2026-11-02T10:00:00Z\"",
                "\"aboutId\":null") + "]}").talks().size(), "an entry that is gone is named by null");
        assertProblem(v2 + "\"talks\":[" + TALK.replace("\"aboutId\":\"chat-api-basics\"", "\"aboutId\":null") + "]}",
                "wrong-type", "$.talks[0].aboutId");
    }

    private static final String QUESTION = "{\"reviewKey\":\"question-1795345200000\",\"nodeId\":\"chat-api-basics\","
            + "\"question\":\"Why stream?\",\"answer\":\"To read sooner.\",\"lang\":\"en\","
            + "\"createdAt\":\"2026-11-22T11:00:00Z\"}";
    private static final String QUESTION_STATE = "{\"termId\":\"question-1795345200000\",\"stability\":null,"
            + "\"difficulty\":null,\"reps\":0,\"lapses\":0,\"enteredAt\":\"2026-11-22T11:00:00Z\","
            + "\"lastReviewAt\":null,\"dueAt\":\"2026-11-22T11:00:00Z\"}";

    @Test
    void shouldCheckKeptQuestionsAndTheReviewsThatNameThem() {
        String v2 = "{\"format\":\"tropa-backup\",\"schemaVersion\":2,";
        BackupContent c = read(v2 + "\"reviewQuestions\":[" + QUESTION + "],\"reviewStates\":[" + QUESTION_STATE
                + "]}");
        assertEquals("Why stream?", c.reviewQuestions().get(0).question());

        assertProblem(v2 + "\"reviewStates\":[" + QUESTION_STATE + "]}", "unresolved-reference",
                "$.reviewStates[0].termId");
        assertProblem(v2 + "\"reviewQuestions\":[" + QUESTION + "," + QUESTION + "]}", "duplicate",
                "$.reviewQuestions[1].reviewKey");
        assertProblem(v2 + "\"reviewQuestions\":[" + QUESTION.replace("question-1795345200000", "question-soon")
                + "]}", "invalid-value", "$.reviewQuestions[0].reviewKey");
        assertProblem(v2 + "\"reviewQuestions\":[" + QUESTION.replace("question-1795345200000", "token") + "]}",
                "invalid-value", "$.reviewQuestions[0].reviewKey");
        assertProblem(v2 + "\"reviewQuestions\":[" + QUESTION.replace("\"en\"", "\"de\"") + "]}",
                "invalid-value", "$.reviewQuestions[0].lang");
        assertProblem(v2 + "\"reviewQuestions\":[" + QUESTION.replace("\"To read sooner.\"", "\"\"") + "]}",
                "invalid-value", "$.reviewQuestions[0].answer");
        assertProblem(v2 + "\"reviewQuestions\":[" + QUESTION.replace("Why stream?", "😀".repeat(1001)) + "]}",
                "too-long", "$.reviewQuestions[0].question");
        assertProblem(v2 + "\"reviewQuestions\":[" + QUESTION.replace(",\"lang\":\"en\"", "") + "]}",
                "missing-field", "$.reviewQuestions[0]");
    }

    private static BackupContent read(String json) {
        return BackupReader.standard().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static BackupProblems.Item refused(String json) {
        BackupProblems.Invalid e = assertThrows(BackupProblems.Invalid.class, () -> read(json));
        return e.items().get(0);
    }

    private static void assertProblem(String json, String error, String place) {
        BackupProblems.Item item = refused(json);
        assertEquals(error + " at " + place, item.error() + " at " + item.place(), item.message());
    }
}
