package app.tropa.exchange;

import java.util.Map;
import java.util.function.Consumer;

/** Where an export reads from: the database page by page, or a {@link BackupContent} in memory. */
public interface BackupSource {

    BackupContent.Header header();

    Map<String, String> settings();

    /** Hands every record of the section to the sink, in the file's order. */
    void each(Section section, Consumer<Object> sink);
}
