package org.ocop.rules;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * An ordered, bounded, parallel map over a stream: at most {@code 4 × parallelism} items are in flight, results
 * come out in input order, and the input is pulled only as results are taken — so memory stays constant whatever
 * the batch size.
 */
final class Batch {

    private Batch() {
    }

    static <T, R> Stream<R> ordered(Stream<T> input, Function<T, R> work, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1: " + parallelism);
        }
        if (parallelism == 1) {
            return input.map(work);
        }
        AtomicInteger threads = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "ocop-rating-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ExecutorService pool = Executors.newFixedThreadPool(parallelism, factory);
        Iterator<T> source = input.iterator();
        int window = 4 * parallelism;
        Iterator<R> results = new Iterator<>() {
            private final ArrayDeque<Future<R>> inFlight = new ArrayDeque<>();

            private void fill() {
                while (inFlight.size() < window && source.hasNext()) {
                    T item = source.next();
                    inFlight.add(pool.submit(() -> work.apply(item)));
                }
            }

            @Override
            public boolean hasNext() {
                fill();
                return !inFlight.isEmpty();
            }

            @Override
            public R next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Future<R> next = inFlight.poll();
                try {
                    return next.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException("batch interrupted");
                } catch (ExecutionException e) {
                    // work never throws for a bad dossier (it becomes an INVALID rating): this is a defect
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(results, Spliterator.ORDERED), false)
                .onClose(pool::shutdownNow)
                .onClose(input::close);
    }
}
