package app.tropa.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.tropa.it.KillDuringWritesIT.jsonOf;
import static app.tropa.it.KillDuringWritesIT.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the learner wrote and was told was saved, and what they sent without an answer. Each write
 * carries a marker of its own, so after a restart every write can be looked up through the API the
 * learner uses: acknowledged ones must be there; unanswered ones whole or absent, after which the
 * ledger takes what it found as the truth.
 */
final class LearnerLedger {

    static final String TUTOR_ANSWER = "Окно контекста — это то, что модель держит перед глазами. ✓";
    static final String TERM = "crash-context-window";
    static final String DONE_STEP = "why-your-own-ai";
    static final String[] NOTE_STEPS = {"first-conversations", "what-tuning-changes", "what-building-means"};
    static final String[] ZONES = {"Europe/Moscow", "Asia/Tokyo", "America/New_York", "Europe/Berlin"};

    enum Kind { ENTRY, REVISION, LETTER, METAPHOR, CARD, REVIEW, NOTE, REVISIT, TALK, PACE, ZONE }

    /** A write whose answer is awaited. */
    final class Pending {
        private final Kind kind;
        private final String marker;
        private final CompletableFuture<HttpResponse<String>> response;
        private final long target;
        private final String before;

        Pending(Kind kind, String marker, CompletableFuture<HttpResponse<String>> response, long target, String before) {
            this.kind = kind;
            this.marker = marker;
            this.response = response;
            this.target = target;
            this.before = before;
        }

        CompletableFuture<HttpResponse<String>> response() {
            return response;
        }

        void acknowledge(HttpResponse<String> answer) throws Exception {
            acknowledged++;
            switch (kind) {
                case ENTRY -> {
                    long id = json.readTree(answer.body()).path("id").asLong();
                    entries.put(id, marker);
                    revisions.put(id, 1);
                }
                case REVISION -> {
                    entries.put(target, marker);
                    revisions.merge(target, 1, Integer::sum);
                }
                case LETTER -> letters.add(json.readTree(answer.body()).path("id").asLong());
                case METAPHOR -> metaphors.add(marker);
                case CARD -> cards.add(marker);
                case REVIEW -> reviews++;
                case NOTE -> notes.add(marker);
                case REVISIT -> revisits.add(marker);
                case TALK -> {
                    long id = json.readTree(answer.body()).path("id").asLong();
                    talks.put(id, marker);
                    answeredTalks.add(id);
                }
                case PACE -> pace = paceOf(marker);
                case ZONE -> zone = zoneOf(marker);
            }
        }

        void uncertain() {
            unanswered++;
            switch (kind) {
                case ENTRY -> maybeEntries.add(marker);
                case REVISION -> maybeRevision.put(target, new String[] {before, marker});
                case LETTER -> maybeLetters++;
                case METAPHOR -> maybeMetaphors.add(marker);
                case CARD -> maybeCards.add(marker);
                case REVIEW -> maybeReviews++;
                case NOTE -> maybeNotes.add(marker);
                case REVISIT -> maybeRevisits.add(marker);
                case TALK -> maybeTalks.add(marker);
                case PACE -> maybePace.add(paceOf(marker));
                case ZONE -> maybeZone.add(zoneOf(marker));
            }
        }
    }

    private final ObjectMapper json;
    private int acknowledged;
    private int unanswered;
    private int unansweredFound;
    private final Map<Long, String> entries = new LinkedHashMap<>();
    private final Map<Long, Integer> revisions = new HashMap<>();
    private final Set<String> maybeEntries = new HashSet<>();
    private final Map<Long, String[]> maybeRevision = new HashMap<>();
    private final Set<Long> letters = new HashSet<>();
    private int maybeLetters;
    private final List<String> metaphors = new ArrayList<>();
    private final Set<String> maybeMetaphors = new HashSet<>();
    private final List<String> cards = new ArrayList<>();
    private final Set<String> maybeCards = new HashSet<>();
    private int reviews;
    private int maybeReviews;
    private final Set<String> notes = new HashSet<>();
    private final Set<String> maybeNotes = new HashSet<>();
    private final Set<String> revisits = new HashSet<>();
    private final Set<String> maybeRevisits = new HashSet<>();
    private final Map<Long, String> talks = new HashMap<>();
    private final Set<String> maybeTalks = new HashSet<>();
    /** Talks known to hold the tutor's answer; one found after a kill may hold only the learner's message. */
    private final Set<Long> answeredTalks = new HashSet<>();
    private String pace;
    private final Set<String> maybePace = new HashSet<>();
    private String zone;
    private final Set<String> maybeZone = new HashSet<>();
    private final Map<AppProcess, String[]> formTokens = new HashMap<>();

    LearnerLedger(ObjectMapper json) {
        this.json = json;
    }

    int acknowledgedCount() {
        return acknowledged;
    }

    String summary() {
        return "unanswered writes " + unanswered + " (found whole after restart: " + unansweredFound + "); entries " + entries.size() + ", letters " + letters.size() + ", metaphors " + metaphors.size()
                + ", cards " + cards.size() + ", reviews " + reviews + ", notes " + notes.size() + ", revisits "
                + revisits.size() + ", talks " + talks.size();
    }

    /** A term with a card (so it can be reviewed) and a done step (so it can be revisited). */
    void setUp(AppProcess app) throws Exception {
        ok(app.postJson("/api/terms", KillDuringWritesIT.body(Map.of("title", TERM, "definition",
                "Сколько текста модель видит сразу."))), "a term");
        ok(app.sendRequest(app.request("/api/terms/" + TERM + "/card").header("Content-Type", "application/json")
                .PUT(jsonOf(Map.of("statement", "setup card"))).build()), "its card");
        cards.add("setup card");
        ok(app.putJson("/api/progress/" + DONE_STEP, KillDuringWritesIT.body(Map.of("status", "done"))), "a done step");
        Matcher m = SELECTED_ZONE.matcher(app.get("/settings").body());
        assertTrue(m.find(), "the settings page shows a zone");
        zone = m.group(1);
    }

    /** Sends a write and waits for its answer, which must be a success. */
    void acknowledged(AppProcess app, Kind kind, String tag) throws Exception {
        Pending p = send(app, kind, tag);
        HttpResponse<String> answer = p.response().get();
        ok(answer, kind + " " + p.marker);
        p.acknowledge(answer);
    }

    Pending send(AppProcess app, Kind kind, String tag) throws Exception {
        String marker = "kdw" + tag + " · запись ✓ " + kind.name().toLowerCase();
        Long id = kind == Kind.REVISION ? anEntry() : null;
        if (id != null) {
            return new Pending(kind, marker, app.sendAsync(put(app, "/api/reflections/" + id, Map.of("body", marker))),
                    id, entries.get(id));
        }
        HttpRequest request = switch (kind) {
            case ENTRY, REVISION -> post(app, "/api/reflections", Map.of("body", marker));
            case LETTER -> post(app, "/api/letters", Map.of("body", marker, "openOn",
                    LocalDate.now().plusYears(1).toString()));
            case METAPHOR -> post(app, "/api/terms/" + TERM + "/metaphors", Map.of("text", marker));
            case CARD -> put(app, "/api/terms/" + TERM + "/card", Map.of("statement", marker));
            case REVIEW -> post(app, "/api/reviews", Map.of("termId", TERM, "grade", "good"));
            case NOTE -> put(app, "/api/progress/" + NOTE_STEPS[Math.abs(marker.hashCode()) % NOTE_STEPS.length],
                    Map.of("note", marker));
            case REVISIT -> post(app, "/api/revisits/" + DONE_STEP, Map.of("grade", "good", "answer", marker,
                    "checkpoints", List.of()));
            case TALK -> post(app, "/api/tutor/talks", Map.of("about", Map.of("type", "node", "id", DONE_STEP),
                    "message", marker));
            case PACE -> put(app, "/api/pace", Map.of("targets", Map.of("integration", paceOf(marker))));
            case ZONE -> zoneForm(app, zoneOf(marker));
        };
        Kind sent = kind == Kind.REVISION ? Kind.ENTRY : kind;
        return new Pending(sent, marker, app.sendAsync(request), 0, null);
    }

    /** The newest acknowledged entry with no revision in flight, if any. */
    private Long anEntry() {
        return entries.keySet().stream().filter(id -> !maybeRevision.containsKey(id)).reduce((a, b) -> b).orElse(null);
    }

    private static String paceOf(String marker) {
        return LocalDate.of(2027, 1, 1).plusDays(Math.abs(marker.hashCode()) % 700).toString();
    }

    private static String zoneOf(String marker) {
        return ZONES[Math.abs(marker.hashCode()) % ZONES.length];
    }

    private HttpRequest post(AppProcess app, String path, Map<String, ?> body) {
        return app.request(path).header("Content-Type", "application/json").POST(jsonOf(body)).build();
    }

    private HttpRequest put(AppProcess app, String path, Map<String, ?> body) {
        return app.request(path).header("Content-Type", "application/json").PUT(jsonOf(body)).build();
    }

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile("tropa-csrf=([^;]+)");
    private static final Pattern SELECTED_ZONE = Pattern.compile("<option selected>([^<]+)</option>");

    /** The settings form, as a browser sends it: with this browser's form token and its cookie. */
    private HttpRequest zoneForm(AppProcess app, String zone) throws Exception {
        String[] token = formTokens.get(app);
        if (token == null) {
            HttpResponse<String> page = app.get("/settings");
            Matcher t = FORM_TOKEN.matcher(page.body());
            Matcher c = COOKIE.matcher(page.headers().firstValue("Set-Cookie").orElse(""));
            assertTrue(t.find() && c.find(), "the settings page gives a form token");
            token = new String[] {t.group(1), c.group(1)};
            formTokens.put(app, token);
        }
        String form = "_csrf=" + URLEncoder.encode(token[0], StandardCharsets.UTF_8) + "&zone="
                + URLEncoder.encode(zone, StandardCharsets.UTF_8);
        return app.request("/settings/time-zone").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "tropa-csrf=" + token[1]).POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    /** Everything acknowledged is there; everything unanswered is whole or absent, and is then taken as found. */
    void verify(AppProcess app) throws Exception {
        verifyEntries(app);
        verifyLetters(app);
        verifyVersions(app, "/api/terms/" + TERM + "/metaphors", "text", metaphors, maybeMetaphors, "metaphor");
        verifyVersions(app, "/api/terms/" + TERM + "/card/history", "statement", cards, maybeCards, "card");
        verifyReviews(app);
        verifyNotes(app);
        verifyRevisits(app);
        verifyTalks(app);
        verifySettings(app);
    }

    private JsonNode read(AppProcess app, String path) throws Exception {
        return KillDuringWritesIT.read(json, app.get(path), path);
    }

    private void verifyEntries(AppProcess app) throws Exception {
        for (Map.Entry<Long, String[]> r : maybeRevision.entrySet()) {
            String body = read(app, "/api/reflections/" + r.getKey()).path("body").asText();
            assertTrue(body.equals(r.getValue()[0]) || body.equals(r.getValue()[1]),
                    "an unanswered revision left the entry whole: " + body);
            if (body.equals(r.getValue()[1])) {
                unansweredFound++;
                entries.put(r.getKey(), body);
                revisions.merge(r.getKey(), 1, Integer::sum);
            }
        }
        maybeRevision.clear();
        for (Map.Entry<Long, String> e : entries.entrySet()) {
            assertEquals(e.getValue(), read(app, "/api/reflections/" + e.getKey()).path("body").asText(),
                    "acknowledged entry " + e.getKey());
            assertEquals(revisions.get(e.getKey()), read(app, "/api/reflections/" + e.getKey() + "/revisions").size(),
                    "revisions of entry " + e.getKey());
        }
        for (String marker : maybeEntries) {
            List<JsonNode> found = search(app, marker);
            assertTrue(found.size() <= 1, "an unanswered entry is there at most once: " + marker);
            if (found.size() == 1) {
                assertEquals(marker, found.get(0).path("body").asText());
                unansweredFound++;
                entries.put(found.get(0).path("id").asLong(), marker);
                revisions.put(found.get(0).path("id").asLong(), 1);
            }
        }
        maybeEntries.clear();
    }

    private List<JsonNode> search(AppProcess app, String marker) throws Exception {
        String word = marker.substring(0, marker.indexOf(' '));
        List<JsonNode> found = new ArrayList<>();
        read(app, "/api/reflections?size=100&q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)).path("items")
                .forEach(i -> {
                    if (i.path("body").asText().startsWith(word + " ")) {
                        found.add(i);
                    }
                });
        return found;
    }

    private void verifyLetters(AppProcess app) throws Exception {
        Set<Long> found = new HashSet<>();
        read(app, "/api/letters").path("items").forEach(l -> found.add(l.path("id").asLong()));
        assertTrue(found.containsAll(letters), "acknowledged letters " + letters + " in " + found);
        assertTrue(found.size() <= letters.size() + maybeLetters, "no letter appears from nowhere");
        unansweredFound += found.size() - letters.size();
        letters.addAll(found);
        maybeLetters = 0;
    }

    private void verifyVersions(AppProcess app, String path, String field, List<String> kept, Set<String> maybe,
            String what) throws Exception {
        List<String> found = new ArrayList<>();
        read(app, path).forEach(v -> found.add(v.path(field).asText()));
        assertTrue(found.containsAll(kept), "acknowledged " + what + "s " + kept + " in " + found);
        for (String f : found) {
            assertTrue(kept.contains(f) || maybe.contains(f), "a " + what + " is whole and was sent: " + f);
            assertEquals(1, found.stream().filter(f::equals).count(), "a " + what + " is there once: " + f);
            if (!kept.contains(f)) {
                unansweredFound++;
                kept.add(f);
            }
        }
        maybe.clear();
    }

    private void verifyReviews(AppProcess app) throws Exception {
        int reps = read(app, "/api/terms/" + TERM).path("review").path("reps").asInt();
        assertTrue(reps >= reviews && reps <= reviews + maybeReviews,
                "reviews: " + reps + " counted, " + reviews + " acknowledged, " + maybeReviews + " unanswered");
        unansweredFound += reps - reviews;
        reviews = reps;
        maybeReviews = 0;
    }

    private void verifyNotes(AppProcess app) throws Exception {
        Set<String> found = new HashSet<>();
        read(app, "/api/progress/events?limit=5000").forEach(e -> {
            if (e.path("to").asText().startsWith("kdw")) {
                assertTrue(found.add(e.path("to").asText()), "a note is there once: " + e.path("to").asText());
            }
        });
        assertTrue(found.containsAll(notes), "acknowledged notes are there");
        for (String f : found) {
            assertTrue(notes.contains(f) || maybeNotes.contains(f), "a note is whole and was sent: " + f);
        }
        unansweredFound += found.size() - notes.size();
        notes.addAll(found);
        maybeNotes.clear();
    }

    private void verifyRevisits(AppProcess app) throws Exception {
        JsonNode history = read(app, "/api/revisits/" + DONE_STEP + "/history");
        Set<String> found = new HashSet<>();
        for (JsonNode past : history) {
            assertTrue(past.hasNonNull("reflectionId"), "a revisit keeps its answer: " + past);
            String answer = read(app, "/api/reflections/" + past.path("reflectionId").asLong()).path("body").asText();
            assertTrue(revisits.contains(answer) || maybeRevisits.contains(answer), "a revisit is whole: " + answer);
            found.add(answer);
        }
        assertTrue(found.containsAll(revisits), "acknowledged revisits are there");
        for (String marker : maybeRevisits) {
            if (!found.contains(marker)) {
                assertTrue(search(app, marker).isEmpty(), "an unanswered revisit left no answer behind: " + marker);
            }
        }
        assertEquals(found.size(), history.size(), "each revisit once");
        unansweredFound += found.size() - revisits.size();
        revisits.addAll(found);
        maybeRevisits.clear();
    }

    private void verifyTalks(AppProcess app) throws Exception {
        JsonNode items = read(app, "/api/tutor/talks").path("items");
        Set<Long> seen = new HashSet<>();
        for (JsonNode summary : items) {
            long id = summary.path("id").asLong();
            seen.add(id);
            JsonNode messages = read(app, "/api/tutor/talks/" + id).path("messages");
            String asked = messages.path(0).path("text").asText();
            assertTrue(asked.equals(talks.get(id)) || (!talks.containsKey(id) && maybeTalks.contains(asked)),
                    "a talk begins with a whole message that was sent: " + asked);
            if (answeredTalks.contains(id) || messages.size() > 1) {
                assertEquals(TUTOR_ANSWER, messages.path(1).path("text").asText(), "the tutor's answer is whole");
                answeredTalks.add(id);
            } else {
                assertEquals("waiting", messages.path(0).path("state").asText(),
                        "a message the kill left unanswered waits to be asked again");
            }
            if (talks.putIfAbsent(id, asked) == null) {
                unansweredFound++;
            }
        }
        assertTrue(seen.containsAll(talks.keySet()), "acknowledged talks are there");
        maybeTalks.clear();
    }

    private void verifySettings(AppProcess app) throws Exception {
        if (pace != null || !maybePace.isEmpty()) {
            String found = read(app, "/api/pace").path("targets").path("integration").asText(null);
            assertTrue(java.util.Objects.equals(found, pace) || maybePace.contains(found), "pace target " + found);
            pace = found;
            maybePace.clear();
        }
        if (zone != null || !maybeZone.isEmpty()) {
            Matcher m = SELECTED_ZONE.matcher(app.get("/settings").body());
            assertTrue(m.find(), "the settings page shows a zone");
            assertTrue(m.group(1).equals(zone) || maybeZone.contains(m.group(1)), "time zone " + m.group(1));
            zone = m.group(1);
            maybeZone.clear();
        }
    }
}
