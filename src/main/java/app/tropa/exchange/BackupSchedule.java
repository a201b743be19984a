package app.tropa.exchange;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Looks every hour (and a minute after start-up) whether today's backup is made, so a laptop that
 * sleeps at any fixed hour still gets one each day it runs; first it reads back any backup not
 * checked yet (made by an older Tropa, or changed since), so rotation knows which are good.
 */
@ApplicationScoped
public class BackupSchedule {

    private static final Logger LOG = Logger.getLogger(BackupSchedule.class);

    @Inject
    Backups backups;

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        try {
            backups.recheck();
        } catch (RuntimeException e) {
            LOG.warn("Reading back older backups failed; it is tried again within the hour", e);
        }
        try {
            backups.dailyIfDue();
        } catch (BackupFailure e) {
            LOG.warnf("The daily backup failed (%s); the dashboard says so, and it is tried again within the hour",
                    e.reason().code());
        } catch (RuntimeException e) {
            LOG.error("The daily backup failed; it is tried again within the hour", e);
        }
    }
}
