package org.ocop.rules.criteria;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value computed on first use, once, whatever the number of threads asking: a version's body, a catalogue's set
 * mapping. A computation that throws is not kept: the next call computes again, and on the same data fails with the
 * same error. Thread-safe.
 */
final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> compute;
    private volatile T value;

    Lazy(Supplier<T> compute) {
        this.compute = Objects.requireNonNull(compute);
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = Objects.requireNonNull(compute.get());
                    value = v;
                }
            }
        }
        return v;
    }
}
