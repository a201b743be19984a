package app.tropa.exchange;

import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.CurriculumLoader;
import app.tropa.i18n.Lang;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The readable exports over a history with everything in it (journal and letters included), each
 * parsed back the way another tool would read it: CSV by a CSV parser, the zip's files and their
 * YAML front matter, Anki's header lines, every JSONL line as JSON.
 */
class ReadableExportsTest {

    static final Instant T = Instant.parse("2026-11-20T10:00:00Z");
    static Curriculum curriculum;

    @BeforeAll
    static void load() {
        curriculum = new CurriculumLoader().load(Path.of("curriculum"));
    }

    static BackupContent history() {
        BackupContent c = new BackupContent(new BackupContent.Header(1, T, "v", "UTC"), Map.of());
        c.add(Section.PROGRESS, new Records.Progress("why-your-own-ai", "done", List.of(0, 1),
                "Заметка, с запятой и \"кавычками\"\nи второй строкой", T, T, T, "v"));
        c.add(Section.PROGRESS, new Records.Progress("retired-step", "in_progress", List.of(), null, T, null, T, "v"));
        c.add(Section.OWN_TERMS, new Records.OwnTerm("gorizont-dykhaniya", "Горизонт дыхания",
                "Окно контекста, как я его вижу", "ideal-thinking", T));
        c.add(Section.METAPHORS, new Records.Metaphor("context-window", 1, "the horizon of the model's breath",
                "ideal-thinking", null, true, T));
        c.add(Section.METAPHORS, new Records.Metaphor("token", 1, "зерно смысла", "ideal-thinking", null, false, T));
        c.add(Section.METAPHORS, new Records.Metaphor("token", 2, "кирпич\tтекста <b>жирно</b>", "ideal-thinking",
                null, false, T.plusSeconds(60)));
        c.add(Section.CARDS, new Records.Card("token", 1, "Токен — единица текста", "«при» + «вет»", "", "кирпич", "",
                "ideal-thinking", null, T));
        c.add(Section.REVIEW_QUESTIONS, new Records.ReviewQuestion("question-1795345200000", "why-your-own-ai",
                "Первый вопрос?", "Первый ответ.", "ru", T));
        c.add(Section.REVIEW_QUESTIONS, new Records.ReviewQuestion("question-1795345260000", "why-your-own-ai",
                "Зачем своя модель, если есть API?", "Чтобы слова были <b>твоими</b>.\nИ вторая строка", "ru",
                T.plusSeconds(60)));
        c.add(Section.REVIEW_QUESTIONS, new Records.ReviewQuestion("question-1795345320000", "retired-step",
                "A question about a step that is gone?", "Its answer.", "en", T.plusSeconds(120)));
        c.add(Section.REFLECTIONS, entry("Сегодня понял токены 🙂\nВторая строка", List.of("dataset", "идея"),
                "daily", null, null));
        c.add(Section.REFLECTIONS, entry("Полевая инструкция: ../../etc/passwd", List.of("Dataset"),
                "field-instruction", new Records.FieldInstruction("technical-immersion", "на детали", 3, "токенизатор",
                        "что будет, если?"), null));
        c.add(Section.REFLECTIONS, entry("Не для обучения", List.of("личное"), "daily", null, null));
        c.add(Section.REFLECTIONS, entry("В корзине", List.of("dataset"), "daily", null, T));
        c.add(Section.LETTERS, new Records.Letter("Секрет будущему себе", LocalDate.of(2026, 11, 20), T, null,
                "phase:integration", null, null));
        c.add(Section.LETTERS, new Records.Letter("Уже открыто", LocalDate.of(2026, 1, 1), T, LocalDate.of(2026, 6, 1),
                null, T, null));
        c.add(Section.TALKS, talk("node", "why-your-own-ai", "Зачем своя модель", false, false, null,
                said(1, "learner", "Зачем мне своя модель?", "answered"), said(2, "tutor", "Ответ без согласия", "complete")));
        c.add(Section.TALKS, talk("term", "token", "Токен", true, false, null,
                said(1, "learner", "Токен — это слово?", "answered"), said(2, "tutor", "Что вы видите в «при» + «вет»?",
                        "complete"), said(3, "learner", "Кусок слова?", "answered"),
                said(4, "tutor", "Обрезанный ответ", "cut"), said(5, "learner", "Ещё вопрос без ответа", "unanswered"),
                said(6, "learner", "Вопрос в ожидании", "waiting")));
        c.add(Section.TALKS, talk("reflection", T.toString(), "Запись от 2026-11-20", true, true, null,
                said(1, "learner", "Демо-вопрос", "answered"), said(2, "tutor", "Демо-ответ", "complete")));
        c.add(Section.TALKS, talk("today", "today", "Вопрос дня", true, false, T,
                said(1, "learner", "Вопрос из корзины", "answered"), said(2, "tutor", "Ответ из корзины", "complete")));
        return c;
    }

    private static Records.Talk talk(String aboutType, String aboutId, String title, boolean forTraining, boolean demo,
            Instant deleted, Records.TalkMessage... messages) {
        return new Records.Talk(aboutType, aboutId, title, "ru", forTraining, demo, T, T, deleted, List.of(messages));
    }

    private static Records.TalkMessage said(int seq, String role, String body, String state) {
        return new Records.TalkMessage(seq, role, body, state, state.equals("unanswered") ? "model-timeout" : null,
                role.equals("learner") ? "Сказано модели: всё о шаге" : null, role.equals("tutor") ? "tutor-small" : null,
                T.plusSeconds(60L * seq));
    }

    private static Records.Reflection entry(String body, List<String> tags, String kind,
            Records.FieldInstruction fi, Instant deleted) {
        Records.Revision r = new Records.Revision(1, T, null, LocalDate.of(2026, 11, 20), kind, body,
                List.of("why-your-own-ai"), List.of("token"), tags, fi);
        return new Records.Reflection(r.date(), kind, body, "technical-immersion", fi, r.nodeIds(), r.termIds(), tags,
                1, T, T, deleted, List.of(r));
    }

    private static ExportTerms terms(BackupContent c, Lang lang) {
        return new ExportTerms(curriculum, ExportData.of(c), lang);
    }

    @Test
    void shouldWriteCsvThatParsesBackWithCyrillicIntact() throws IOException {
        BackupContent c = history();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.write(CsvExport.What.PROGRESS, terms(c, Lang.RU), ExportData.of(c), TestMessages.exchange("ru"), out);
        String text = out.toString(StandardCharsets.UTF_8);

        assertTrue(text.startsWith("\uFEFFnode_id,node,phase,rung,status,"), text.substring(0, 60));
        assertTrue(text.contains("\r\n"), "RFC 4180 line ends");
        List<Map<String, String>> rows = parseCsv(text);
        assertEquals(curriculum.nodes().size() + 1, rows.size());
        Map<String, String> first = rows.stream().filter(r -> r.get("node_id").equals("why-your-own-ai")).findFirst()
                .orElseThrow();
        assertEquals("done", first.get("status"));
        assertEquals("1 2", first.get("checkpoints_ticked"));
        assertEquals("Заметка, с запятой и \"кавычками\"\nи второй строкой", first.get("note"));
        assertEquals("больше нет в программе", rows.get(rows.size() - 1).get("retired"));
    }

    @Test
    void shouldListLiveReflectionsAndEveryMetaphorVersionInCsv() throws IOException {
        BackupContent c = history();
        List<Map<String, String>> reflections = parseCsv(csv(CsvExport.What.REFLECTIONS, c));
        List<Map<String, String>> metaphors = parseCsv(csv(CsvExport.What.METAPHORS, c));

        assertEquals(3, reflections.size(), "the trash stays out");
        assertEquals("Сегодня понял токены 🙂\nВторая строка", reflections.get(0).get("body"));
        assertEquals("dataset; идея", reflections.get(0).get("tags"));
        assertEquals("3", reflections.get(1).get("fi_depth"));
        assertEquals(List.of("context-window:1:true", "token:1:false", "token:2:true"), metaphors.stream()
                .map(r -> r.get("term_id") + ":" + r.get("version") + ":" + r.get("current")).toList());
        assertEquals("кирпич\tтекста <b>жирно</b>", metaphors.get(2).get("text"));
    }

    @Test
    void shouldZipAVaultWithFrontMatterAndWikiLinks() throws IOException {
        Map<String, String> files = vault(history(), false);

        assertTrue(files.containsKey("index.md"));
        assertTrue(files.containsKey("phases/1-ideal-thinking.md"), files.keySet().toString());
        assertTrue(files.containsKey("glossary/token.md"));
        assertTrue(files.containsKey("glossary/gorizont-dykhaniya.md"));
        assertTrue(files.containsKey("journal/2026/2026-11-20-segodnya-ponyal-tokeny.md"), files.keySet().toString());
        assertTrue(files.containsKey("journal/2026/2026-11-20-polevaya-instruktsiya-etc-passwd.md"));
        assertFalse(files.keySet().stream().anyMatch(n -> n.contains("..") || n.startsWith("/")));
        assertFalse(files.values().stream().anyMatch(t -> t.contains("В корзине")), "the trash stays out");

        Map<String, Object> front = frontMatter(files.get("journal/2026/2026-11-20-segodnya-ponyal-tokeny.md"));
        assertEquals("2026-11-20", String.valueOf(front.get("date")));
        assertEquals("daily", front.get("kind"));
        assertEquals("technical-immersion", front.get("phase"));
        assertEquals(List.of("dataset", "идея"), front.get("tags"));
        assertEquals(List.of("why-your-own-ai"), front.get("nodes"));
        assertEquals(List.of("token"), front.get("terms"));
        assertTrue(files.get("journal/2026/2026-11-20-segodnya-ponyal-tokeny.md")
                .endsWith("Сегодня понял токены 🙂\nВторая строка\n"));

        String index = files.get("index.md");
        assertTrue(index.contains("[[glossary/token|Токен]] — “кирпич текста <b>жирно</b>”"), index);
        assertTrue(index.contains("[[phases/1-ideal-thinking|Идеальное мышление]]"), index);
        assertTrue(index.contains("[[journal/2026/2026-11-20-segodnya-ponyal-tokeny|"), index);
        assertTrue(index.contains("retired-step"), "retired steps keep their place");
        String token = files.get("glossary/token.md");
        assertEquals("token", frontMatter(token).get("id"));
        assertTrue(token.contains("> зерно смысла"), token);
        assertTrue(token.contains("**Утверждение:** Токен — единица текста"), token);
        assertTrue(files.get("phases/1-ideal-thinking.md").contains("- [x] "));
    }

    @Test
    void shouldGatherKeptQuestionsInOneFileByStepLinkedFromTheStepAndTheMap() throws IOException {
        Map<String, String> files = vault(history(), false);

        String questions = files.get("questions.md");
        assertEquals(List.of("questions"), frontMatter(questions).get("tags"));
        String step = "## [[phases/1-ideal-thinking|" + curriculum.node("why-your-own-ai").orElseThrow().title()
                .in(Lang.RU) + "]]\n\n";
        assertTrue(questions.contains(step + "**Вопрос:** Первый вопрос?\n\n**Ответ:** Первый ответ.\n\n"
                + "*Сохранён 2026-11-20 10:00.*\n\n**Вопрос:** Зачем своя модель, если есть API?\n\n"
                + "**Ответ:** Чтобы слова были <b>твоими</b>.\nИ вторая строка\n\n*Сохранён 2026-11-20 10:01.*"),
                questions);
        assertTrue(questions.indexOf(step) < questions.indexOf("## retired-step\n\n**Вопрос:** A question about a "
                + "step that is gone?"), "a step no longer in the curriculum keeps its questions, after the others");
        assertTrue(files.get("phases/1-ideal-thinking.md").contains("[[questions|Сохранённые вопросы об этом шаге: 2]]"),
                files.get("phases/1-ideal-thinking.md"));
        assertTrue(files.get("index.md").contains("## Сохранённые вопросы для повторения\n\n"
                + "- [[questions|Сохранённые вопросы для повторения]] — сохранено: 3\n"), files.get("index.md"));
        assertFalse(vault(new BackupContent(history().header(), Map.of()), false).containsKey("questions.md"),
                "no questions kept, no file");
    }

    @Test
    void shouldWriteEachLiveTalkWithItsMessagesInOrderAndTheirFate() throws IOException {
        Map<String, String> files = vault(history(), false);

        List<String> talks = files.keySet().stream().filter(n -> n.startsWith("talks/")).sorted().toList();
        assertEquals(List.of("talks/2026-11-20-token.md", "talks/2026-11-20-zachem-svoya-model.md",
                "talks/2026-11-20-zapis-ot-2026-11-20.md"), talks, "the trash stays out");
        assertFalse(files.values().stream().anyMatch(t -> t.contains("из корзины")), "the trash stays out");
        String token = files.get(talks.stream().filter(n -> n.contains("token")).findFirst().orElseThrow());
        Map<String, Object> front = frontMatter(token);
        assertEquals("term", front.get("aboutType"));
        assertEquals("token", front.get("aboutId"));
        assertEquals("Токен", front.get("title"));
        assertEquals("ru", front.get("lang"));
        assertEquals(List.of("talk"), front.get("tags"));
        assertFalse(front.containsKey("id"), "a talk read from a file has no number in a Tropa");
        assertTrue(token.contains("О термине: [[glossary/token|Токен]]"), token);
        assertTrue(token.indexOf("## Я · 2026-11-20 10:01\n\nТокен — это слово?") < token.indexOf(
                "## Наставник · tutor-small · 2026-11-20 10:02\n\nЧто вы видите"), token);
        assertTrue(token.contains("Обрезанный ответ\n\n*Ответ оказался длиннее допустимого и обрезан на этом месте.*"),
                token);
        assertTrue(token.contains("Ещё вопрос без ответа\n\n*Без ответа (model-timeout).*"), token);
        assertTrue(token.contains("Вопрос в ожидании\n\n*Когда делалась выгрузка, ответа ещё не было.*"), token);
        assertFalse(token.contains("Сказано модели"), "what was sent to the model is in the backup, not here");

        String demo = files.get(talks.stream().filter(n -> n.contains("zapis")).findFirst().orElseThrow());
        assertEquals(true, frontMatter(demo).get("demo"));
        assertTrue(demo.contains("О записи дневника: [[journal/2026/2026-11-20-segodnya-ponyal-tokeny|"), demo);
        assertFalse(frontMatter(files.get(talks.stream().filter(n -> n.contains("zachem")).findFirst().orElseThrow()))
                .containsKey("demo"), "only a demo talk says so");
        assertTrue(files.get("index.md").contains("## Разговоры с наставником"), files.get("index.md"));
    }

    @Test
    void shouldKeepSealedLettersSealedUnlessAsked() throws IOException {
        Map<String, String> sealed = vault(history(), false);
        Map<String, String> open = vault(history(), true);

        assertEquals(2, sealed.keySet().stream().filter(n -> n.startsWith("letters/")).count());
        assertFalse(sealed.values().stream().anyMatch(t -> t.contains("Секрет будущему себе")));
        assertTrue(sealed.values().stream().anyMatch(t -> t.contains("Уже открыто")), "opened letters are readable");
        assertTrue(sealed.get("letters/2026-11-20-letter.md").contains("phase:integration"));
        assertEquals(true, frontMatter(sealed.get("letters/2026-11-20-letter.md")).get("sealed"));
        assertTrue(open.get("letters/2026-11-20-letter.md").contains("Секрет будущему себе"));
    }

    @Test
    void shouldWriteAnAnkiFileWithItsHeaderLines() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BackupContent c = history();
        AnkiExport.write(terms(c, Lang.EN), ExportData.of(c), TestMessages.exchange("en"), out);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();

        assertEquals(List.of("#separator:tab", "#html:true", "#notetype:Basic", "#deck:Tropa::Glossary",
                "#columns:Front\tBack\tTags", "#tags column:3"), lines.subList(0, 6));
        List<String> notes = lines.subList(6, lines.size());
        assertEquals(5, notes.size(), "terms with a metaphor or a card, then kept questions: " + notes);
        String token = notes.stream().filter(n -> n.startsWith("Token\t")).findFirst().orElseThrow();
        List<String> fields = parseTabs(token);
        assertEquals(3, fields.size(), token);
        assertEquals("<p><b>My metaphor:</b> кирпич\tтекста &lt;b&gt;жирно&lt;/b&gt;</p>"
                + "<p><b>Statement:</b> Токен — единица текста</p><p><b>Example:</b> «при» + «вет»</p>"
                + "<p><b>Analogy:</b> кирпич</p>", fields.get(1));
        List<String> tags = List.of(fields.get(2).split(" "));
        assertTrue(tags.containsAll(List.of("tropa", "phase::ideal-thinking", "step::first-conversations")), tags.toString());
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("Context window\t<p><b>My metaphor:</b> the horizon")), notes
                .toString());
    }

    @Test
    void shouldAddEachKeptQuestionToTheAnkiFileAsQuestionAndAnswer() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BackupContent c = history();
        AnkiExport.write(terms(c, Lang.EN), ExportData.of(c), TestMessages.exchange("en"), out);
        List<String> notes = out.toString(StandardCharsets.UTF_8).lines().skip(6).toList();

        List<List<String>> questions = new ArrayList<>();
        for (String note : notes.subList(2, notes.size())) {
            questions.add(parseTabs(note));
        }
        assertEquals(List.of("Первый вопрос?", "Зачем своя модель, если есть API?",
                "A question about a step that is gone?"), questions.stream().map(f -> f.get(0)).toList(),
                "after the terms, in the order they were kept");
        assertEquals(List.of("Зачем своя модель, если есть API?", "Чтобы слова были &lt;b&gt;твоими&lt;/b&gt;.<br>"
                + "И вторая строка", "tropa question phase::ideal-thinking step::why-your-own-ai"), questions.get(1));
        assertEquals("tropa question step::retired-step", questions.get(2).get(2));
    }

    @Test
    void shouldWriteOneJsonChatExamplePerLineFromTheLearnersOwnWords() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BackupContent c = history();
        DatasetExport.write(terms(c, Lang.EN), ExportData.of(c), TestMessages.exchange("en"), out);
        String text = out.toString(StandardCharsets.UTF_8);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            lines.add(BackupJson.mapper().readTree(line));
        }

        assertTrue(text.endsWith("}\n"));
        List<String> answers = lines.stream().map(l -> l.get("messages").get(2).get("content").asText()).toList();
        for (JsonNode line : lines) {
            assertEquals(List.of("system", "user", "assistant"), List.of(line.get("messages").get(0).get("role").asText(),
                    line.get("messages").get(1).get("role").asText(), line.get("messages").get(2).get("role").asText()));
        }
        assertTrue(answers.contains("Окно контекста, как я его вижу"), "own term's definition");
        assertTrue(answers.contains("кирпич\tтекста <b>жирно</b>"), "current metaphor");
        assertFalse(answers.contains("зерно смысла"), "only the current version");
        assertFalse(answers.contains("the horizon of the model's breath"), "an unchanged seed sample is not theirs");
        assertTrue(answers.contains("Statement: Токен — единица текста\nExample: «при» + «вет»\nAnalogy: кирпич"));
        assertTrue(answers.contains("Сегодня понял токены 🙂\nВторая строка"), "tagged for the data set");
        assertTrue(answers.stream().anyMatch(a -> a.startsWith("Phase: Technical immersion\nAttention pattern: на детали")
                && a.endsWith("Полевая инструкция: ../../etc/passwd")), answers.toString());
        assertFalse(text.contains("Не для обучения"), "untagged entries stay out");
        assertFalse(text.contains("В корзине"), "the trash stays out");
        assertFalse(text.contains("Секрет") || text.contains("Уже открыто"), "letters never go in");
        assertFalse(text.contains("Ответ без согласия") || text.contains("Зачем мне своя модель?"),
                "a talk without the learner's opt-in adds nothing");
        assertFalse(text.contains("Обрезанный ответ"), "an answer cut at the limit is not a whole answer");
        assertFalse(text.contains("Демо-"), "the demo's talks are not the learner's words");
        assertFalse(text.contains("из корзины"), "the trash stays out");
        assertFalse(text.contains("Сказано модели"), "what was sent with a message stays out");
        assertFalse(text.contains("Первый вопрос?") || text.contains("Первый ответ.") || text.contains("Its answer."),
                "kept review questions are the model's words, not the learner's");
        assertEquals(6, lines.size());
        JsonNode talk = lines.stream().filter(l -> l.get("messages").get(1).get("content").asText()
                .equals("Токен — это слово?")).findFirst().orElseThrow();
        assertEquals("Что вы видите в «при» + «вет»?", talk.get("messages").get(2).get("content").asText(),
                "an opted-in talk pairs the learner's question with the tutor's answer");
        assertTrue(talk.get("messages").get(0).get("content").asText().contains("“Токен”"), talk.toString());
        JsonNode daily = lines.stream().filter(l -> l.get("messages").get(2).get("content").asText()
                .startsWith("Сегодня")).findFirst().orElseThrow();
        assertEquals("Write your reflection for 2026-11-20 on: Why walk from using AI to building your own, Token.",
                daily.get("messages").get(1).get("content").asText());
    }

    private static String csv(CsvExport.What what, BackupContent c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.write(what, terms(c, Lang.EN), ExportData.of(c), TestMessages.exchange("en"), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static List<Map<String, String>> parseCsv(String text) throws IOException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> rows = mapper.readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(body)) {
            return rows.readAll();
        }
    }

    static List<String> parseTabs(String line) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> rows = mapper.readerFor(List.class)
                .with(CsvSchema.emptySchema().withColumnSeparator('\t')).readValues(line)) {
            return rows.next();
        }
    }

    private static Map<String, String> vault(BackupContent c, boolean includeSealed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MarkdownVault.write(terms(c, Lang.RU), ExportData.of(c), TestMessages.exchange("ru"), ZoneOffset.UTC, T,
                includeSealed, out);
        return unzip(out.toByteArray());
    }

    static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> frontMatter(String markdown) throws IOException {
        assertTrue(markdown.startsWith("---\n"), markdown);
        int end = markdown.indexOf("\n---\n", 4);
        return new YAMLMapper().readValue(markdown.substring(4, end + 1), Map.class);
    }
}
