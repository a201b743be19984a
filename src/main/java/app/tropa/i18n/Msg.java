package app.tropa.i18n;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every UI text, by key. English lives in {@code messages/msg.properties}, Russian in
 * {@code messages/msg_ru.properties}; templates read them as {@code {msg:key}}.
 */
@MessageBundle
public interface Msg {

    String app_name();

    String skip_to_content();

    String nav_label();

    String nav_path();

    String footer_tagline();

    String crumbs_label();

    String path_title();

    String path_intro(int count);

    String path_map_heading();

    String path_map_caption();

    String path_cell_empty();

    String path_phases_heading();

    String path_version(String version);

    String phase_mode();

    String phase_goal();

    String phase_risk();

    String phase_overcoming();

    String node_effort(String hours);

    String node_lesson();

    String node_fallback_en();

    String node_checkpoints();

    String node_exercises();

    String node_expected();

    String node_side_label();

    String node_field_instruction();

    String node_attention_pattern();

    String node_vector_question();

    String node_prerequisites();

    String node_no_prerequisites();

    String node_unlocks();

    String node_terms();

    String node_resources();

    String error_title();

    String error_not_found();

    String error_status(int status);

    String error_back();

    String error_nothing_at(String path);

    String error_form_token();

    String error_too_large();

    String error_internal();

    String error_storage_full();

    String error_bad_request();

    String error_forbidden();

    String error_gone_missing();

    String error_method();

    String error_not_acceptable();

    String error_media_type();

    String error_conflict();

    String error_failed();

    String error_typed_heading();

    String error_typed_note();

    String error_typed_one();

    String error_typed_label(int number);

    String error_typed_send();

    String error_typed_copy();

    String nav_dashboard();

    String dashboard_title();

    String dashboard_complete();

    String dashboard_position(String phase, String rung);

    String dashboard_prompt_heading();

    String dashboard_nudges_heading();

    String dashboard_next_heading();

    String dashboard_next_none();

    String dashboard_streak_heading();

    String dashboard_streak_current();

    String dashboard_streak_longest();

    String dashboard_done(int done, int total);

    String dashboard_map_heading();

    String dashboard_you_are_here();

    String dashboard_cell(int done, int total);

    String dashboard_open_path();

    String dashboard_activity_heading();

    String heatmap_summary(int activeDays, int total);

    String heatmap_as_text();

    String heatmap_month();

    String heatmap_active_days();

    String heatmap_actions();

    String next_continues();

    String next_unlocks(int count);

    String next_prerequisites_done();

    String next_first_step();

    String nudge_depth_message();

    String nudge_depth_suggestion();

    String nudge_detachment_message();

    String nudge_detachment_suggestion();

    String nudge_templates_message();

    String nudge_templates_suggestion();

    String prompt_text(String phase, String node, String attention, String vector);

    String prompt_complete(String phase);

    String prompt_no_attention();

    String prompt_no_vector();

    String progress_heading();

    String progress_status_now();

    String progress_open_prerequisites();

    String progress_start();

    String progress_mark_done();

    String progress_skip();

    String progress_reset();

    String progress_note_label();

    String progress_save_note();

    String progress_save_ticks();

    String progress_history(int count);

    String progress_note_too_long(int max, int actual);

    String status_not_started();

    String status_in_progress();

    String status_done();

    String status_skipped();

    String history_status(String from, String to);

    String history_ticked(int number);

    String history_unticked(int number);

    String history_note();

    String history_note_cleared();

    String history_by_placement(String change);

    String history_by_placement_undo(String change);

    String login_title();

    String login_intro();

    String login_password();

    String login_submit();

    String login_wrong();

    String login_wait(long seconds);

    String logout();

    String path_retired_heading();

    String path_retired_intro();

    String map_legend_label();

    String map_state_done();

    String map_state_in_progress();

    String map_state_available();

    String map_state_waiting();

    String map_state_skipped();

    String map_cell_count(int done, int total);

    String map_cell_none_now();

    String map_filter_now(int count);

    String map_filter_on(int count);

    String map_filter_all();

    String preview_show();

    String preview_edit();

    String theme_label();

    String theme_light();

    String theme_dark();

    String theme_system();

    String calendar_name();

    String calendar_reviews(int count);

    String calendar_more(int count);

    String calendar_letter();

    String calendar_letter_written(String date);

    String calendar_subscribe();

    String calendar_subscribe_hint();
}
