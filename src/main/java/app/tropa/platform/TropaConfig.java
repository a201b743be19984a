package app.tropa.platform;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.ZoneId;
import java.util.Optional;

/** The learner's settings, under {@code tropa.*} (see the README's configuration table). */
@ConfigMapping(prefix = "tropa")
public interface TropaConfig {

    /** Where the database and backups live. */
    @WithDefault("./data")
    String dataDir();

    /**
     * A backup file to start again with, for one start: read by {@code exchange.TropaMain} before the
     * database opens; a damaged database file is moved aside, never deleted.
     */
    Optional<String> restoreFrom();

    /** A curriculum folder to use instead of the bundled one. */
    Optional<String> curriculumDir();

    /** Host names besides the loopback ones that this app may be reached by (DNS rebinding guard). */
    Optional<java.util.List<String>> allowedHosts();

    /** The learner's time zone (e.g. Europe/Moscow): days, streaks and "today" follow it. */
    @WithConverter(ZoneConverter.class)
    Optional<ZoneId> timeZone();

    /** Access control; required whenever the app listens beyond this machine. */
    Auth auth();

    interface Auth {

        /** A hash made by {@code HashPassword}; when set, every page and API call needs a login. */
        Optional<String> passwordHash();

        /** Failed logins allowed per address per minute before further attempts are refused for a while. */
        @WithDefault("5")
        int maxFailuresPerMinute();

        /** How long a login lasts. */
        @WithDefault("14")
        int sessionDays();
    }

    /** When the tutor speaks up about a phase's risk. */
    Nudges nudges();

    interface Nudges {

        /** Technical immersion: days without a reflection while nodes are being done. */
        @WithDefault("3")
        int depthDays();

        /** Ideal thinking: days with nothing started. */
        @WithDefault("7")
        int detachmentDays();

        /** Integration: nodes done in the phase with no note or metaphor of the learner's own. */
        @WithDefault("3")
        int templatesDone();
    }

    /** Automatic backups into {@code <data dir>/backups/}. */
    Backups backups();

    interface Backups {

        /** How many backups of each kind (daily, before a replace-import, made by hand) to keep. */
        @WithDefault("30")
        int keep();
    }

    /** How large a request body may be. */
    Limits limits();

    /** Rendered pages kept until what they show changes. */
    PageCache pageCache();

    interface PageCache {

        /** The budget of kept pages, in bytes; 0 keeps none. */
        @WithDefault("4M")
        MemorySize maxBytes();
    }

    interface Limits {

        /** Any request body but an import. */
        @WithDefault("4M")
        MemorySize body();

        /** A backup sent to /api/import or the /export upload form (also Quarkus' own ceiling). */
        @WithName("import")
        @WithDefault("64M")
        MemorySize importBody();

        /**
         * Records one backup may hold. Ten years of daily writing come to about 7,500; the ceiling
         * keeps a file of a million tiny records from filling the memory while it is checked.
         */
        @WithName("import-records")
        @WithDefault("200000")
        @jakarta.validation.constraints.Positive
        int importRecords();
    }

    /**
     * The model tutor: the learner's own OpenAI-compatible model server. Off without a base URL;
     * what the settings page saves in the data folder wins over these.
     */
    Tutor tutor();

    interface Tutor {

        /** E.g. http://localhost:11434/v1 (Ollama); only loopback addresses unless allowRemote. */
        Optional<String> baseUrl();

        /** The model's name as the server lists it. */
        Optional<String> model();

        /** Sent as a bearer token, for servers that want one. */
        Optional<String> apiKey();

        /** How long to wait for the model to start answering, or for its next words. */
        @WithDefault("120s")
        java.time.Duration timeout();

        /** Whether a base URL beyond this machine is accepted: every talk carries the learner's journal. */
        @WithDefault("false")
        boolean allowRemote();

        /** Longer answers are cut here and marked as cut. */
        @WithDefault("8000")
        int maxAnswerChars();
    }

    /** A synthetic history for a newcomer to look at, or for the benchmark; off unless years is set. */
    Demo demo();

    interface Demo {

        /** Years of history to write into an empty data folder on start-up; 0 (the default) writes none. */
        @WithDefault("0")
        int years();

        /** The same seed (and day) always gives the same history. */
        @WithDefault("1")
        long seed();
    }

    /** The benchmark's settings (bench/run.sh); never set in normal use. */
    Bench bench();

    interface Bench {

        /**
         * A folder whose files are served under /bench-static/, so the benchmark can compare a page
         * with the same bytes served as a static file by the same app.
         */
        Optional<String> staticDir();
    }
}
