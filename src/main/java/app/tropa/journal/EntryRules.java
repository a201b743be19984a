package app.tropa.journal;

import app.tropa.curriculum.Curriculum;
import app.tropa.http.Problem;
import app.tropa.http.QueryValues;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Checks what the learner sends before anything is stored: every refusal is a 400 naming the
 * field. Text is never changed — not trimmed, not normalised — except that tags lose outer spaces.
 */
public final class EntryRules {

    /** Well beyond the 100,000 characters the journal promises; counted in Unicode code points. */
    public static final int MAX_BODY = 200_000;
    public static final int MAX_FIELD = 20_000;
    public static final int MAX_TAGS = 30;
    public static final int MAX_TAG = 60;

    private EntryRules() {
    }

    /** What the entry falls back to for fields the input leaves out. */
    public record Defaults(LocalDate date, EntryKind kind, String phase) {
    }

    /**
     * @param knownTerm whether a term id is in the learner's glossary (the curriculum's terms and
     *                  their own)
     */
    public static EntryContent check(EntryInput in, Curriculum curriculum, Predicate<String> knownTerm,
            Defaults defaults) {
        if (in == null) {
            throw Problem.badRequest("missing-body", "Send a JSON body such as {\"body\":\"Today I understood…\"}.",
                    Map.of("field", "body"));
        }
        LocalDate date = date("date", in.date(), defaults.date());
        EntryKind kind = kind(in.kind(), defaults.kind());
        String body = body(in.body());
        List<String> nodes = known("nodeIds", "unknown-node", "node of the curriculum", in.nodeIds(),
                id -> curriculum.node(id).isPresent());
        List<String> terms = known("termIds", "unknown-term", "term of the glossary", in.termIds(), knownTerm);
        List<String> tags = tags(in.tags());
        FieldInstruction fi = fieldInstruction(kind, in.fieldInstruction(), curriculum, defaults.phase());
        return new EntryContent(date, kind, body, nodes, terms, tags, fi);
    }

    static LocalDate date(String field, String value, LocalDate fallback) {
        LocalDate day = QueryValues.day(field, value);
        return day == null ? fallback : day;
    }

    static EntryKind kind(String value, EntryKind fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return EntryKind.parse(value.strip()).orElseThrow(() -> Problem.badRequest("invalid-kind", "kind '" + value
                + "' is not one of " + String.join(", ", EntryKind.codes()) + ".",
                Map.of("field", "kind", "allowed", EntryKind.codes())));
    }

    /** The body as typed; blank counts as missing. */
    public static String body(String body) {
        if (body == null || body.isBlank()) {
            throw Problem.badRequest("missing-body", "body is missing: write something before saving.",
                    Map.of("field", "body"));
        }
        int length = body.codePointCount(0, body.length());
        if (length > MAX_BODY) {
            throw Problem.badRequest("body-too-long", "body has " + length + " characters; at most " + MAX_BODY
                    + " fit in one entry. Split it into two.", Map.of("field", "body", "max", MAX_BODY));
        }
        return body;
    }

    private static List<String> known(String field, String error, String what, List<String> ids,
            Predicate<String> known) {
        if (ids == null) {
            return List.of();
        }
        LinkedHashSet<String> result = new LinkedHashSet<>();
        for (String id : ids) {
            if (id == null || !known.test(id.strip())) {
                throw Problem.badRequest(error, field + " names " + (id == null ? "null" : "'" + id + "'")
                        + ", which is not a " + what + ".", Map.of("field", field,
                        "id", String.valueOf(id)));
            }
            result.add(id.strip());
        }
        return new ArrayList<>(result);
    }

    static List<String> tags(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        List<String> tags = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String value : raw) {
            String tag = value == null ? "" : value.strip().replaceAll("\\s+", " ");
            tag = tag.startsWith("#") ? tag.substring(1).strip() : tag;
            if (tag.isEmpty()) {
                continue;
            }
            if (tag.contains(",")) {
                throw Problem.badRequest("invalid-tag", "The tag '" + tag + "' contains a comma; tags are "
                        + "separated by commas, so one tag cannot hold one.", Map.of("field", "tags"));
            }
            if (tag.codePointCount(0, tag.length()) > MAX_TAG) {
                throw Problem.badRequest("invalid-tag", "The tag '" + tag + "' is longer than " + MAX_TAG
                        + " characters.", Map.of("field", "tags"));
            }
            if (seen.add(tag.toLowerCase(Locale.ROOT))) {
                tags.add(tag);
            }
        }
        if (tags.size() > MAX_TAGS) {
            throw Problem.badRequest("too-many-tags", "An entry takes at most " + MAX_TAGS + " tags; this one has "
                    + tags.size() + ".", Map.of("field", "tags"));
        }
        return tags;
    }

    static FieldInstruction fieldInstruction(EntryKind kind, FieldInstruction fi, Curriculum curriculum,
            String currentPhase) {
        if (kind != EntryKind.FIELD_INSTRUCTION) {
            if (fi != null && !fi.isEmpty()) {
                throw Problem.badRequest("not-a-field-instruction", "fieldInstruction belongs to entries of kind "
                        + "field-instruction; set kind to field-instruction or leave it out.",
                        Map.of("field", "fieldInstruction"));
            }
            return null;
        }
        FieldInstruction given = fi == null ? new FieldInstruction(null, null, null, null, null) : fi;
        String phase = given.phase() == null || given.phase().isBlank() ? currentPhase : given.phase().strip();
        if (phase != null && curriculum.phase(phase).isEmpty()) {
            throw Problem.badRequest("unknown-phase", "fieldInstruction.phase '" + phase + "' is not a phase of the "
                    + "curriculum.", Map.of("field", "fieldInstruction.phase"));
        }
        Integer depth = given.depth();
        if (depth != null && (depth < 1 || depth > 5)) {
            throw Problem.badRequest("invalid-depth", "fieldInstruction.depth is " + depth + "; depth of "
                    + "understanding goes from 1 to 5.", Map.of("field", "fieldInstruction.depth"));
        }
        return new FieldInstruction(phase, text("attentionPattern", given.attentionPattern()), depth,
                text("assemblyPoint", given.assemblyPoint()), text("vectorQuestion", given.vectorQuestion()));
    }

    private static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.codePointCount(0, value.length()) > MAX_FIELD) {
            throw Problem.badRequest("field-too-long", "fieldInstruction." + name + " is longer than " + MAX_FIELD
                    + " characters; the free text below takes the rest.",
                    Map.of("field", "fieldInstruction." + name, "max", MAX_FIELD));
        }
        return value;
    }
}
