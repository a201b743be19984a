package app.tropa.exchange;

import app.tropa.curriculum.Node;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The spreadsheet exports, written with Jackson's CSV module: RFC 4180 (comma, double quotes,
 * CRLF), UTF-8 with a byte order mark so spreadsheets read Cyrillic right, and a header row.
 */
final class CsvExport {

    enum What {
        PROGRESS, REFLECTIONS, METAPHORS, REVISITS;

        static java.util.Optional<What> parse(String s) {
            for (What w : values()) {
                if (w.name().equalsIgnoreCase(s == null ? "" : s.strip())) {
                    return java.util.Optional.of(w);
                }
            }
            return java.util.Optional.empty();
        }
    }

    static final List<String> PROGRESS = List.of("node_id", "node", "phase", "rung", "status", "checkpoints_done",
            "checkpoints_total", "checkpoints_ticked", "note", "started_at", "completed_at", "updated_at", "retired");
    static final List<String> REFLECTIONS = List.of("date", "kind", "phase", "tags", "node_ids", "term_ids", "body",
            "fi_phase", "fi_attention_pattern", "fi_depth", "fi_assembly_point", "fi_vector_question", "revision",
            "created_at", "updated_at");
    static final List<String> REVISITS = List.of("node_id", "node", "revisited_at", "grade", "checkpoints_held",
            "checkpoints_total", "checkpoints_ticked", "days_since_last", "next_in_days", "next_on");
    static final List<String> METAPHORS = List.of("term_id", "term", "version", "current", "text", "phase",
            "written_at", "restored_from", "from_sample");

    /** Quotes only fields that need it (a comma, a quote, a line break), as RFC 4180 asks. */
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private CsvExport() {
    }

    static void write(What what, ExportTerms terms, ExportData data, ExchangeMsg m, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            try (SequenceWriter rows = MAPPER.writer(schema(columns(what))).writeValues(writer)) {
                switch (what) {
                    case PROGRESS -> progress(terms, data, m, rows);
                    case REFLECTIONS -> reflections(data, rows);
                    case METAPHORS -> metaphors(terms, rows);
                    case REVISITS -> revisits(terms, data, rows);
                }
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> columns(What what) {
        return switch (what) {
            case PROGRESS -> PROGRESS;
            case REFLECTIONS -> REFLECTIONS;
            case METAPHORS -> METAPHORS;
            case REVISITS -> REVISITS;
        };
    }

    private static CsvSchema schema(List<String> columns) {
        CsvSchema.Builder b = CsvSchema.builder();
        columns.forEach(b::addColumn);
        return b.setUseHeader(true).setLineSeparator("\r\n").build();
    }

    /** Every step of the curriculum in map order, then steps that left it but have the learner's data. */
    private static void progress(ExportTerms terms, ExportData data, ExchangeMsg m, SequenceWriter rows)
            throws IOException {
        Map<String, Records.Progress> byNode = new HashMap<>();
        data.progress().forEach(p -> byNode.put(p.nodeId(), p));
        for (Node n : terms.curriculum().nodes()) {
            Records.Progress p = byNode.remove(n.id());
            rows.write(progressRow(n.id(), n.title().in(terms.lang()), terms.phaseTitle(n.phase()),
                    terms.curriculum().rung(n.rung()).map(r -> r.title().in(terms.lang())).orElse(n.rung()),
                    n.checkpoints().size(), p, m, false));
        }
        for (Records.Progress p : data.progress()) {
            if (byNode.containsKey(p.nodeId())) {
                rows.write(progressRow(p.nodeId(), p.nodeId(), "", "", null, p, m, true));
            }
        }
    }

    private static String[] progressRow(String id, String title, String phase, String rung, Integer total,
            Records.Progress p, ExchangeMsg m, boolean retired) {
        String status = p == null ? "not_started" : p.status();
        List<Integer> ticked = p == null ? List.of() : p.checkpoints();
        return new String[] {id, title, phase, rung, status, String.valueOf(ticked.size()),
            total == null ? "" : String.valueOf(total),
            ticked.stream().map(i -> String.valueOf(i + 1)).collect(Collectors.joining(" ")),
            p == null ? "" : text(p.note()), p == null ? "" : time(p.startedAt()),
            p == null ? "" : time(p.completedAt()), p == null ? "" : time(p.updatedAt()),
            retired ? m.csv_retired() : ""};
    }

    /** Every revisit, oldest first; the answers are in the reflections export (kind revisit). */
    private static void revisits(ExportTerms terms, ExportData data, SequenceWriter rows) throws IOException {
        List<Records.Revisit> all = data.revisits().stream()
                .sorted(java.util.Comparator.comparing(Records.Revisit::revisitedAt)).toList();
        for (Records.Revisit r : all) {
            java.util.Optional<Node> node = terms.curriculum().node(r.nodeId());
            List<Integer> held = r.checkpoints() == null ? List.of() : r.checkpoints();
            rows.write(new String[] {r.nodeId(), node.map(n -> n.title().in(terms.lang())).orElse(r.nodeId()),
                time(r.revisitedAt()), r.grade(), String.valueOf(held.size()),
                node.map(n -> String.valueOf(n.checkpoints().size())).orElse(""),
                held.stream().map(i -> String.valueOf(i + 1)).collect(Collectors.joining(" ")),
                String.valueOf(r.elapsedDays()), String.valueOf(r.scheduledDays()), time(r.dueAt())});
        }
    }

    /** Live entries, oldest first (the trash and letters stay out). */
    private static void reflections(ExportData data, SequenceWriter rows) {
        data.eachReflection(r -> {
            if (r.inTrash()) {
                return;
            }
            Records.FieldInstruction fi = r.fieldInstruction();
            try {
                rows.write(new String[] {r.date().toString(), r.kind(), text(r.phase()), String.join("; ", r.tags()),
                    String.join(" ", r.nodeIds()), String.join(" ", r.termIds()), r.body(),
                    fi == null ? "" : text(fi.phase()), fi == null ? "" : text(fi.attentionPattern()),
                    fi == null || fi.depth() == null ? "" : String.valueOf(fi.depth()),
                    fi == null ? "" : text(fi.assemblyPoint()), fi == null ? "" : text(fi.vectorQuestion()),
                    String.valueOf(r.revision()), time(r.createdAt()), time(r.updatedAt())});
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Every version of every metaphor, by term, oldest first; the current one marked. */
    private static void metaphors(ExportTerms terms, SequenceWriter rows) throws IOException {
        for (ExportTerms.TermInfo t : terms.terms()) {
            List<Records.Metaphor> versions = terms.metaphors(t.id());
            for (Records.Metaphor v : versions) {
                boolean current = v == versions.get(versions.size() - 1);
                rows.write(new String[] {t.id(), t.title(), String.valueOf(v.version()), String.valueOf(current),
                    v.text(), terms.phaseTitle(v.phase()), time(v.createdAt()),
                    v.restoredFrom() == null ? "" : String.valueOf(v.restoredFrom()), String.valueOf(v.fromSample())});
            }
        }
    }

    private static String text(String s) {
        return Objects.toString(s, "");
    }

    private static String time(Instant t) {
        return t == null ? "" : t.toString();
    }
}
