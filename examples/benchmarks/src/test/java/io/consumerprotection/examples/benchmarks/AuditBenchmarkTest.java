package io.consumerprotection.examples.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.audit.AuditRun;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The audit benchmark's setup holds for the rule set as it is (it once refused to start after two rules were added)
 * and its runs find something on a small pool, in both deadline modes.
 */
class AuditBenchmarkTest {

    @ParameterizedTest
    @ValueSource(strings = {"engine", "recorded"})
    void setUpAndOneRunOverASmallPool(String deadlines) {
        AuditBenchmark.Input in = new AuditBenchmark.Input();
        in.threads = 1;
        in.deadlines = deadlines;
        in.poolSize = 64;
        in.setUp();
        AtomicLong findings = new AtomicLong();
        AuditRun.builder(in.rules, in.context).complaints(() -> Arrays.stream(in.pool)).build()
                .execute(f -> findings.incrementAndGet());
        assertThat(findings.get()).isGreaterThan(64);
    }

    @org.junit.jupiter.api.Test
    void aReleaseLoadedInItsOwnClassLoaderRunsTheSameWorkload() throws Throwable {
        AuditBenchmark.Input in = new AuditBenchmark.Input();
        in.threads = 1;
        in.deadlines = "recorded";
        in.poolSize = 64;
        in.previousCore = CalendarBenchmarkTest.currentRelease();
        in.setUp();
        AtomicLong previous = new AtomicLong();
        Object record = (Object) in.previousFive.invokeExact(1, (java.util.function.Consumer<Object>) f -> previous.incrementAndGet());
        assertThat(record.getClass().getClassLoader()).isNotSameAs(AuditRun.class.getClassLoader());
        AtomicLong current = new AtomicLong();
        AuditRun.builder(in.five, in.recordedContext).complaints(in::million).batchSize(1024).build()
                .execute(f -> current.incrementAndGet());
        assertThat(previous.get()).isGreaterThan(0).isEqualTo(current.get());
    }
}
