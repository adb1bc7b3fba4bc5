package org.ocop.rules.internal;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * An ordered, bounded, parallel map over a stream: at most {@code 4 × parallelism} items are in flight, results
 * come out in input order, and the input is pulled only as results are taken — so memory stays constant whatever
 * the batch size.
 *
 * <p>{@code parallelism} threads do the work: {@code parallelism − 1} workers, and the thread that takes the results,
 * which, instead of parking while the next result is still queued, takes queued items off the workers' queue and
 * does them itself (the way a fork-join pool's joining thread helps). So on a machine with as many cores as
 * {@code parallelism} every core rates and none waits for a hand-off, which matters most on two cores, where a
 * third busy thread (a consumer waking for each result) takes its time from a worker (see BENCHMARKS.md).
 */
public final class Batch {

    private Batch() {
    }

    public static <T, R> Stream<R> ordered(Stream<T> input, Function<T, R> work, int parallelism) {
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
        ThreadPoolExecutor pool = new ThreadPoolExecutor(parallelism - 1, parallelism - 1, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), factory);
        Iterator<T> source = input.iterator();
        int window = 4 * parallelism;
        Iterator<R> results = new Iterator<>() {
            private final ArrayDeque<FutureTask<R>> inFlight = new ArrayDeque<>();

            private void fill() {
                while (inFlight.size() < window && source.hasNext()) {
                    T item = source.next();
                    FutureTask<R> task = new FutureTask<>(() -> work.apply(item));
                    inFlight.add(task);
                    pool.execute(task);
                }
            }

            /** Does queued items on this thread until the head is done or every item in flight has started. */
            private void help(FutureTask<R> head) {
                while (!head.isDone()) {
                    FutureTask<R> queued = null;
                    for (FutureTask<R> task : inFlight) {
                        // removed from the queue: no worker has it, so it is ours to run (oldest first)
                        if (!task.isDone() && pool.remove(task)) {
                            queued = task;
                            break;
                        }
                    }
                    if (queued == null) {
                        return;
                    }
                    queued.run();
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
                FutureTask<R> next = inFlight.peek();
                help(next);
                inFlight.poll();
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
