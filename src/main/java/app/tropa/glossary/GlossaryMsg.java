package app.tropa.glossary;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The glossary's and the review's UI texts: {@code messages/glossary.properties} (English) and
 * {@code glossary_ru.properties} (Russian); templates read them as {@code {glossary:key}}.
 */
@MessageBundle("glossary")
public interface GlossaryMsg {

    String nav_glossary();

    String nav_review();

    String glossary_title();

    String glossary_intro();

    String glossary_filters();

    String glossary_search();

    String glossary_node();

    String glossary_phase();

    String glossary_all();

    String glossary_has_metaphor();

    String glossary_mine();

    String glossary_apply();

    String glossary_reset();

    String glossary_count(int shown, int total);

    String glossary_none();

    String glossary_own_badge();

    String glossary_my_metaphor();

    String glossary_no_metaphor();

    String glossary_sample();

    String glossary_card_filled(int filled);

    String glossary_due_now();

    String glossary_due_on(String date);

    String glossary_add_heading();

    String glossary_add_title();

    String glossary_add_definition();

    String glossary_add_hint();

    String glossary_add_submit();

    String glossary_open_existing(String id);

    String term_own(String phase);

    String term_definition();

    String term_metaphor_heading();

    String term_metaphor_current(int version, String when, String phase);

    String term_metaphor_none();

    String term_metaphor_label();

    String term_metaphor_save();

    String term_sample_heading();

    String term_sample_use();

    String term_sample_note();

    String term_timeline_heading();

    String term_timeline_restore();

    String term_timeline_restored(int version);

    String term_timeline_sample();

    String term_timeline_current();

    String term_card_heading();

    String term_card_intro();

    String term_card_filled(int filled);

    String term_card_save();

    String term_card_history(int count);

    String term_card_version(int version, String when, String phase, int filled);

    String term_card_restore();

    String term_related();

    String term_nodes();

    String term_nodes_none();

    String term_review_heading();

    String term_review_not_yet();

    String term_review_due();

    String term_review_next(String date);

    String term_review_stats(int reps, int lapses);

    String term_review_now();

    String card_statement();

    String card_example();

    String card_counterexample();

    String card_analogy();

    String card_application();

    String error_missing_title();

    String error_title_too_long(int length, int max);

    String error_title_without_letters();

    String error_missing_definition();

    String error_definition_too_long(int length, int max);

    String error_term_exists(String id);

    String error_missing_text();

    String error_metaphor_too_long(int length, int max);

    String error_empty_card();

    String error_card_field_too_long(int length, int max);

    String review_title();

    String review_intro();

    String review_due_count(int count);

    String review_recall();

    String review_reveal();

    String review_grade_heading();

    String review_in_days(int days);

    String review_keys_hint();

    String review_definition();

    String review_my_metaphor();

    String review_my_card();

    String review_no_metaphor();

    String review_none();

    String review_next(String date);

    String review_empty();

    String review_in_review(int count);

    String review_open_glossary();

    String review_open_term();

    String review_open_step();

    String review_kept_answer();

    String grade_again();

    String grade_hard();

    String grade_good();

    String grade_easy();

    String dashboard_reviews_heading();

    String dashboard_reviews_due(int count);

    String dashboard_reviews_none();

    String dashboard_reviews_start();

    String node_term_metaphor();

    String node_term_write();
}
