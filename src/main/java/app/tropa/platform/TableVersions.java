package app.tropa.platform;

import java.util.Collection;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A count of writes per table, so a value read from one table (the journal's search index) is not
 * worked out again when another one changes (a checkpoint ticked). A statement whose table is not
 * recognised counts against every table.
 */
public final class TableVersions {

    /** Where a write whose table could not be told is counted: every table's version includes it. */
    static final String ANY = "*";

    private final ConcurrentHashMap<String, AtomicLong> counters = new ConcurrentHashMap<>();

    void moved(String table) {
        counters.computeIfAbsent(table, t -> new AtomicLong()).incrementAndGet();
    }

    /** A number that moves whenever one of these tables is written (or a table not told). */
    long of(Collection<String> tables) {
        long sum = count(ANY);
        for (String table : tables) {
            sum += count(table.toLowerCase(Locale.ROOT));
        }
        return sum;
    }

    private long count(String table) {
        AtomicLong c = counters.get(table);
        return c == null ? 0 : c.get();
    }

    /** The table a writing statement changes, lower case without schema or quotes; {@link #ANY} if not told. */
    static String tableOf(String sql) {
        String[] words = sql.strip().toLowerCase(Locale.ROOT).split("[\\s(]+", 4);
        String table = null;
        if (words.length >= 3 && (words[0].equals("insert") || words[0].equals("merge")) && words[1].equals("into")
                || words.length >= 3 && words[0].equals("delete") && words[1].equals("from")
                || words.length >= 3 && words[0].equals("truncate") && words[1].equals("table")) {
            table = words[2];
        } else if (words.length >= 2 && words[0].equals("update")) {
            table = words[1];
        }
        if (table == null) {
            return ANY;
        }
        table = table.replace("\"", "").replace("`", "");
        int dot = table.lastIndexOf('.');
        table = dot >= 0 ? table.substring(dot + 1) : table;
        return table.isEmpty() ? ANY : table;
    }
}
