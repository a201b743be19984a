package app.tropa.platform;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * After the database failed to write its file it closes itself, and every pooled connection is
 * dead. Dropping them all makes the next request open the file anew, so freeing disk space is
 * enough: no restart.
 */
@ApplicationScoped
public class DatabaseConnections {

    private static final Logger LOG = Logger.getLogger(DatabaseConnections.class);

    @Inject
    AgroalDataSource dataSource;

    /** Set when the disk refused a write; cleared when a write next commits. */
    private volatile boolean diskRefused;

    public void dropAfterStorageFailure() {
        diskRefused = true;
        LOG.warn("The database could not write its file (is the disk full?); its connections are dropped so the "
                + "next request opens it anew.");
        dataSource.flush(AgroalDataSource.FlushMode.ALL);
    }

    /** Whether the disk refused a write and nothing has been saved since. */
    public boolean diskRefused() {
        return diskRefused;
    }

    /** A transaction that wrote has committed: the disk takes writes again. */
    public void saved() {
        if (diskRefused) {
            diskRefused = false;
            LOG.info("The database writes its file again.");
        }
    }
}
