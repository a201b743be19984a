package app.tropa.talk;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The tutor's UI texts and the labels of what it is told: {@code messages/talk.properties}
 * (English) and {@code talk_ru.properties} (Russian); templates read them as {@code {talk:key}}.
 */
@MessageBundle("talk")
public interface TalkMsg {

    String nav_tutor();

    String talk_about();

    String talks_title();

    String talks_lead();

    String talks_heading();

    String talks_start_today();

    String talks_start_hint();

    String talks_none();

    String talks_messages(int count);

    String talks_trash();

    String talk_demo();

    String talk_demo_note();

    String talk_in_trash();

    String talk_restore();

    String talk_delete();

    String talk_messages_label();

    String talk_keep_heading();

    String role_learner();

    String role_tutor();

    String answer_cut();

    String answer_streaming();

    String unanswered();

    String waiting();

    String try_again();

    String send();

    String stop();

    String message_label();

    String message_hint();

    String reply_label();

    String message_required(int max);

    String reflection_in_trash();

    String refused();

    String start_title(String title);

    String start_lead();

    String start_earlier();

    String sees_title();

    String sees_hint();

    String sees_hint_talk();

    String training_label();

    String training_hint();

    String training_save();

    String about_node();

    String about_reflection();

    String about_term();

    String about_today();

    String talk_title_reflection(String date);

    String talk_title_today(String date);

    String connection_on(String model, String baseUrl);

    String connection_off();

    String connection_connect();

    String settings_link();

    String settings_title();

    String settings_lead();

    String settings_saved();

    String settings_base_url();

    String settings_base_url_hint();

    String settings_base_url_remote();

    String settings_model();

    String settings_model_hint();

    String settings_api_key();

    String settings_api_key_hint();

    String settings_keep_key();

    String settings_timeout();

    String settings_timeout_hint();

    String settings_save();

    String settings_back();

    String settings_remote();

    String settings_base_url_invalid();

    String settings_timeout_invalid(int max);

    String check_heading();

    String check_button();

    String check_reachable(int count);

    String check_refused();

    String check_not_compatible();

    String check_model_not_found();

    String check_timeout();

    String check_error(String detail);

    String check_no_url();

    String failure_tutor_off();

    String failure_timeout();

    String failure_unreachable();

    String failure_not_compatible();

    String failure_model_not_found();

    String failure_stopped();

    String failure_empty();

    String failure_error();

    String failure_interrupted();

    String ground_phase(String title);

    String ground_mode();

    String ground_risk();

    String ground_step(String title);

    String ground_summary();

    String ground_checkpoints();

    String ground_attention();

    String ground_vector();

    String ground_depth();

    String ground_assembly();

    String ground_metaphors();

    String ground_no_metaphor();

    String ground_reflections();

    String ground_term(String title);

    String ground_definition();

    String ground_metaphor_versions();

    String ground_metaphor_current(int version, String when);

    String ground_metaphor_earlier(int version, String when);

    String ground_card(int version);

    String card_statement();

    String card_example();

    String card_counterexample();

    String card_analogy();

    String card_application();

    String ground_term_steps();

    String ground_reflection(String date);

    String ground_reflection_text();

    String ground_today();

    String ground_today_question();

    String questions_suggest();

    String questions_suggest_hint();

    String questions_title(String title);

    String questions_lead();

    String questions_keep();

    String questions_keep_one();

    String questions_answer();

    String questions_kept(int count);

    String questions_none_ticked();

    String questions_broken(String detail);

    String questions_again();

    String questions_back();
}
