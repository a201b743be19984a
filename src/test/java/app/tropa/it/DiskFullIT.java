package app.tropa.it;

import app.tropa.TestDisks;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The data folder on a small file system that fills up: a write answers 507 under /api and the
 * form again, text kept, on a page; nothing saved before is damaged; once space is freed the same
 * app, not restarted, saves again. Needs a tmpfs mount (root, as in CI); skips with one line
 * where it cannot mount one.
 */
class DiskFullIT {

    private static final String TERM = "full-disk-quantization";
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile("tropa-csrf=([^;]+)");

    private final ObjectMapper json = new ObjectMapper();
    private final Random random = new Random(20261203L);
    private final Map<Long, String> saved = new LinkedHashMap<>();
    private Path mount;

    @BeforeEach
    void mountSmallDisk() throws Exception {
        mount = Files.createTempDirectory("tropa-full-disk");
        Assumptions.assumeTrue(TestDisks.mountTmpfs(mount, "16m"),
                "DiskFullIT skipped: cannot mount a small tmpfs here (needs root)");
    }

    @AfterEach
    void unmount() throws Exception {
        TestDisks.unmount(mount);
        Files.deleteIfExists(mount);
    }

    @Test
    void shouldRefuseWritesOnAFullDiskKeepTheTextAndSaveAgainOnceSpaceIsFreed() throws Exception {
        Path data = mount.resolve("data");
        Path filler = mount.resolve("filler");
        try (AppProcess app = AppProcess.start(data)) {
            saveEntry(app, 201);
            saveEntry(app, 201);
            created(app.postJson("/api/terms", body(Map.of("title", TERM, "definition", "Fewer bits per weight."))));
            String[] form = formToken(app);

            TestDisks.fill(filler);
            HttpResponse<String> refused = saveUntilRefused(app);
            JsonNode error = json.readTree(refused.body());
            assertEquals("storage-full", error.path("error").asText(), refused.body());
            assertTrue(error.path("message").asText().contains("Free some space"), refused.body());

            String entryText = "Full disk draft " + random.nextInt(1_000_000);
            HttpResponse<String> page = postForm(app, "/journal", form, "en", Map.of("body", entryText,
                    "date", LocalDate.now().toString(), "kind", "daily"));
            assertEquals(507, page.statusCode(), () -> "the journal form answers 507\n" + tail(app));
            assertTrue(page.body().contains(entryText), "the journal form comes back with the text kept");
            assertTrue(page.body().contains("Free some space on the disk and send it again"), "and says why");

            String metaphor = "Сжатие как вакуумная упаковка " + random.nextInt(1_000_000);
            HttpResponse<String> ru = postForm(app, "/glossary/" + TERM + "/metaphor", form, "ru",
                    Map.of("text", metaphor));
            assertEquals(507, ru.statusCode(), () -> "the metaphor form answers 507\n" + tail(app));
            // The term's page when it can be read; else the error page holds the text in a form to send again.
            assertTrue(ru.body().contains(metaphor), () -> "the metaphor comes back with the text kept\n" + tail(app));
            assertTrue(ru.body().contains("Освободите место на диске"), "and says why, in Russian");

            Files.delete(filler);
            saveEntry(app, 201);
            HttpResponse<String> again = postForm(app, "/journal", form, "en", Map.of("body", entryText,
                    "date", LocalDate.now().toString(), "kind", "daily"));
            assertEquals(303, again.statusCode(), () -> "the journal form saves again without a restart\n" + tail(app));
            HttpResponse<String> metaphorAgain = postForm(app, "/glossary/" + TERM + "/metaphor", form, "ru",
                    Map.of("text", metaphor));
            assertEquals(303, metaphorAgain.statusCode(), () -> "the metaphor is sent again\n" + tail(app));
            assertTrue(app.get("/api/terms/" + TERM + "/metaphors").body().contains(metaphor), "and kept");
            assertEveryEntryReadsBack(app);
        }
        DatabaseCheck.readEveryTable(data);
        try (AppProcess restarted = AppProcess.start(data)) {
            assertEveryEntryReadsBack(restarted);
        }
    }

    private void saveEntry(AppProcess app, int expected) throws Exception {
        String text = words(2_000);
        HttpResponse<String> r = app.postJson("/api/reflections", body(Map.of("body", text)));
        assertEquals(expected, r.statusCode(), r.body());
        saved.put(json.readTree(r.body()).path("id").asLong(), text);
    }

    /** Entries until the disk refuses one: H2 may still find room inside its file for the first few. */
    private HttpResponse<String> saveUntilRefused(AppProcess app) throws Exception {
        for (int i = 0; i < 200; i++) {
            String text = words(20_000);
            HttpResponse<String> r = app.postJson("/api/reflections", body(Map.of("body", text)));
            if (r.statusCode() == 507) {
                return r;
            }
            assertEquals(201, r.statusCode(), r.body());
            saved.put(json.readTree(r.body()).path("id").asLong(), text);
        }
        throw new AssertionError("200 large entries were saved on a full disk");
    }

    private void assertEveryEntryReadsBack(AppProcess app) throws Exception {
        List<Long> missing = new ArrayList<>();
        for (Map.Entry<Long, String> e : saved.entrySet()) {
            HttpResponse<String> r = app.get("/api/reflections/" + e.getKey());
            if (r.statusCode() != 200 || !e.getValue().equals(json.readTree(r.body()).path("body").asText())) {
                missing.add(e.getKey());
            }
        }
        assertEquals(List.of(), missing, "entries saved before the disk filled, read back whole");
    }

    private String words(int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(Long.toString(random.nextLong() & Long.MAX_VALUE, 36)).append(' ');
        }
        return text.toString().strip();
    }

    private String[] formToken(AppProcess app) throws IOException {
        HttpResponse<String> page = app.get("/journal");
        Matcher t = FORM_TOKEN.matcher(page.body());
        Matcher c = COOKIE.matcher(page.headers().firstValue("Set-Cookie").orElse(""));
        assertTrue(t.find() && c.find(), "the journal page gives a form token");
        return new String[] {t.group(1), c.group(1)};
    }

    private static HttpResponse<String> postForm(AppProcess app, String path, String[] token, String lang,
            Map<String, String> fields) throws IOException {
        StringBuilder form = new StringBuilder("_csrf=").append(enc(token[0]));
        fields.forEach((k, v) -> form.append('&').append(k).append('=').append(enc(v)));
        return app.sendRequest(app.request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "tropa-csrf=" + token[1] + "; tropa-lang=" + lang)
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build());
    }

    /** The end of the app's log, for a failure message: what the app saw when it answered. */
    private static String tail(AppProcess app) {
        String log = app.output();
        return log.substring(Math.max(0, log.length() - 6_000));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private String body(Map<String, Object> fields) throws IOException {
        return json.writeValueAsString(fields);
    }

    private static void created(HttpResponse<String> r) {
        assertTrue(r.statusCode() / 100 == 2, r.statusCode() + " " + r.body());
    }
}
