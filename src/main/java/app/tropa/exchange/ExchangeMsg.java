package app.tropa.exchange;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The export page's and the readable exports' texts: {@code messages/exchange.properties} (English)
 * and {@code exchange_ru.properties} (Russian); templates read them as {@code {exchange:key}}.
 */
@MessageBundle("exchange")
public interface ExchangeMsg {

    String nav_export();

    String export_title();

    String export_intro();

    String export_downloads();

    String export_json();

    String export_json_hint();

    String export_markdown();

    String export_markdown_hint();

    String export_sealed();

    String export_download();

    String export_csv();

    String export_csv_hint();

    String export_csv_progress();

    String export_csv_reflections();

    String export_csv_metaphors();

    String export_csv_revisits();

    String export_anki();

    String export_anki_hint();

    String export_dataset();

    String export_dataset_hint(String tag);

    String import_heading();

    String import_file();

    String import_mode();

    String import_merge();

    String import_replace();

    String import_check();

    String import_hint(String max);

    String import_error_invalid(String problem);

    String import_error_missing();

    String report_title_dry();

    String report_title_done();

    String report_file(String when, String version);

    String report_kind();

    String report_in_file();

    String report_added();

    String report_updated();

    String report_skipped();

    String report_conflicts();

    String report_removed();

    String report_nothing();

    String report_confirm_merge();

    String report_confirm_replace();

    String report_cancel();

    String report_done();

    String report_backup(String name);

    String backups_heading();

    String backups_intro(String folder, String keep);

    String backups_none();

    String backups_name();

    String backups_made();

    String backups_kind();

    String backups_size();

    String backups_actions();

    String backups_restore();

    String backups_download();

    String backups_now();

    String backups_made_now(String name);

    String backups_restored(String name);

    String backups_unknown(String name);

    String backup_kind_daily();

    String backup_kind_before_replace();

    String backup_kind_manual();

    String backups_checked_intro();

    String backups_check();

    String backup_check_verified();

    String backup_check_unchecked();

    String backup_check_changed();

    String backup_check_failed();

    String backup_reason_no_space();

    String backup_reason_unwritable();

    String backup_reason_check_failed();

    String backup_reason_failed();

    String backups_now_failed(String reason);

    String replace_stopped(String reason);

    String backup_alert_heading();

    String backup_alert(String when, String reason);

    String backup_alert_again(String when, String reason, int times);

    String backup_alert_last_good(String when);

    String backup_alert_no_good();

    String backup_alert_link();

    String restore_title();

    String restore_intro(String name);

    String restore_merge_instead();

    String kind_settings();

    String kind_progress();

    String kind_progressEvents();

    String kind_ownTerms();

    String kind_metaphors();

    String kind_cards();

    String kind_reviewQuestions();

    String kind_reviewStates();

    String kind_reviewLog();

    String kind_revisitStates();

    String kind_revisitLog();

    String kind_reflections();

    String kind_letters();

    String kind_talks();

    String vault_map_title();

    String vault_map_intro(String date);

    String vault_progress(String done, String total, String percent);

    String vault_phases();

    String vault_phase_count(String done, String total);

    String vault_glossary();

    String vault_journal();

    String vault_letters();

    String vault_definition();

    String vault_my_metaphor();

    String vault_no_metaphor();

    String vault_timeline();

    String vault_restored(String version);

    String vault_sample();

    String vault_card();

    String vault_steps();

    String vault_terms();

    String vault_note();

    String vault_revisits(String count, String last, String grade);

    String grade_again();

    String grade_hard();

    String grade_good();

    String grade_easy();

    String vault_checkpoints();

    String vault_retired();

    String vault_own_term(String phase);

    String vault_retired_term();

    String vault_sealed(String condition);

    String vault_opened(String when);

    String vault_letter(String date);

    String vault_written(String date);

    String vault_field_instruction();

    String vault_questions();

    String vault_questions_count(String count);

    String vault_step_questions(String count);

    String vault_question();

    String vault_answer();

    String vault_kept(String when);

    String vault_talks();

    String vault_talk_about_node();

    String vault_talk_about_term();

    String vault_talk_about_reflection();

    String vault_talk_about_today();

    String vault_talk_about_gone();

    String vault_talk_learner();

    String vault_talk_tutor();

    String vault_talk_unanswered(String reason);

    String vault_talk_waiting();

    String vault_talk_cut();

    String status_not_started();

    String status_in_progress();

    String status_done();

    String status_skipped();

    String card_statement();

    String card_example();

    String card_counterexample();

    String card_analogy();

    String card_application();

    String fi_phase();

    String fi_attention();

    String fi_depth();

    String fi_assembly();

    String fi_vector();

    String dataset_system();

    String dataset_definition(String term);

    String dataset_metaphor(String term);

    String dataset_card(String term);

    String dataset_reflection(String date);

    String dataset_reflection_on(String date, String topics);

    String dataset_field_instruction(String date);

    String dataset_field_instruction_on(String date, String topics);

    String dataset_talk_system(String title);

    String csv_retired();
}
