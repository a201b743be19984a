package app.tropa.report;

import io.quarkus.qute.i18n.MessageBundle;

import java.time.LocalDate;

/**
 * The progress report's texts, the page's and the file's: {@code messages/report.properties} (English)
 * and {@code report_ru.properties} (Russian); templates read them as {@code {report:key}}. The file is
 * rendered in the language chosen for it, whatever the interface speaks.
 */
@MessageBundle("report")
public interface ReportMsg {

    String nav_report();

    String export_link();

    String page_title();

    String page_lead();

    String page_private();

    String name_heading();

    String name_label();

    String name_hint(int max);

    String name_save();

    String name_saved();

    String name_too_long(int length, int max);

    String name_invalid();

    String choices_heading();

    String lang_legend();

    String variant_legend();

    String variant_progress();

    String variant_portfolio();

    String own_legend();

    String include_metaphors();

    String include_notes();

    String reflections_legend();

    String reflections_hint(int shown, int total);

    String reflections_empty();

    String reflections_none();

    String find_label();

    String find_button();

    String open_button();

    String download_button();

    String json_link();

    String file_title();

    String file_title_named(String name);

    String file_heading();

    String file_for(String name);

    String file_made(String date);

    String file_about();

    String file_private_none();

    String file_private_some(String what);

    String what_metaphors();

    String what_notes();

    String what_reflections(int count);

    String what_portfolio();

    String summary_heading();

    String summary_since(LocalDate date, int days);

    String summary_not_started();

    String summary_done(int done, int total, int percent);

    String summary_caption();

    String map_heading();

    String map_caption();

    String map_cell(int done, int total);

    String map_done_on(LocalDate date);

    String phases_heading();

    String phases_caption();

    String phases_phase();

    String phases_reached();

    String phases_first_done();

    String phases_done();

    String phases_not_yet();

    String recent_heading();

    String recent_caption();

    String recent_period();

    String recent_days(int days);

    String recent_done();

    String review_heading();

    String review_caption();

    String review_what();

    String review_count();

    String review_reviews();

    String review_again();

    String review_retention();

    String review_in_review();

    String review_revisits();

    String review_revisit_retention();

    String review_none();

    String rhythm_heading();

    String rhythm_current(int days);

    String rhythm_longest(int days);

    String heatmap_title();

    String heatmap_summary(int activeDays, int total);

    String heatmap_caption();

    String heatmap_month();

    String heatmap_active_days();

    String heatmap_actions();

    String heatmap_less();

    String heatmap_more();

    String metaphors_heading();

    String metaphors_none();

    String notes_heading();

    String notes_none();

    String reflections_heading();

    String portfolio_heading();

    String portfolio_lead();

    String portfolio_none();

    String portfolio_note();

    String portfolio_reflections();

    String portfolio_not_started(int count);

    String state_done();

    String state_in_progress();

    String state_skipped();

    String state_available();

    String state_waiting();

    String kind_daily();

    String kind_field_instruction();

    String fi_phase();

    String fi_attention();

    String fi_depth();

    String fi_assembly();

    String fi_vector();

    String footer_made(String date);
}
