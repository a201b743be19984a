package app.tropa.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** The learner's settings, under {@code tropa.*} (see the README's configuration table). */
@ConfigMapping(prefix = "tropa")
public interface TropaConfig {

    /** Where the database and backups live. */
    @WithDefault("./data")
    String dataDir();

    /** A curriculum folder to use instead of the bundled one. */
    Optional<String> curriculumDir();
}
