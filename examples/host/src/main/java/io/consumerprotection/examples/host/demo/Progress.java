package io.consumerprotection.examples.host.demo;

import java.io.PrintStream;
import java.util.Locale;

/** Prints a progress line for a long step: done / total, rate and time left. */
final class Progress {

    private final PrintStream out;
    private final String step;
    private final int total;
    private final long start = System.nanoTime();
    private long lastPrint = start;

    Progress(PrintStream out, String step, int total) {
        this.out = out;
        this.step = step;
        this.total = total;
    }

    void update(int done) {
        long now = System.nanoTime();
        if (done < total && now - lastPrint < 1_000_000_000L) {
            return;
        }
        lastPrint = now;
        double seconds = Math.max((now - start) / 1e9, 1e-9);
        double rate = done / seconds;
        double left = rate > 0 ? (total - done) / rate : 0;
        out.printf(Locale.ROOT, "  %-28s %,7d / %,d  %,9.0f/s  %5.1fs left%n", step, done, total, rate, left);
    }

    double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }
}
