package app.tropa.exchange;

import app.tropa.curriculum.Node;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A plain-text note file that Anki (2.1.54+) imports as it is (shared/reference/anki-text-import.md):
 * header lines, then one note per term that has the learner's metaphor or card. Front: the term;
 * back: the metaphor and the card as HTML, the learner's text escaped; tags: {@code tropa}, the
 * phase and the steps that teach the term. Then one note per review question the learner kept, as
 * Tropa reviews it beside the terms: front the question, back the answer, tagged {@code question}
 * and with its step. Fields are quoted by Jackson's CSV writer with a tab as the separator, which
 * is the quoting Anki reads.
 */
final class AnkiExport {

    static final String HEADER = "#separator:tab\n#html:true\n#notetype:Basic\n#deck:Tropa::Glossary\n"
            + "#columns:Front\tBack\tTags\n#tags column:3\n";

    private static final CsvMapper MAPPER = CsvMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final CsvSchema SCHEMA = CsvSchema.builder().addColumn("front").addColumn("back").addColumn("tags")
            .setColumnSeparator('\t').setLineSeparator("\n").setUseHeader(false).build();

    private AnkiExport() {
    }

    static void write(ExportTerms terms, ExportData data, ExchangeMsg m, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(HEADER);
            try (SequenceWriter rows = MAPPER.writer(SCHEMA).writeValues(writer)) {
                for (ExportTerms.TermInfo t : terms.terms()) {
                    Optional<Records.Metaphor> metaphor = terms.metaphor(t.id());
                    Optional<Records.Card> card = terms.card(t.id()).filter(c -> c.filled() > 0);
                    if (metaphor.isPresent() || card.isPresent()) {
                        rows.write(new String[] {html(t.title()), back(metaphor, card, m), tags(t, terms)});
                    }
                }
                for (Records.ReviewQuestion q : data.reviewQuestions().stream()
                        .sorted(java.util.Comparator.comparing(Records.ReviewQuestion::createdAt)
                                .thenComparing(Records.ReviewQuestion::reviewKey)).toList()) {
                    rows.write(new String[] {html(q.question()), html(q.answer()), tags(q, terms)});
                }
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String back(Optional<Records.Metaphor> metaphor, Optional<Records.Card> card, ExchangeMsg m) {
        StringBuilder b = new StringBuilder();
        metaphor.ifPresent(v -> b.append("<p><b>").append(html(m.vault_my_metaphor())).append(":</b> ")
                .append(html(v.text())).append("</p>"));
        card.ifPresent(c -> {
            for (String[] field : ExchangeWords.card(c, m)) {
                b.append("<p><b>").append(html(field[0])).append(":</b> ").append(html(field[1])).append("</p>");
            }
        });
        return b.toString();
    }

    /** Anki separates tags by spaces; ids have none. */
    private static String tags(ExportTerms.TermInfo t, ExportTerms terms) {
        Set<String> tags = new LinkedHashSet<>();
        tags.add("tropa");
        List<Node> nodes = terms.nodesOf(t.id());
        if (t.phase() != null) {
            tags.add("phase::" + Slugs.tag(t.phase()));
        }
        nodes.forEach(n -> tags.add("phase::" + n.phase()));
        nodes.forEach(n -> tags.add("step::" + n.id()));
        if (t.own()) {
            tags.add("own-term");
        }
        return String.join(" ", tags);
    }

    /** A kept question's step: the phase and step as a term's tags are, for a step the curriculum still has. */
    private static String tags(Records.ReviewQuestion q, ExportTerms terms) {
        Set<String> tags = new LinkedHashSet<>();
        tags.add("tropa");
        tags.add("question");
        terms.curriculum().node(q.nodeId()).ifPresent(n -> tags.add("phase::" + n.phase()));
        tags.add("step::" + q.nodeId());
        return String.join(" ", tags);
    }

    /** The learner's text as HTML: markup escaped, line breaks as {@code <br>}. */
    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("\r\n", "<br>").replace("\n", "<br>").replace("\r", "<br>");
    }
}
