package io.consumerprotection.examples.benchmarks;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/** The benchmark's setup cross-checks all three implementations on every input; it must pass. */
class CalendarBenchmarkTest {

    @Test
    void allImplementationsAgreeOnEveryInput() {
        assertThatCode(() -> new CalendarBenchmark.Calendars().setUp()).doesNotThrowAnyException();
    }
}
