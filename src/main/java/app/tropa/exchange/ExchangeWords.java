package app.tropa.exchange;

import app.tropa.i18n.Lang;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import java.util.ArrayList;
import java.util.List;

/** The exports' words in the learner's language: statuses, card fields, kinds. */
final class ExchangeWords {

    /** The tag that puts a journal entry into the fine-tuning data set. */
    static final String DATASET_TAG = "dataset";

    private ExchangeWords() {
    }

    static ExchangeMsg msg(Lang lang) {
        return MessageBundles.get(ExchangeMsg.class, Localized.Literal.of(lang.code()));
    }

    static String status(String code, ExchangeMsg m) {
        return switch (code) {
            case "in_progress" -> m.status_in_progress();
            case "done" -> m.status_done();
            case "skipped" -> m.status_skipped();
            default -> m.status_not_started();
        };
    }

    static String grade(String code, ExchangeMsg m) {
        return switch (code) {
            case "again" -> m.grade_again();
            case "hard" -> m.grade_hard();
            case "easy" -> m.grade_easy();
            default -> m.grade_good();
        };
    }

    /** A card's filled fields as label and text, in the card's own order. */
    static List<String[]> card(Records.Card c, ExchangeMsg m) {
        List<String[]> fields = new ArrayList<>();
        add(fields, m.card_statement(), c.statement());
        add(fields, m.card_example(), c.example());
        add(fields, m.card_counterexample(), c.counterexample());
        add(fields, m.card_analogy(), c.analogy());
        add(fields, m.card_application(), c.application());
        return fields;
    }

    /** A field instruction's filled parts as label and text. */
    static List<String[]> fieldInstruction(Records.FieldInstruction fi, String phaseTitle, ExchangeMsg m) {
        List<String[]> fields = new ArrayList<>();
        if (fi == null) {
            return fields;
        }
        add(fields, m.fi_phase(), fi.phase() == null ? null : phaseTitle);
        add(fields, m.fi_attention(), fi.attentionPattern());
        add(fields, m.fi_depth(), fi.depth() == null ? null : fi.depth() + "/5");
        add(fields, m.fi_assembly(), fi.assemblyPoint());
        add(fields, m.fi_vector(), fi.vectorQuestion());
        return fields;
    }

    private static void add(List<String[]> fields, String label, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(new String[] {label, value});
        }
    }

    static String kind(String key, ExchangeMsg m) {
        return switch (key) {
            case Section.SETTINGS -> m.kind_settings();
            case "progress" -> m.kind_progress();
            case "progressEvents" -> m.kind_progressEvents();
            case "ownTerms" -> m.kind_ownTerms();
            case "metaphors" -> m.kind_metaphors();
            case "cards" -> m.kind_cards();
            case "reviewQuestions" -> m.kind_reviewQuestions();
            case "reviewStates" -> m.kind_reviewStates();
            case "reviewLog" -> m.kind_reviewLog();
            case "revisitStates" -> m.kind_revisitStates();
            case "revisitLog" -> m.kind_revisitLog();
            case "reflections" -> m.kind_reflections();
            case "letters" -> m.kind_letters();
            case "talks" -> m.kind_talks();
            default -> key;
        };
    }

    static String backupKind(BackupFile.Kind kind, ExchangeMsg m) {
        return switch (kind) {
            case DAILY -> m.backup_kind_daily();
            case BEFORE_REPLACE -> m.backup_kind_before_replace();
            case MANUAL -> m.backup_kind_manual();
        };
    }

    static String backupCheck(BackupFile.Check check, ExchangeMsg m) {
        return switch (check) {
            case VERIFIED -> m.backup_check_verified();
            case UNCHECKED -> m.backup_check_unchecked();
            case CHANGED -> m.backup_check_changed();
            case FAILED -> m.backup_check_failed();
        };
    }

    static String backupReason(BackupFailure.Reason reason, ExchangeMsg m) {
        return switch (reason) {
            case NO_SPACE -> m.backup_reason_no_space();
            case UNWRITABLE -> m.backup_reason_unwritable();
            case CHECK_FAILED -> m.backup_reason_check_failed();
            case FAILED -> m.backup_reason_failed();
        };
    }

    /** When a letter opens, as it was set: a day, or {@code phase:<id>} / {@code node:<id>}. */
    static String condition(Records.Letter l) {
        return l.openOn() != null ? l.openOn().toString() : l.openWhen();
    }

    /** Did the learner let the tutor's words of this talk into the data set? Never a demo's or the trash's. */
    static boolean forDataset(Records.Talk t) {
        return t.forTraining() && !t.demo() && !t.inTrash();
    }

    /** Is the entry one the learner chose for the data set? */
    static boolean forDataset(Records.Reflection r) {
        return !r.inTrash() && r.tags().stream().anyMatch(t -> t.strip().equalsIgnoreCase(DATASET_TAG));
    }
}
