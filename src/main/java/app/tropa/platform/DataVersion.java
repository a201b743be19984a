package app.tropa.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A number that moves whenever the learner's data may have changed: every statement that is not a
 * read moves it ({@link WriteInspector}), and so does the end of its transaction, so a value
 * computed from the data while a change was on its way is never taken for current. {@link Derived}
 * values are kept until it moves.
 */
@ApplicationScoped
public class DataVersion {

    private static final Object WRITING = new Object();

    private final AtomicLong version = new AtomicLong();

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    DatabaseConnections connections;

    public long current() {
        return version.get();
    }

    /** True inside a transaction that has written: what it reads is not yet everyone's data. */
    public boolean writingHere() {
        return transactions.getTransactionKey() != null && transactions.getResource(WRITING) != null;
    }

    /** Called for every statement that writes; see {@link WriteInspector}. */
    void changed() {
        version.incrementAndGet();
        if (transactions.getTransactionKey() != null && transactions.getResource(WRITING) == null) {
            transactions.putResource(WRITING, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    version.incrementAndGet();
                    if (status == Status.STATUS_COMMITTED) {
                        connections.saved();
                    }
                }
            });
        }
    }
}
