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
}
