package app.tropa.i18n;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The rhythm's texts — how memory is holding, pace and targets, the calendar feed's key:
 * {@code messages/rhythm.properties} (English) and {@code rhythm_ru.properties} (Russian);
 * templates read them as {@code {rhythm:key}}. Here, below every feature, because review and the
 * pages above it both speak them.
 */
@MessageBundle("rhythm")
public interface RhythmMsg {

    String stats_title();

    String stats_lead();

    String stats_link();

    String stats_back();

    String stats_empty();

    String stats_series_reviews();

    String stats_series_revisits();

    String stats_as_table();

    String stats_retention_heading();

    String stats_retention_summary(int recalled, int due, int months);

    String stats_retention_none();

    String stats_retention_value(int percent, int recalled, int due);

    String stats_per_day_heading();

    String stats_per_day_summary(int count, int days);

    String stats_per_day_none();

    String stats_forecast_heading();

    String stats_forecast_summary(int count, int days);

    String stats_forecast_none();

    String stats_stability_heading();

    String stats_stability_summary(int count);

    String stats_stability_none();

    String stats_col_month();

    String stats_col_retention();

    String stats_col_day();

    String stats_col_reviews();

    String stats_col_due();

    String stats_col_stability();

    String stats_col_count();

    String stats_bucket_new();

    String stats_bucket_new_short();

    String stats_bucket_under_1d();

    String stats_bucket_d1_7();

    String stats_bucket_d7_30();

    String stats_bucket_d30_90();

    String stats_bucket_d90_365();

    String stats_bucket_over_1y();

    String pace_heading();

    String pace_too_early();

    String pace_quiet(String weeks);

    String pace_finished();

    String pace_reach(String weeks, String phase, String month);

    String pace_reach_holds(String weeks, String phase, String month, String target);

    String pace_reach_misses(String weeks, String phase, String month, String target);

    String pace_finish(String month);

    String pace_finish_holds(String month, String target);

    String pace_finish_misses(String month, String target);

    String pace_set_targets();

    String pace_title();

    String pace_lead();

    String pace_measure(String weeks, int steps, String hours);

    String pace_goals_heading();

    String pace_col_goal();

    String pace_col_projected();

    String pace_col_target();

    String pace_col_verdict();

    String pace_goal_phase(String phase);

    String pace_goal_path();

    String pace_reached();

    String pace_projected(String month);

    String pace_unknown();

    String pace_holds();

    String pace_misses();

    String pace_no_target();

    String pace_clear_hint();

    String pace_save();

    String pace_saved();

    String pace_error_date(String goal);

    String pace_error_goal();

    String calendar_target_phase(String phase);

    String calendar_target_path();

    String calendar_target_note();

    String feed_link();

    String feed_address();

    String feed_key_hint();

    String feed_renew();

    String stats_r_retention_summary(int recalled, int due, int months);

    String stats_r_retention_none();

    String stats_r_per_day_heading();

    String stats_r_per_day_summary(int count, int days);

    String stats_r_per_day_none();

    String stats_r_forecast_summary(int count, int days);

    String stats_r_forecast_none();

    String stats_r_stability_heading();

    String stats_r_stability_summary(int count);

    String stats_r_stability_none();

    String stats_r_col_reviews();

    String stats_r_col_count();

    String weeks_single();

    String weeks_one(int count);

    String weeks_few(int count);

    String weeks_many(int count);
}
