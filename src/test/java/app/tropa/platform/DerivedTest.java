package app.tropa.platform;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DerivedTest {

    /** One transaction at a time, begun and ended by the test. */
    static final class Transactions implements TransactionSynchronizationRegistry {
        Object key;
        final Map<Object, Object> resources = new HashMap<>();
        final List<Synchronization> synchronizations = new ArrayList<>();

        void begin() {
            key = new Object();
        }

        void end() {
            synchronizations.forEach(s -> s.afterCompletion(0));
            synchronizations.clear();
            resources.clear();
            key = null;
        }

        @Override
        public Object getTransactionKey() {
            return key;
        }

        @Override
        public void putResource(Object k, Object value) {
            resources.put(k, value);
        }

        @Override
        public Object getResource(Object k) {
            return resources.get(k);
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            synchronizations.add(sync);
        }

        @Override
        public int getTransactionStatus() {
            return 0;
        }

        @Override
        public void setRollbackOnly() {
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }

    final Transactions transactions = new Transactions();
    final DataVersion data = data(transactions);
    final AtomicInteger computed = new AtomicInteger();
    final Derived<String, String> derived = new Derived<>(data, key -> key + computed.incrementAndGet());

    static DataVersion data(Transactions transactions) {
        DataVersion data = new DataVersion();
        data.transactions = transactions;
        return data;
    }

    @Test
    void shouldComputeOnceUntilTheDataChanges() {
        assertEquals("a1", derived.get("a"));
        assertEquals("a1", derived.get("a"));
        data.changed("insert into t values (1)");
        assertEquals("a2", derived.get("a"));
    }

    @Test
    void shouldKeepAValueOfTheDataAlone() {
        Derived<Void, Integer> count = Derived.of(data, computed::incrementAndGet);
        assertEquals(1, count.get());
        assertEquals(1, count.get());
        data.changed("insert into t values (1)");
        assertEquals(2, count.get());
    }

    @Test
    void shouldComputeAgainForAnotherKey() {
        assertEquals("a1", derived.get("a"));
        assertEquals("b2", derived.get("b"));
        assertEquals("a3", derived.get("a"));
    }

    @Test
    void shouldNotKeepWhatAWritingTransactionRead() {
        transactions.begin();
        data.changed("insert into t values (1)");
        assertTrue(data.writingHere());
        assertEquals("a1", derived.get("a"));
        assertEquals("a2", derived.get("a"), "read again: the transaction's own writes may still roll back");
        transactions.end();
        assertFalse(data.writingHere());
        assertEquals("a3", derived.get("a"));
        assertEquals("a3", derived.get("a"));
    }

    @Test
    void shouldMoveAgainWhenAWritingTransactionEnds() {
        transactions.begin();
        data.changed("insert into t values (1)");
        long during = data.current();
        transactions.end();
        assertTrue(data.current() > during, "a value read while the change was on its way is not current");
    }

    @Test
    void shouldComputeOnceForRequestsThatMissTogether() throws Exception {
        java.util.concurrent.CountDownLatch computing = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Derived<String, String> slow = new Derived<>(data, key -> {
            computing.countDown();
            await(release);
            return key + computed.incrementAndGet();
        });
        String[] seen = new String[2];
        Thread first = new Thread(() -> seen[0] = slow.get("a"));
        Thread second = new Thread(() -> seen[1] = slow.get("a"));
        first.start();
        computing.await();
        second.start();
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (second.getState() != Thread.State.BLOCKED && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        release.countDown();
        first.join();
        second.join();
        assertEquals(1, computed.get());
        assertEquals("a1", seen[0]);
        assertEquals("a1", seen[1]);
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aValueReadFromOneTableIsKeptWhileOtherTablesAreWritten() {
        Derived<Void, Integer> index = Derived.of(data, data.of("journal_entry"), computed::incrementAndGet);
        assertEquals(1, index.get());
        data.changed("update progress_checkpoint set ticked = ? where id = ?");
        data.changed("insert into review_log (id, grade) values (?, ?)");
        assertEquals(1, index.get(), "a checkpoint and a review leave the journal as it was");
        data.changed("insert into journal_entry (id, body) values (?, ?)");
        assertEquals(2, index.get());
        data.changed("delete from PUBLIC.\"JOURNAL_ENTRY\" where id = ?");
        assertEquals(3, index.get(), "a table named with its schema and quotes is the same table");
        data.changed("call some_procedure()");
        assertEquals(4, index.get(), "a write whose table cannot be told counts against every table");
    }

    @Test
    void aTablesVersionMovesAgainWhenTheTransactionThatWroteItEnds() {
        Derived<Void, Integer> index = Derived.of(data, data.of("journal_entry"), computed::incrementAndGet);
        transactions.begin();
        data.changed("update journal_entry set body = ? where id = ?");
        assertEquals(1, index.get());
        transactions.end();
        assertEquals(2, index.get(), "what was read while the change was on its way is not kept");
        assertEquals(2, index.get());
    }

    @Test
    void shouldTellTheTableAStatementWrites() {
        assertEquals("journal_entry", TableVersions.tableOf("insert into journal_entry (id) values (?)"));
        assertEquals("journal_entry", TableVersions.tableOf("INSERT INTO journal_entry(id) values (?)"));
        assertEquals("journal_entry", TableVersions.tableOf("update journal_entry set body=? where id=?"));
        assertEquals("journal_entry", TableVersions.tableOf("delete from journal_entry je1_0 where je1_0.id=?"));
        assertEquals("journal_entry", TableVersions.tableOf("merge into public.journal_entry using s on 1 = 1"));
        assertEquals("journal_entry", TableVersions.tableOf("truncate table \"journal_entry\""));
        assertEquals(TableVersions.ANY, TableVersions.tableOf("call refresh()"));
    }

    @Test
    void shouldTellReadsFromWrites() {
        assertTrue(WriteInspector.isRead("select x from t"));
        assertTrue(WriteInspector.isRead("  SELECT 1"));
        assertTrue(WriteInspector.isRead("with a as (select 1) select * from a"));
        assertFalse(WriteInspector.isRead("insert into t values (1)"));
        assertFalse(WriteInspector.isRead("update t set x = 1"));
        assertFalse(WriteInspector.isRead("delete from t"));
        assertFalse(WriteInspector.isRead("merge into t using s on 1 = 1"));
    }
}
