package app.tropa.web;

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
}
