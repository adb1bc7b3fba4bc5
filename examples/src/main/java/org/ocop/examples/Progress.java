package org.ocop.examples;

import java.io.PrintStream;

/**
 * A progress line on stderr while a batch runs: the count and the rate, redrawn at most five times a second once the
 * batch takes over a second, and ended with a new line. Nothing at all when there is no terminal to draw on.
 */
final class Progress implements AutoCloseable {
    private final PrintStream err;
    private final String verb;
    private final long start = System.nanoTime();
    private long count;
    private long lastPrint;

    Progress(PrintStream err, String verb) {
        this.err = err;
        this.verb = verb;
    }

    void tick() {
        count++;
        if (err == null) {
            return;
        }
        long now = System.nanoTime();
        if (now - start > 1_000_000_000L && now - lastPrint > 200_000_000L) {
            lastPrint = now;
            err.print("\r" + verb + " " + count + " dossiers, " + (count * 1_000_000_000L / (now - start)) + "/s ");
            err.flush();
        }
    }

    @Override
    public void close() {
        if (err != null && lastPrint != 0) {
            err.println();
        }
    }
}
