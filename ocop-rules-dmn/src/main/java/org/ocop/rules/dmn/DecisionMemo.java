package org.ocop.rules.dmn;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Remembers each decision's result by its inputs, so that a decision is evaluated by the DMN runtime once per
 * distinct (version, model, decision, inputs) rather than once per option chosen, per criterion and per star on
 * every dossier. The model is its id, which names the product set for a set's model ({@code option-points/I.4.a}),
 * so two sets' tables never share an entry.
 *
 * <p>This is exact, not an approximation: every decision of the generated models is a decision table over its
 * named inputs only (FEEL literals, ranges and comparisons; no clock, no context beyond the inputs, see
 * {@link DmnModelGenerator}), so its result is a function of those inputs, and the models of a running engine do
 * not change. The memo is filled only from the DMN evaluation itself, so the models stay the source of every
 * number and every yes/no; a failed evaluation is not remembered and fails again next time.
 *
 * <p>The inputs are small: option ids and criterion codes of the data (bounded by the sheets), and counts and
 * sums of one council's points. The memo still stops growing at {@value #MEMO_LIMIT} entries (a few MiB); past
 * that, new inputs are evaluated every time, which is slower but gives the same results.
 *
 * <p>A decorator of its own rather than part of the KIE runtime's {@link KieDecisions} so that it wraps whichever
 * runtime the engine is given (Camunda in the cross-check tests too). Safe to share across threads: a concurrent map.
 */
final class DecisionMemo implements Decisions {
    static final int MEMO_LIMIT = 20_000;
    private final Decisions delegate;
    private final ConcurrentMap<Key, Result> results = new ConcurrentHashMap<>();

    /**
     * A decision and its inputs. The hash mixes each input's name and value before adding them up: a map's own
     * hash (the sum of {@code name ^ value}) collides for inputs that are small numbers, which piled the keys
     * into a few buckets of the map and made each look-up compare whole maps.
     */
    private record Key(String versionId, String model, String decision, Map<String, ?> inputs, int hash) {
        Key(String versionId, String model, String decision, Map<String, ?> inputs) {
            this(versionId, model, decision, inputs, hash(versionId, model, decision, inputs));
        }

        private static int hash(String versionId, String model, String decision, Map<String, ?> inputs) {
            int h = 0;
            for (Map.Entry<String, ?> input : inputs.entrySet()) {
                h += mix(input.getKey().hashCode() * 31 + Objects.hashCode(input.getValue()));
            }
            return mix(((versionId.hashCode() * 31 + model.hashCode()) * 31 + decision.hashCode()) * 31 + h);
        }

        /** The finaliser of MurmurHash3: every input bit changes about half of the output bits. */
        private static int mix(int h) {
            h ^= h >>> 16;
            h *= 0x85ebca6b;
            h ^= h >>> 13;
            h *= 0xc2b2ae35;
            return h ^ (h >>> 16);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && hash == k.hash && decision.equals(k.decision)
                    && model.equals(k.model) && versionId.equals(k.versionId) && inputs.equals(k.inputs);
        }
    }

    /** A result, which may be {@code null} (no rule matched): the map cannot hold null values. */
    private record Result(Object value) {
    }

    DecisionMemo(Decisions delegate) {
        this.delegate = delegate;
    }

    @Override
    public Object evaluate(String versionId, String model, String decision, Map<String, ?> inputs) {
        Key key = new Key(versionId, model, decision, inputs);
        Result known = results.get(key);
        if (known != null) {
            return known.value();
        }
        Object value = delegate.evaluate(versionId, model, decision, inputs);
        if (results.size() < MEMO_LIMIT) {
            // a copy: the caller's inputs map is its own
            results.putIfAbsent(new Key(versionId, model, decision, Map.copyOf(inputs), key.hash()),
                    new Result(value));
        }
        return value;
    }

    @Override
    public Set<String> versions() {
        return delegate.versions();
    }

    @Override
    public Set<String> models(String versionId) {
        return delegate.models(versionId);
    }
}
