package app.tropa.revisit;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The revisits' UI texts: {@code messages/revisit.properties} (English) and
 * {@code revisit_ru.properties} (Russian); templates read them as {@code {revisit:key}}.
 */
@MessageBundle("revisit")
public interface RevisitMsg {

    String nav_revisits();

    String list_title();

    String list_lead();

    String list_due_heading();

    String list_due_none();

    String list_upcoming_heading();

    String list_upcoming_none();

    String list_empty();

    String list_due_since(String day);

    String list_on(String day);

    String list_last(String day);

    String list_never();

    String step_title(String title);

    String step_lead();

    String step_done_on(String day);

    String step_last(String day);

    String step_due(String day);

    String step_not_due(String day);

    String step_question_heading();

    String step_answer_label();

    String step_answer_hint();

    String step_checkpoints_legend();

    String step_checkpoints_hint();

    String step_checkpoints_none();

    String step_grade_legend();

    String step_in_days_one(int days);

    String step_in_days_few(int days);

    String step_in_days_many(int days);

    String step_save();

    String step_not_done(String status);

    String step_open_step();

    String step_history_heading();

    String step_history_item(String day, String grade, int held, int total);

    String step_history_entry();

    String saved_heading();

    String saved_next(String day);

    String saved_again();

    String saved_mark_in_progress();

    String saved_keep_done();

    String grade_again();

    String grade_hard();

    String grade_good();

    String grade_easy();

    String status_not_started();

    String status_in_progress();

    String status_skipped();

    String error_missing_grade();

    String error_invalid_grade();

    String error_missing_answer();

    String error_answer_too_long(int max);

    String error_invalid_checkpoint();

    String dashboard_heading();

    String dashboard_due(int count);

    String dashboard_none();

    String dashboard_start();

    String dashboard_upcoming(String day);

    String next_revisit(String title);

    String node_revisit();

    String calendar_revisits(int count);

    String calendar_revisits_also(int count);

    String calendar_revisit_step(String title);
}
