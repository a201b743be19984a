package app.tropa.security;

import app.tropa.platform.TropaConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.jboss.logging.Logger;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

/**
 * Refuses to start when starting would put the learner's data at risk: listening beyond this
 * machine without a password, or opening a data folder written by a newer Tropa.
 */
@ApplicationScoped
public class StartupChecks {

    private static final Logger LOG = Logger.getLogger(StartupChecks.class);

    @ConfigProperty(name = "quarkus.http.host")
    String host;

    @Inject
    TropaConfig config;

    @Inject
    Flyway flyway;

    @Inject
    SignInPassword password;

    void check(@Observes @Priority(1) StartupEvent event) {
        newerSchema().ifPresent(StartupChecks::refuse);
        password.load();
        exposure(host, password.hash()).ifPresent(StartupChecks::refuse);
    }

    private static void refuse(String reason) {
        LOG.error(reason);
        throw new IllegalStateException(reason);
    }

    /** Why listening on {@code host} is refused, if it is. */
    static Optional<String> exposure(String host, Optional<String> passwordHash) {
        if (isLoopback(host)) {
            return Optional.empty();
        }
        if (passwordHash.isEmpty()) {
            return Optional.of("Tropa will not start: it is set to listen on " + host + ", beyond this machine, "
                    + "but no password is set. Make one with 'java -cp target/quarkus-app/app/tropa-<version>.jar "
                    + "app.tropa.security.HashPassword' and set tropa.auth.password-hash to what it prints, or set one "
                    + "on the /settings page while Tropa listens on 127.0.0.1, or remove quarkus.http.host to listen on "
                    + "127.0.0.1 only.");
        }
        if (!PasswordHash.isWellFormed(passwordHash.get())) {
            return Optional.of("Tropa will not start: tropa.auth.password-hash is not a hash made by "
                    + "app.tropa.security.HashPassword (it should start with pbkdf2-sha256$).");
        }
        return Optional.empty();
    }

    static boolean isLoopback(String host) {
        String h = host == null ? "" : host.strip().toLowerCase(java.util.Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("::1") || h.equals("[::1]");
    }

    private Optional<String> newerSchema() {
        MigrationInfo[] all = flyway.info().all();
        Optional<MigrationInfo> newest = Arrays.stream(all)
                .filter(m -> m.getState().name().startsWith("FUTURE"))
                .max(Comparator.comparing(MigrationInfo::getVersion));
        Optional<MigrationInfo> known = Arrays.stream(all).filter(m -> m.getScript() != null && m.getVersion() != null)
                .filter(m -> !m.getState().name().startsWith("FUTURE"))
                .max(Comparator.comparing(MigrationInfo::getVersion));
        return newest.map(m -> "Tropa will not start: the data folder " + config.dataDir() + " was written by a newer "
                + "version of Tropa (database schema " + m.getVersion() + "; this version knows up to "
                + known.map(k -> k.getVersion().toString()).orElse("none") + "). Nothing in it was changed. Start "
                + "the newer Tropa on it, or set tropa.data-dir to another folder.");
    }
}
