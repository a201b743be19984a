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

    public void dropAfterStorageFailure() {
        LOG.warn("The database could not write its file (is the disk full?); its connections are dropped so the "
                + "next request opens it anew.");
        dataSource.flush(AgroalDataSource.FlushMode.ALL);
    }
}
