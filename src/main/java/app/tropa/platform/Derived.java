package app.tropa.platform;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A value worked out from the learner's data (and a key, such as today's date), kept until the
 * data changes ({@link DataVersion}) or the key does. Pages read far more often than the learner
 * writes, so a ten-year history is summed once per change, not once per request; requests that
 * miss at the same moment wait for one computation. A value read inside a transaction that
 * has written is never kept: other requests must not see what may still be rolled back. A
 * transaction that changed entities must flush them before it reads a derived value, or it gets
 * the value from before its change.
 */
public final class Derived<K, V> {

    private record Snapshot<K, V>(long version, K key, V value) {
    }

    private final DataVersion data;
    private final LongSupplier version;
    private final Function<K, V> compute;
    private volatile Snapshot<K, V> snapshot;

    public Derived(DataVersion data, Function<K, V> compute) {
        this(data, data::current, compute);
    }

    /** Kept until {@code version} moves (a version of some tables alone, {@link DataVersion#of}). */
    public Derived(DataVersion data, LongSupplier version, Function<K, V> compute) {
        this.data = data;
        this.version = version;
        this.compute = compute;
    }

    /** A value that depends on the data alone; read it with {@link #get()}. */
    public static <V> Derived<Void, V> of(DataVersion data, Supplier<V> compute) {
        return new Derived<>(data, none -> compute.get());
    }

    /** A value read from some tables alone, kept until one of them is written. */
    public static <V> Derived<Void, V> of(DataVersion data, LongSupplier version, Supplier<V> compute) {
        return new Derived<>(data, version, none -> compute.get());
    }

    public V get() {
        return get(null);
    }

    public V get(K key) {
        Snapshot<K, V> s = snapshot;
        if (s != null && s.version() == version.getAsLong() && Objects.equals(s.key(), key)) {
            return s.value();
        }
        if (data.writingHere()) {
            return compute.apply(key);
        }
        return computeOnce(key);
    }

    /** One request computes; the others that missed at the same moment wait for its value. */
    private synchronized V computeOnce(K key) {
        long before = version.getAsLong();
        Snapshot<K, V> s = snapshot;
        if (s != null && s.version() == before && Objects.equals(s.key(), key)) {
            return s.value();
        }
        V value = compute.apply(key);
        snapshot = new Snapshot<>(before, key, value);
        return value;
    }
}
