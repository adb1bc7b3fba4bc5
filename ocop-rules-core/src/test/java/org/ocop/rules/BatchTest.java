package org.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ocop.rules.internal.Batch;

/** The ordered parallel map under every batch of the library ({@code rateAll}, {@code replayAll}, the advisor's). */
class BatchTest {

    private static int slowSquare(int i, Set<String> threads) {
        threads.add(Thread.currentThread().getName());
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return i * i;
    }

    @Test
    void resultsComeOutInInputOrderWhateverFinishesFirst() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        try (Stream<Integer> out = Batch.ordered(IntStream.range(0, 200).boxed(), i -> slowSquare(i, threads), 3)) {
            assertThat(out.toList()).isEqualTo(IntStream.range(0, 200).map(i -> i * i).boxed().toList());
        }
    }

    @Test
    void parallelismCountsTheCallingThreadWhichDoesQueuedWorkInsteadOfWaiting() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        String caller = Thread.currentThread().getName();
        try (Stream<Integer> out = Batch.ordered(IntStream.range(0, 100).boxed(), i -> slowSquare(i, threads), 2)) {
            assertThat(out.count()).isEqualTo(100);
        }
        // one worker takes one item at a time, so the caller always finds queued items to do itself
        assertThat(threads).containsExactlyInAnyOrder(caller, "ocop-rating-1");
    }

    @Test
    void parallelismOneRatesOnTheCallingThreadAlone() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        try (Stream<Integer> out = Batch.ordered(Stream.of(1, 2, 3), i -> slowSquare(i, threads), 1)) {
            assertThat(out.toList()).containsExactly(1, 4, 9);
        }
        assertThat(threads).containsExactly(Thread.currentThread().getName());
    }

    @Test
    void aFailureOfTheWorkReachesTheCallerInPlaceWhicheverThreadDidIt() {
        try (Stream<Integer> out = Batch.ordered(IntStream.range(0, 50).boxed(), i -> {
            if (i == 17) {
                throw new IllegalStateException("item 17 failed");
            }
            return i;
        }, 2)) {
            List<Integer> taken = new java.util.ArrayList<>();
            assertThatThrownBy(() -> out.forEachOrdered(taken::add)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("item 17 failed");
            assertThat(taken).isEqualTo(IntStream.range(0, 17).boxed().toList());
        }
    }

    @Test
    void parallelismBelowOneIsRefused() {
        assertThatThrownBy(() -> Batch.ordered(Stream.of(1), i -> i, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parallelism must be at least 1: 0");
    }
}
