package org.ocop.rules;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable map from member names to values, in the council's order, that allows {@code null} values (a member
 * who chose nothing on a criterion) — what {@link CriterionScore} and {@link FailedMinimum} hold for each member.
 *
 * <p>Why not {@code Collections.unmodifiableMap(new LinkedHashMap<>(m))}: a rating holds one such map per criterion
 * and per kind (choices, points, ticked lines), about a hundred for a 5-member sheet, and the linked hash maps and
 * their defensive copies were the largest part of {@code Rater}'s own time per rating (see BENCHMARKS.md). The
 * member names are one array shared by every map of a rating; a lookup scans it (a council has a handful of
 * members). {@link #copyOf} returns a {@code MemberMap} as it is, as {@link List#copyOf} does for immutable lists.
 *
 * <p>It behaves as any {@link Map}: {@code equals}, {@code hashCode} and {@code toString} are {@link AbstractMap}'s,
 * so it equals a {@code LinkedHashMap} with the same entries. Thread-safe, being immutable.
 */
final class MemberMap<V> extends AbstractMap<String, V> {
    private final String[] members;
    private final Object[] values;

    private MemberMap(String[] members, Object[] values) {
        this.members = members;
        this.values = values;
    }

    /**
     * A map over {@code members} (distinct names, shared, never written) with the value at the same index of
     * {@code values} (taken over by the map: the caller must not write it afterwards).
     */
    static <V> MemberMap<V> of(String[] members, Object[] values) {
        if (members.length != values.length) {
            throw new IllegalArgumentException(members.length + " members but " + values.length + " values");
        }
        return new MemberMap<>(members, values);
    }

    /** An immutable copy in the map's iteration order; a {@code MemberMap} is returned as it is. */
    @SuppressWarnings("unchecked")
    static <V> Map<String, V> copyOf(Map<String, ? extends V> map) {
        if (map instanceof MemberMap<?> members) {
            return (MemberMap<V>) members;
        }
        String[] keys = new String[map.size()];
        Object[] values = new Object[keys.length];
        int i = 0;
        for (Map.Entry<String, ? extends V> e : map.entrySet()) {
            keys[i] = Objects.requireNonNull(e.getKey(), "member");
            values[i++] = e.getValue();
        }
        return new MemberMap<>(keys, values);
    }

    private int indexOf(Object member) {
        for (int i = 0; i < members.length; i++) {
            if (members[i].equals(member)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int size() {
        return members.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : (V) values[i];
    }

    @Override
    public Set<Map.Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return members.length;
            }

            @Override
            public Iterator<Map.Entry<String, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < members.length;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Map.Entry<String, V> next() {
                        if (next >= members.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new AbstractMap.SimpleImmutableEntry<>(members[i], (V) values[i]);
                    }
                };
            }
        };
    }
}
