package app.tropa.pages;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The welcome, placement and settings pages' words: {@code messages/welcome.properties} (English)
 * and {@code welcome_ru.properties} (Russian); templates read them as {@code {welcome:key}}.
 */
@MessageBundle("welcome")
public interface WelcomeMsg {

    String nav_settings();

    String welcome_title();

    String welcome_what();

    String welcome_private();

    String welcome_choose_heading();

    String welcome_start();

    String welcome_start_hint();

    String welcome_place();

    String welcome_place_hint();

    String welcome_restore();

    String welcome_restore_hint();

    String place_title();

    String place_lead();

    String place_cell(String phase, String rung);

    String place_all();

    String place_step_closed();

    String place_ticked();

    String place_preview();

    String place_nothing_ticked();

    String place_again_hint();

    String preview_title();

    String preview_lead();

    String preview_position(String phase, String rung);

    String preview_complete();

    String preview_counts(int done, int inProgress);

    String preview_nothing();

    String preview_changes_heading();

    String preview_change_done(String title);

    String preview_change_in_progress(String title, int ticked, int count);

    String preview_next_heading();

    String preview_confirm();

    String preview_back();

    String placed_title();

    String placed_lead(int count);

    String placed_undo_heading();

    String placed_undo_hint();

    String placed_undo();

    String placed_continue_settings();

    String placed_continue_dashboard();

    String undo_done(int count);

    String undo_none();

    String undo_undone();

    String undo_too_late();

    String undo_changed();

    String settings_title();

    String settings_welcome_lead();

    String settings_saved();

    String settings_zone_heading();

    String settings_zone_lead();

    String settings_zone_label();

    String settings_zone_hint(String zone);

    String settings_zone_browser(String zone);

    String settings_zone_save();

    String settings_zone_invalid(String zone);

    String settings_password_heading();

    String settings_password_lead();

    String settings_password_state_on();

    String settings_password_state_off();

    String settings_password_in_config();

    String settings_password_current();

    String settings_password_new();

    String settings_password_new_hint(int min);

    String settings_password_repeat();

    String settings_password_save();

    String settings_password_remove();

    String settings_password_wrong();

    String settings_password_invalid(int min, int max);

    String settings_password_differ();

    String settings_password_removed();

    String settings_tutor_heading();

    String settings_tutor_lead();

    String settings_tutor_link();

    String settings_tutor_connected(String model);

    String settings_done();
}
