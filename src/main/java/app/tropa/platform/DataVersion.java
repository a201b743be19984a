package app.tropa.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A number that moves whenever the learner's data may have changed: every statement that is not a
 * read moves it ({@link WriteInspector}), and so does the end of its transaction, so a value
 * computed from the data while a change was on its way is never taken for current. {@link Derived}
 * values are kept until it moves. Each table has its own count too ({@link #of(String...)}), for a
 * value read from one table alone.
 */
@ApplicationScoped
public class DataVersion {

    private static final Object WRITING = new Object();

    private final AtomicLong version = new AtomicLong();
    private final TableVersions tables = new TableVersions();

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    DatabaseConnections connections;

    public long current() {
        return version.get();
    }

    /** A version that moves whenever one of these tables is written, and not when others are. */
    public LongSupplier of(String... names) {
        List<String> chosen = List.of(names);
        return () -> tables.of(chosen);
    }

    /** True inside a transaction that has written: what it reads is not yet everyone's data. */
    public boolean writingHere() {
        return transactions.getTransactionKey() != null && transactions.getResource(WRITING) != null;
    }

    /** Called for every statement that writes; see {@link WriteInspector}. */
    void changed(String sql) {
        String table = TableVersions.tableOf(sql);
        version.incrementAndGet();
        tables.moved(table);
        if (transactions.getTransactionKey() == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        Set<String> written = (Set<String>) transactions.getResource(WRITING);
        if (written != null) {
            written.add(table);
            return;
        }
        Set<String> first = ConcurrentHashMap.newKeySet();
        first.add(table);
        transactions.putResource(WRITING, first);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                version.incrementAndGet();
                first.forEach(tables::moved);
                if (status == Status.STATUS_COMMITTED) {
                    connections.saved();
                }
            }
        });
    }
}
