package io.consumerprotection.examples.host.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the scenario sets to each step's instant, so a year of handling runs in seconds. */
final class SimulatedClock extends Clock {

    private volatile Instant now;

    SimulatedClock(Instant start) {
        this.now = start;
    }

    void set(Instant instant) {
        this.now = instant;
    }

    @Override
    public ZoneId getZone() {
        return DemoDataset.CHINA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
