package app.tropa.exchange;

import app.tropa.curriculum.Node;
import app.tropa.curriculum.Phase;
import app.tropa.curriculum.Rung;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The Markdown vault: a zip that reads without Tropa and opens as an Obsidian vault. An
 * {@code index.md} "map of meaning" links, with {@code [[wiki links]]}, one file per phase (steps,
 * statuses, checkpoints, notes), per term ({@code glossary/<term>.md}: definition, the metaphor's
 * timeline, the card), per journal entry ({@code journal/YYYY/YYYY-MM-DD-<slug>.md} with YAML front
 * matter), per letter (sealed ones as their existence only, unless asked) and per talk with the
 * tutor ({@code talks/YYYY-MM-DD-<title>.md}: front matter, a link to what it is about, the messages);
 * the review questions the learner kept are in one {@code questions.md}, by step, and each step
 * with questions links it.
 * Every file name is made of {@code [a-z0-9-]} by {@link Slugs}. Journal entries and talks are
 * written one at a time; the trash stays out.
 */
final class MarkdownVault {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ExportTerms terms;
    private final ExportData data;
    private final ExchangeMsg m;
    private final ZoneId zone;
    private final Instant now;
    private final boolean includeSealed;
    private final ZipOutputStream zip;
    private final Set<String> names = new HashSet<>();
    private final Map<String, String> termFiles = new HashMap<>();
    private final Map<String, String> phaseFiles = new HashMap<>();
    /** Live journal entries by the moment they were written: how a talk names the entry it is about. */
    private final Map<Instant, Listed> entryFiles = new HashMap<>();
    /** Kept review questions by step, the steps in the curriculum's order, then steps it no longer has. */
    private final Map<String, List<Records.ReviewQuestion>> questions = new LinkedHashMap<>();
    /** Revisits by step, oldest first. */
    private final Map<String, List<Records.Revisit>> revisits = new HashMap<>();
    private String questionsFile;

    private MarkdownVault(ExportTerms terms, ExportData data, ExchangeMsg m, ZoneId zone, Instant now,
            boolean includeSealed, OutputStream out) {
        this.terms = terms;
        this.data = data;
        this.m = m;
        this.zone = zone;
        this.now = now;
        this.includeSealed = includeSealed;
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    }

    static void write(ExportTerms terms, ExportData data, ExchangeMsg m, ZoneId zone, Instant now,
            boolean includeSealed, OutputStream out) {
        MarkdownVault vault = new MarkdownVault(terms, data, m, zone, now, includeSealed, out);
        try {
            vault.all();
            vault.zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Listed(String file, String title) {
    }

    private void all() throws IOException {
        for (Phase p : terms.curriculum().phases()) {
            phaseFiles.put(p.id(), unique("phases/" + p.order() + "-" + Slugs.of(p.id(), "phase", 120)));
        }
        for (ExportTerms.TermInfo t : terms.terms()) {
            termFiles.put(t.id(), unique("glossary/" + Slugs.of(t.id(), "term", 120)));
        }
        groupQuestions();
        data.revisits().stream().sorted(java.util.Comparator.comparing(Records.Revisit::revisitedAt))
                .forEach(r -> revisits.computeIfAbsent(r.nodeId(), k -> new ArrayList<>()).add(r));
        Map<String, Records.Progress> progress = new HashMap<>();
        data.progress().forEach(p -> progress.put(p.nodeId(), p));
        for (Phase p : terms.curriculum().phases()) {
            phase(p, progress);
        }
        for (ExportTerms.TermInfo t : terms.terms()) {
            term(t);
        }
        questions();
        TreeMap<String, List<Listed>> journal = new TreeMap<>();
        data.eachReflection(r -> entry(r, journal));
        List<Listed> letters = new ArrayList<>();
        data.eachLetter(l -> letter(l, letters));
        List<Listed> talks = new ArrayList<>();
        data.eachTalk(t -> talk(t, talks));
        index(progress, journal, letters, talks);
    }

    private void index(Map<String, Records.Progress> progress, TreeMap<String, List<Listed>> journal,
            List<Listed> letters, List<Listed> talks) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append(frontMatter(Map.of("title", m.vault_map_title(), "exported", now.toString())));
        b.append("# ").append(m.vault_map_title()).append("\n\n");
        b.append(m.vault_map_intro(day(now))).append("\n\n");
        int[] all = count(terms.curriculum().nodes(), progress);
        b.append(m.vault_progress(String.valueOf(all[0]), String.valueOf(all[1]),
                String.valueOf(all[1] == 0 ? 0 : 100 * all[0] / all[1]))).append("\n\n");
        b.append("## ").append(m.vault_phases()).append("\n\n");
        for (Phase p : terms.curriculum().phases()) {
            int[] c = count(terms.curriculum().nodes().stream().filter(n -> n.phase().equals(p.id())).toList(),
                    progress);
            b.append("- ").append(link(phaseFiles.get(p.id()), p.title().in(terms.lang()))).append(" — ")
                    .append(m.vault_phase_count(String.valueOf(c[0]), String.valueOf(c[1]))).append('\n');
        }
        retired(progress, b);
        b.append("\n## ").append(m.vault_glossary()).append("\n\n");
        for (ExportTerms.TermInfo t : terms.terms()) {
            var metaphor = terms.metaphor(t.id());
            if (metaphor.isPresent() || t.own() || terms.card(t.id()).isPresent()) {
                b.append("- ").append(link(termFiles.get(t.id()), t.title()));
                metaphor.ifPresent(v -> b.append(" — “").append(oneLine(v.text())).append('”'));
                b.append('\n');
            }
        }
        if (!journal.isEmpty()) {
            b.append("\n## ").append(m.vault_journal()).append('\n');
            journal.descendingMap().forEach((year, entries) -> {
                b.append("\n### ").append(year).append("\n\n");
                entries.forEach(e -> b.append("- ").append(link(e.file(), e.title())).append('\n'));
            });
        }
        if (questionsFile != null) {
            b.append("\n## ").append(m.vault_questions()).append("\n\n- ")
                    .append(link(questionsFile, m.vault_questions())).append(" — ")
                    .append(m.vault_questions_count(String.valueOf(data.reviewQuestions().size()))).append('\n');
        }
        if (!letters.isEmpty()) {
            b.append("\n## ").append(m.vault_letters()).append("\n\n");
            letters.forEach(l -> b.append("- ").append(link(l.file(), l.title())).append('\n'));
        }
        if (!talks.isEmpty()) {
            b.append("\n## ").append(m.vault_talks()).append("\n\n");
            talks.forEach(t -> b.append("- ").append(link(t.file(), t.title())).append('\n'));
        }
        put("index.md", b.toString());
    }

    /** Steps that left the curriculum but keep the learner's progress. */
    private void retired(Map<String, Records.Progress> progress, StringBuilder b) {
        List<Records.Progress> gone = progress.values().stream()
                .filter(p -> terms.curriculum().node(p.nodeId()).isEmpty())
                .sorted((a, c) -> a.nodeId().compareTo(c.nodeId())).toList();
        if (gone.isEmpty()) {
            return;
        }
        b.append("\n### ").append(m.vault_retired()).append("\n\n");
        for (Records.Progress p : gone) {
            b.append("- ").append(p.nodeId()).append(" — ").append(ExchangeWords.status(p.status(), m));
            if (p.note() != null && !p.note().isBlank()) {
                b.append(" — ").append(oneLine(p.note()));
            }
            b.append('\n');
        }
    }

    private static int[] count(List<Node> nodes, Map<String, Records.Progress> progress) {
        int done = 0;
        int total = 0;
        for (Node n : nodes) {
            String status = progress.containsKey(n.id()) ? progress.get(n.id()).status() : "not_started";
            if (!status.equals("skipped")) {
                total++;
                done += status.equals("done") ? 1 : 0;
            }
        }
        return new int[] {done, total};
    }

    private void phase(Phase phase, Map<String, Records.Progress> progress) throws IOException {
        var lang = terms.lang();
        Map<String, Object> front = new LinkedHashMap<>();
        front.put("phase", phase.id());
        front.put("title", phase.title().in(lang));
        front.put("order", phase.order());
        front.put("tags", List.of("phase"));
        StringBuilder b = new StringBuilder(frontMatter(front));
        b.append("# ").append(phase.title().in(lang)).append("\n\n");
        b.append("> ").append(oneLine(ExportTerms.in(phase.goal(), lang))).append("\n\n");
        for (Rung rung : terms.curriculum().rungs()) {
            List<Node> cell = terms.curriculum().cell(phase.id(), rung.id());
            if (cell.isEmpty()) {
                continue;
            }
            b.append("## ").append(rung.title().in(lang)).append("\n\n");
            for (Node n : cell) {
                node(n, progress.get(n.id()), b);
            }
        }
        put(phaseFiles.get(phase.id()) + ".md", b.toString());
    }

    private void node(Node n, Records.Progress p, StringBuilder b) {
        String status = p == null ? "not_started" : p.status();
        b.append("### ").append(n.title().in(terms.lang())).append(" — ").append(ExchangeWords.status(status, m))
                .append("\n\n");
        List<Integer> ticked = p == null ? List.of() : p.checkpoints();
        for (int i = 0; i < n.checkpoints().size(); i++) {
            b.append("- [").append(ticked.contains(i) ? 'x' : ' ').append("] ")
                    .append(oneLine(n.checkpoints().get(i).in(terms.lang()))).append('\n');
        }
        if (!n.terms().isEmpty()) {
            b.append("\n").append(m.vault_terms()).append(": ").append(n.terms().stream()
                    .map(t -> link(termFiles.get(t), terms.termTitle(t))).collect(Collectors.joining(", ")))
                    .append('\n');
        }
        if (p != null && p.note() != null && !p.note().isBlank()) {
            b.append("\n**").append(m.vault_note()).append(":**\n\n").append(quote(p.note())).append('\n');
        }
        List<Records.Revisit> came = revisits.getOrDefault(n.id(), List.of());
        if (!came.isEmpty()) {
            Records.Revisit last = came.get(came.size() - 1);
            b.append('\n').append(m.vault_revisits(String.valueOf(came.size()),
                    day(last.revisitedAt()), ExchangeWords.grade(last.grade(), m))).append('\n');
        }
        List<Records.ReviewQuestion> kept = questions.getOrDefault(n.id(), List.of());
        if (!kept.isEmpty()) {
            b.append('\n').append(link(questionsFile, m.vault_step_questions(String.valueOf(kept.size()))))
                    .append('\n');
        }
        b.append('\n');
    }

    private void groupQuestions() {
        if (data.reviewQuestions().isEmpty()) {
            return;
        }
        questionsFile = unique("questions");
        Map<String, List<Records.ReviewQuestion>> byNode = new HashMap<>();
        data.reviewQuestions().stream().sorted(java.util.Comparator.comparing(Records.ReviewQuestion::createdAt)
                .thenComparing(Records.ReviewQuestion::reviewKey))
                .forEach(q -> byNode.computeIfAbsent(q.nodeId(), k -> new ArrayList<>()).add(q));
        for (Node n : terms.curriculum().nodes()) {
            List<Records.ReviewQuestion> kept = byNode.remove(n.id());
            if (kept != null) {
                questions.put(n.id(), kept);
            }
        }
        new TreeMap<>(byNode).forEach(questions::put);
    }

    /** Every kept question with its answer, under its step: a step of the curriculum links its phase's file. */
    private void questions() {
        if (questionsFile == null) {
            return;
        }
        Map<String, Object> front = new LinkedHashMap<>();
        front.put("title", m.vault_questions());
        front.put("tags", List.of("questions"));
        StringBuilder b = new StringBuilder(frontMatter(front));
        b.append("# ").append(m.vault_questions()).append("\n\n");
        questions.forEach((nodeId, kept) -> {
            b.append("## ").append(terms.curriculum().node(nodeId)
                    .map(n -> link(phaseFiles.get(n.phase()), n.title().in(terms.lang()))).orElse(nodeId))
                    .append("\n\n");
            for (Records.ReviewQuestion q : kept) {
                b.append("**").append(m.vault_question()).append(":** ").append(q.question()).append("\n\n")
                        .append("**").append(m.vault_answer()).append(":** ").append(q.answer()).append("\n\n")
                        .append('*').append(m.vault_kept(when(q.createdAt()))).append("*\n\n");
            }
        });
        put(questionsFile + ".md", b.toString().stripTrailing() + "\n");
    }

    private void term(ExportTerms.TermInfo t) throws IOException {
        List<Node> nodes = terms.nodesOf(t.id());
        Map<String, Object> front = new LinkedHashMap<>();
        front.put("id", t.id());
        front.put("title", t.title());
        front.put("own", t.own());
        if (t.phase() != null) {
            front.put("phase", t.phase());
        }
        front.put("steps", nodes.stream().map(Node::id).toList());
        front.put("tags", List.of("glossary"));
        StringBuilder b = new StringBuilder(frontMatter(front));
        b.append("# ").append(t.title()).append("\n\n");
        if (t.own()) {
            b.append(m.vault_own_term(terms.phaseTitle(t.phase()))).append("\n\n");
        }
        if (t.retired()) {
            b.append(m.vault_retired_term()).append("\n\n");
        }
        if (!t.definition().isBlank()) {
            b.append("## ").append(m.vault_definition()).append("\n\n").append(t.definition()).append("\n\n");
        }
        b.append("## ").append(m.vault_my_metaphor()).append("\n\n");
        terms.metaphor(t.id()).ifPresentOrElse(v -> b.append(quote(v.text())).append("\n\n"),
                () -> b.append(m.vault_no_metaphor()).append("\n\n"));
        List<Records.Metaphor> versions = terms.metaphors(t.id());
        if (versions.size() > 1) {
            b.append("## ").append(m.vault_timeline()).append("\n\n");
            for (Records.Metaphor v : versions) {
                b.append("### ").append(v.version()).append(" · ").append(when(v.createdAt())).append(" · ")
                        .append(terms.phaseTitle(v.phase()));
                if (v.restoredFrom() != null) {
                    b.append(" · ").append(m.vault_restored(String.valueOf(v.restoredFrom())));
                }
                if (v.fromSample()) {
                    b.append(" · ").append(m.vault_sample());
                }
                b.append("\n\n").append(quote(v.text())).append("\n\n");
            }
        }
        terms.card(t.id()).filter(c -> c.filled() > 0).ifPresent(c -> {
            b.append("## ").append(m.vault_card()).append("\n\n");
            ExchangeWords.card(c, m).forEach(f -> b.append("**").append(f[0]).append(":** ").append(f[1])
                    .append("\n\n"));
        });
        if (!nodes.isEmpty()) {
            b.append("## ").append(m.vault_steps()).append("\n\n");
            nodes.forEach(n -> b.append("- ").append(link(phaseFiles.get(n.phase()), terms.phaseTitle(n.phase())))
                    .append(": ").append(n.title().in(terms.lang())).append('\n'));
        }
        put(termFiles.get(t.id()) + ".md", b.toString());
    }

    private void entry(Records.Reflection r, Map<String, List<Listed>> journal) {
        if (r.inTrash()) {
            return;
        }
        String year = String.valueOf(r.date().getYear());
        String file = unique("journal/" + year + "/" + r.date() + "-" + Slugs.of(firstLine(r.body()), "entry"));
        Map<String, Object> front = new LinkedHashMap<>();
        front.put("date", r.date().toString());
        front.put("kind", r.kind());
        front.put("phase", r.phase());
        front.put("tags", r.tags());
        front.put("nodes", r.nodeIds());
        front.put("terms", r.termIds());
        if (r.fieldInstruction() != null) {
            Map<String, Object> fi = new LinkedHashMap<>();
            fi.put("phase", r.fieldInstruction().phase());
            fi.put("attentionPattern", r.fieldInstruction().attentionPattern());
            fi.put("depth", r.fieldInstruction().depth());
            fi.put("assemblyPoint", r.fieldInstruction().assemblyPoint());
            fi.put("vectorQuestion", r.fieldInstruction().vectorQuestion());
            front.put("fieldInstruction", fi);
        }
        front.put("revision", r.revision());
        front.put("created", r.createdAt().toString());
        front.put("updated", r.updatedAt().toString());
        StringBuilder b = new StringBuilder(frontMatter(front));
        List<String> links = new ArrayList<>();
        r.nodeIds().forEach(id -> terms.curriculum().node(id).ifPresentOrElse(
                n -> links.add(link(phaseFiles.get(n.phase()), n.title().in(terms.lang()))), () -> links.add(id)));
        r.termIds().forEach(id -> links.add(termFiles.containsKey(id) ? link(termFiles.get(id), terms.termTitle(id))
                : id));
        if (!links.isEmpty()) {
            b.append(String.join(" · ", links)).append("\n\n");
        }
        if (r.fieldInstruction() != null) {
            b.append("## ").append(m.vault_field_instruction()).append("\n\n");
            ExchangeWords.fieldInstruction(r.fieldInstruction(), terms.phaseTitle(r.fieldInstruction().phase()), m)
                    .forEach(f -> b.append("**").append(f[0]).append(":** ").append(f[1]).append("\n\n"));
        }
        b.append(r.body()).append('\n');
        put(file + ".md", b.toString());
        Listed listed = new Listed(file, r.date() + " " + oneLine(firstLine(r.body())));
        journal.computeIfAbsent(year, y -> new ArrayList<>()).add(listed);
        entryFiles.putIfAbsent(r.createdAt(), listed);
    }

    private void letter(Records.Letter l, List<Listed> letters) {
        String file = unique("letters/" + l.writtenOn() + "-letter");
        Map<String, Object> front = new LinkedHashMap<>();
        front.put("writtenOn", l.writtenOn().toString());
        front.put("opens", ExchangeWords.condition(l));
        front.put("sealed", l.sealed());
        front.put("openedAt", l.openedAt() == null ? null : l.openedAt().toString());
        StringBuilder b = new StringBuilder(frontMatter(front));
        String title = m.vault_letter(l.writtenOn().toString());
        b.append("# ").append(title).append("\n\n");
        if (l.sealed()) {
            b.append(m.vault_sealed(ExchangeWords.condition(l))).append("\n\n");
        } else {
            b.append(m.vault_opened(when(l.openedAt()))).append("\n\n");
        }
        if (!l.sealed() || includeSealed) {
            b.append(l.body()).append('\n');
        }
        put(file + ".md", b.toString());
        letters.add(new Listed(file, title));
    }

    private void talk(ExportData.NumberedTalk numbered, List<Listed> talks) {
        Records.Talk t = numbered.talk();
        if (t.inTrash()) {
            return;
        }
        String file = unique("talks/" + day(t.createdAt()) + "-" + Slugs.of(t.title(), "talk"));
        Map<String, Object> front = new LinkedHashMap<>();
        if (numbered.id() != null) {
            front.put("id", numbered.id());
        }
        front.put("aboutType", t.aboutType());
        front.put("aboutId", t.aboutId());
        front.put("title", t.title());
        front.put("created", t.createdAt().toString());
        front.put("updated", t.updatedAt().toString());
        front.put("lang", t.lang());
        if (t.demo()) {
            front.put("demo", true);
        }
        front.put("tags", List.of("talk"));
        StringBuilder b = new StringBuilder(frontMatter(front));
        b.append("# ").append(t.title()).append("\n\n").append(about(t)).append("\n\n");
        t.messages().stream().sorted(java.util.Comparator.comparingInt(Records.TalkMessage::seq))
                .forEach(msg -> message(msg, b));
        put(file + ".md", b.toString().stripTrailing() + "\n");
        talks.add(new Listed(file, day(t.createdAt()) + " " + oneLine(t.title())));
    }

    /** What the talk is about, linked the way journal entries link steps, terms and entries. */
    private String about(Records.Talk t) {
        String id = t.aboutId();
        return switch (t.aboutType()) {
            case "node" -> m.vault_talk_about_node() + ": " + terms.curriculum().node(id)
                    .map(n -> link(phaseFiles.get(n.phase()), n.title().in(terms.lang()))).orElse(id);
            case "term" -> m.vault_talk_about_term() + ": " + (termFiles.containsKey(id)
                    ? link(termFiles.get(id), terms.termTitle(id)) : id);
            case "reflection" -> id == null ? m.vault_talk_about_gone() : m.vault_talk_about_reflection() + ": "
                    + java.util.Optional.ofNullable(BackupChecks.moment(id)).map(entryFiles::get)
                            .map(e -> link(e.file(), e.title())).orElse(id);
            case "today" -> m.vault_talk_about_today();
            default -> t.aboutType() + ": " + id;
        };
    }

    /** Who spoke and when, what they said, and what became of it when it is not a plain answer. */
    private void message(Records.TalkMessage msg, StringBuilder b) {
        b.append("## ").append(msg.fromLearner() ? m.vault_talk_learner() : m.vault_talk_tutor());
        if (!msg.fromLearner() && msg.model() != null && !msg.model().isBlank()) {
            b.append(" · ").append(oneLine(msg.model()));
        }
        b.append(" · ").append(when(msg.createdAt())).append("\n\n").append(msg.body()).append("\n\n");
        String note = switch (msg.state()) {
            // The failure as its code (model-timeout, …); an answer that never came back has none.
            case app.tropa.talk.TalkMessage.UNANSWERED -> m.vault_talk_unanswered(
                    msg.failure() == null ? "interrupted" : msg.failure());
            case app.tropa.talk.TalkMessage.WAITING -> m.vault_talk_waiting();
            case app.tropa.talk.TalkMessage.CUT -> m.vault_talk_cut();
            default -> null;
        };
        if (note != null) {
            b.append('*').append(note).append("*\n\n");
        }
    }

    private String unique(String base) {
        String name = base;
        for (int n = 2; !names.add(name); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    private void put(String name, String text) {
        try {
            ZipEntry entry = new ZipEntry(name);
            entry.setTime(now.toEpochMilli());
            zip.putNextEntry(entry);
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String frontMatter(Map<String, Object> fields) {
        try {
            return "---\n" + YAML.writeValueAsString(fields) + "---\n\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An Obsidian link; the shown title loses the characters that would end the link. */
    static String link(String file, String title) {
        return "[[" + file + "|" + title.replaceAll("[\\[\\]|\\r\\n]+", " ").strip() + "]]";
    }

    private static String quote(String text) {
        return text.lines().map(l -> "> " + l).collect(Collectors.joining("\n"));
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("");
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.codePointCount(0, line.length()) > 80 ? line.substring(0, line.offsetByCodePoints(0, 79)) + "…"
                : line;
    }

    private String when(Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(zone));
    }

    private String day(Instant at) {
        return at.atZone(zone).toLocalDate().toString();
    }
}
