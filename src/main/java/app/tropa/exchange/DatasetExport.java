package app.tropa.exchange;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The fine-tuning data set, the learner's own words ready to tune a model on: one chat example per line, {@code {"messages":[system,
 * user, assistant]}}, which Hugging Face {@code datasets} loads as JSON lines. The assistant's
 * words are the learner's own: definitions of their own terms, their current metaphors
 * (not an unchanged seed sample), their concept cards, and the journal entries they tagged
 * {@value ExchangeWords#DATASET_TAG} (never the trash, never a letter). The one exception is a talk
 * the learner marked for training: its answered questions go in as the user's, the tutor's whole
 * answers as the assistant's. A talk not so marked adds nothing, not even the learner's side: the
 * learner chose per talk, not per message. Kept review questions never go in: the model wrote them
 * and the learner only picked them. docs/export.md has the mapping.
 */
final class DatasetExport {

    /** One message of a chat example. */
    record Message(String role, String content) {
    }

    /** One line of the file. */
    record Example(List<Message> messages) {
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    private DatasetExport() {
    }

    static void write(ExportTerms terms, ExportData data, ExchangeMsg m, OutputStream out) {
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
            String system = m.dataset_system();
            for (ExportTerms.TermInfo t : terms.terms()) {
                if (t.own() && !t.definition().isBlank()) {
                    line(g, system, m.dataset_definition(t.title()), t.definition());
                }
                Optional<Records.Metaphor> metaphor = terms.metaphor(t.id()).filter(v -> !v.fromSample());
                if (metaphor.isPresent() && !metaphor.get().text().isBlank()) {
                    line(g, system, m.dataset_metaphor(t.title()), metaphor.get().text());
                }
                Optional<Records.Card> card = terms.card(t.id()).filter(c -> c.filled() > 0);
                if (card.isPresent()) {
                    line(g, system, m.dataset_card(t.title()), ExchangeWords.card(card.get(), m).stream()
                            .map(f -> f[0] + ": " + f[1]).collect(Collectors.joining("\n")));
                }
            }
            data.eachReflection(r -> {
                if (ExchangeWords.forDataset(r)) {
                    line(g, system, prompt(r, terms, m), answer(r, terms, m));
                }
            });
            data.eachTalk(n -> {
                if (ExchangeWords.forDataset(n.talk())) {
                    talk(g, n.talk(), m);
                }
            });
            if (g.getOutputContext().getEntryCount() > 0) {
                g.writeRaw('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Each learner's message the tutor answered, with the answer that follows it. An answer cut at
     * the length limit stays out: it would teach a model to stop mid-thought. The system message
     * names the talk, not what was sent with it: that holds journal entries the learner did not tag.
     */
    private static void talk(JsonGenerator g, Records.Talk t, ExchangeMsg m) {
        String system = m.dataset_talk_system(t.title());
        List<Records.TalkMessage> messages = t.messages().stream()
                .sorted(java.util.Comparator.comparingInt(Records.TalkMessage::seq)).toList();
        for (int i = 0; i + 1 < messages.size(); i++) {
            Records.TalkMessage asked = messages.get(i);
            Records.TalkMessage answer = messages.get(i + 1);
            if (asked.fromLearner() && app.tropa.talk.TalkMessage.ANSWERED.equals(asked.state())
                    && !answer.fromLearner() && app.tropa.talk.TalkMessage.COMPLETE.equals(answer.state())) {
                line(g, system, asked.body(), answer.body());
            }
        }
    }

    private static String prompt(Records.Reflection r, ExportTerms terms, ExchangeMsg m) {
        String date = r.date().toString();
        String topics = java.util.stream.Stream.concat(r.nodeIds().stream().map(terms::nodeTitle),
                r.termIds().stream().map(terms::termTitle)).collect(Collectors.joining(", "));
        boolean fi = "field-instruction".equals(r.kind());
        if (topics.isEmpty()) {
            return fi ? m.dataset_field_instruction(date) : m.dataset_reflection(date);
        }
        return fi ? m.dataset_field_instruction_on(date, topics) : m.dataset_reflection_on(date, topics);
    }

    /** The body; a field instruction's parts first, one per line, as the seeds order them. */
    private static String answer(Records.Reflection r, ExportTerms terms, ExchangeMsg m) {
        Records.FieldInstruction fi = r.fieldInstruction();
        String parts = ExchangeWords.fieldInstruction(fi, fi == null ? "" : terms.phaseTitle(fi.phase()), m).stream()
                .map(f -> f[0] + ": " + f[1]).collect(Collectors.joining("\n"));
        return parts.isEmpty() ? r.body() : parts + "\n\n" + r.body();
    }

    private static void line(JsonGenerator g, String system, String user, String assistant) {
        try {
            MAPPER.writeValue(g, new Example(List.of(new Message("system", system), new Message("user", user),
                    new Message("assistant", assistant))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
