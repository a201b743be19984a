package app.tropa.curriculum;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Loads a curriculum folder: {@code curriculum.yaml} (phases and rungs), {@code glossary.yaml}
 * (terms) and {@code nodes/**.md} (one node per file, YAML front matter and a Markdown lesson).
 * Every problem found is collected and reported together; a curriculum with any problem is
 * never returned half-loaded.
 */
public final class CurriculumLoader {

    static final String RUSSIAN_BODY_MARKER = "<!-- ru -->";

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    public Curriculum load(Path root) {
        List<CurriculumProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            problems.add(new CurriculumProblem(root.toString(), "is not a folder"));
            throw new InvalidCurriculumException(root.toString(), problems);
        }
        List<Phase> phases = new ArrayList<>();
        List<Rung> rungs = new ArrayList<>();
        readMap(root, "curriculum.yaml", problems, fields -> {
            phases.addAll(fields.list("phases", (item, where) -> phase(fields.nested(item, where))));
            rungs.addAll(fields.list("rungs", (item, where) -> rung(fields.nested(item, where))));
        });
        List<Term> terms = new ArrayList<>();
        readMap(root, "glossary.yaml", problems,
                fields -> terms.addAll(fields.list("terms", (item, where) -> term(fields.nested(item, where)))));
        List<Node> nodes = new ArrayList<>();
        for (Path file : nodeFiles(root, problems)) {
            node(root, file, problems).ifPresent(nodes::add);
        }
        problems.addAll(new CurriculumValidator(phases, rungs, nodes, terms).validate());
        if (!problems.isEmpty()) {
            throw new InvalidCurriculumException(root.toString(), problems);
        }
        return new Curriculum(version(root), phases, rungs, nodes, terms);
    }

    private interface MapReader {
        void read(Fields fields);
    }

    private void readMap(Path root, String name, List<CurriculumProblem> problems, MapReader reader) {
        Path file = root.resolve(name);
        if (!Files.isRegularFile(file)) {
            problems.add(new CurriculumProblem(name, "file is missing"));
            return;
        }
        parse(read(file), name, problems).ifPresent(tree -> reader.read(new Fields(tree, name, "", problems)));
    }

    private java.util.Optional<JsonNode> parse(String text, String file, List<CurriculumProblem> problems) {
        try {
            JsonNode tree = yaml.readTree(text);
            if (tree == null || !tree.isObject()) {
                problems.add(new CurriculumProblem(file, "must hold a YAML mapping (key: value lines)"));
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(tree);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            problems.add(new CurriculumProblem(file, "is not valid YAML" + where + ": " + e.getOriginalMessage()));
            return java.util.Optional.empty();
        }
    }

    private static Phase phase(Fields f) {
        String id = f.string("id", true);
        Integer order = f.integer("order", true);
        Text title = f.text("title", true, true);
        Text mode = f.text("mode", false, false);
        Text goal = f.text("goal", false, false);
        Text risk = f.text("risk", false, false);
        Text overcoming = f.text("overcoming", false, false);
        if (id == null || order == null || title == null) {
            return null;
        }
        return new Phase(id, order, title, mode, goal, risk, overcoming);
    }

    private static Rung rung(Fields f) {
        String id = f.string("id", true);
        Integer order = f.integer("order", true);
        Text title = f.text("title", true, true);
        Text summary = f.text("summary", false, false);
        if (id == null || order == null || title == null) {
            return null;
        }
        return new Rung(id, order, title, summary);
    }

    private static Term term(Fields f) {
        String id = f.string("id", true);
        Text title = f.text("title", true, true);
        Text definition = f.text("definition", true, true);
        List<String> related = f.strings("related");
        Text sample = f.text("sampleMetaphor", false, false);
        if (id == null || title == null || definition == null) {
            return null;
        }
        return new Term(id, title, definition, related, sample == Text.EMPTY ? null : sample);
    }

    private List<Path> nodeFiles(Path root, List<CurriculumProblem> problems) {
        Path nodes = root.resolve("nodes");
        if (!Files.isDirectory(nodes)) {
            problems.add(new CurriculumProblem("nodes/", "folder is missing"));
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(nodes)) {
            return walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".md"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + nodes, e);
        }
    }

    private java.util.Optional<Node> node(Path root, Path path, List<CurriculumProblem> problems) {
        String file = root.relativize(path).toString().replace('\\', '/');
        var split = FrontMatter.split(read(path));
        if (split.isEmpty()) {
            problems.add(new CurriculumProblem(file, "has no YAML front matter (the file must open with a '---' line "
                    + "and the front matter must end with another)"));
            return java.util.Optional.empty();
        }
        return parse(split.get().yaml(), file, problems)
                .map(tree -> node(new Fields(tree, file, "", problems), path, split.get().body()));
    }

    private static Node node(Fields f, Path path, String markdown) {
        String id = f.string("id", true);
        String phase = f.string("phase", true);
        String rung = f.string("rung", true);
        Integer order = f.integer("order", true);
        Text title = f.text("title", true, true);
        Text summary = f.text("summary", true, true);
        List<String> prerequisites = f.strings("prerequisites");
        List<String> terms = f.strings("terms");
        List<Text> checkpoints = f.list("checkpoints", (item, where) -> f.text(item, where, false));
        List<Node.Exercise> exercises = f.list("exercises", (item, where) -> exercise(f.nested(item, where)));
        List<Node.Resource> resources = f.list("resources", (item, where) -> resource(f.nested(item, where)));
        Text attention = f.text("attentionPattern", false, false);
        Text vector = f.text("vectorQuestion", false, false);
        Double effort = f.number("effortHours");
        String deadEndReason = f.string("deadEndReason", false);
        Text body = body(markdown);
        String expectedName = path.getFileName().toString().replaceFirst("\\.md$", "");
        if (id != null && !id.equals(expectedName)) {
            f.problem("id '" + id + "' does not match the file name '" + expectedName + ".md'");
        }
        if (!body.hasEn()) {
            f.problem("has no lesson: the English Markdown body after the front matter is empty");
        }
        if (Stream.of(id, phase, rung, order, title, summary).anyMatch(Objects::isNull)) {
            return null;
        }
        return new Node(id, phase, rung, order, title, summary, prerequisites, terms, checkpoints, exercises,
                resources, attention, vector, effort == null ? 0 : effort, deadEndReason, body, f.file());
    }

    private static Node.Exercise exercise(Fields f) {
        Text task = f.text("task", true, false);
        Text expected = f.text("expected", false, false);
        return task == null ? null : new Node.Exercise(task, expected);
    }

    private static Node.Resource resource(Fields f) {
        String title = f.string("title", true);
        String url = f.string("url", true);
        if (url != null && !(url.startsWith("https://") || url.startsWith("http://"))) {
            f.problem("resource url '" + url + "' must start with https:// or http://");
            return null;
        }
        return title == null || url == null ? null : new Node.Resource(title, url);
    }

    /** The English lesson, then optionally a line {@code <!-- ru -->} and the Russian one. */
    static Text body(String markdown) {
        String[] parts = markdown.split("(?m)^" + RUSSIAN_BODY_MARKER + "\\s*$", 2);
        String en = parts[0].strip();
        String ru = parts.length > 1 ? parts[1].strip() : "";
        return new Text(en, ru);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }

    /** A content hash of every file in the folder: changes whenever any text changes. */
    private static String version(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(root.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + root, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
