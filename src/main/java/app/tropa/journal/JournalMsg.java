package app.tropa.journal;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The journal's UI texts: English in {@code messages/journal.properties}, Russian in
 * {@code messages/journal_ru.properties}; templates read them as {@code {journal:key}}.
 */
@MessageBundle("journal")
public interface JournalMsg {

    String nav_journal();

    String nav_letters();

    String journal_title();

    String journal_lead();

    String journal_prompt_heading();

    String journal_write_heading();

    String journal_find_heading();

    String journal_save();

    String journal_count(long total);

    String journal_empty();

    String draft_restored();

    String draft_discard();

    String form_date();

    String form_kind();

    String form_body();

    String form_body_hint();

    String form_tags();

    String form_tags_placeholder();

    String form_nodes();

    String form_terms();

    String form_multi_hint();

    String kind_daily();

    String kind_field_instruction();

    String kind_revisit();

    String fi_legend();

    String fi_hint();

    String fi_phase();

    String fi_phase_current();

    String fi_attention();

    String fi_depth();

    String fi_depth_value(int depth);

    String fi_assembly_point();

    String fi_vector_question();

    String search_words();

    String search_tag();

    String search_kind();

    String search_any();

    String search_node();

    String search_term();

    String search_from();

    String search_to();

    String search_submit();

    String search_clear();

    String search_found(long total);

    String search_nothing();

    String search_letters();

    String pager_label();

    String pager_previous();

    String pager_next();

    String pager_position(int page, int pages);

    String trash_link(int count);

    String letters_link();

    String entry_phase(String phase);

    String entry_in_trash(String when);

    String entry_text();

    String entry_about();

    String entry_written();

    String entry_edited();

    String entry_edit();

    String entry_edit_hint();

    String entry_save();

    String entry_delete();

    String revisions_heading(int count);

    String revisions_hint();

    String revision_summary(int number, String savedAt);

    String revision_current();

    String revision_restored_from(int number);

    String revision_restore(int number);

    String trash_title();

    String trash_lead();

    String trash_empty();

    String trash_moved(String when);

    String trash_restore();

    String trash_empty_heading();

    String trash_confirm(int count);

    String trash_empty_button();

    String trash_confirm_missing();

    String letters_title();

    String letters_lead();

    String letters_open_heading();

    String letters_sealed_heading();

    String letters_write_heading();

    String letter_written_on(String date);

    String letter_new();

    String letter_opened_on(String when);

    String letter_body();

    String letter_opens();

    String letter_by_day();

    String letter_by_phase();

    String letter_by_node();

    String letter_hint();

    String letter_seal();

    String seal_day(String day);

    String seal_phase(String phase);

    String seal_node(String node);

    String waited_day(String day);

    String waited_phase(String phase);

    String waited_node(String node);

    String ago_months_one(int n);

    String ago_months_few(int n);

    String ago_months_many(int n);

    String ago_years_one(int n);

    String ago_years_few(int n);

    String ago_years_many(int n);

    String dashboard_on_this_day();

    String dashboard_on_this_day_item(String ago, String date);

    String dashboard_letters();

    String dashboard_letter_read();

    String error_missing_body();

    String error_body_too_long(int actual, int max);

    String error_invalid_date();

    String error_invalid_kind();

    String error_unknown_node(String id);

    String error_unknown_term(String id);

    String error_invalid_tag(int max);

    String error_too_many_tags(int max);

    String error_not_field_instruction();

    String error_unknown_phase();

    String error_invalid_depth();

    String error_field_too_long(int max);

    String error_missing_condition();

    String error_open_on_not_future();

    String error_milestone_reached();

    String error_invalid_milestone();

    String search_talks();

    String search_talks_found(int count);
}
