package io.consumerprotection.core.audit;

import java.time.Duration;
import java.util.Optional;

/**
 * How far a run has come: subjects checked, time spent, rate, and the time left when the expected total
 * is known.
 *
 * @param processed     subjects checked so far
 * @param expected      the expected total, or -1 when unknown
 * @param elapsed       time since the run started
 * @param perSecond     subjects per second so far
 */
public record Progress(long processed, long expected, Duration elapsed, double perSecond) {

    /** The estimated time left, when the expected total is known and the rate is positive. */
    public Optional<Duration> remaining() {
        if (expected < 0 || perSecond <= 0) {
            return Optional.empty();
        }
        long left = Math.max(0, expected - processed);
        return Optional.of(Duration.ofMillis((long) (left * 1000.0 / perSecond)));
    }
}
