package io.consumerprotection.examples.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.deadline.DeadlineEvaluation;
import org.junit.jupiter.api.Test;

/**
 * The deadline benchmark's setup, and an earlier release loaded in its own class loader with the complaints copied
 * into its records (the current release's own classes stand in for the earlier one): the same due dates.
 */
class DeadlineBenchmarkTest {

    @Test
    void evaluatesTheComplaintsInBothReleases() throws Throwable {
        DeadlineBenchmark.Complaints c = new DeadlineBenchmark.Complaints();
        c.previousCore = CalendarBenchmarkTest.currentRelease();
        c.setUp();
        DeadlineBenchmark b = new DeadlineBenchmark();
        DeadlineBenchmark.Cursor k = new DeadlineBenchmark.Cursor();
        DeadlineEvaluation ours = b.evaluate(c, k);
        Object previous = b.previousEvaluate(c, new DeadlineBenchmark.Cursor());
        assertThat(previous.getClass()).isNotSameAs(DeadlineEvaluation.class);
        assertThat(previous.getClass().getName()).isEqualTo(DeadlineEvaluation.class.getName());
        assertThat(previous.getClass().getMethod("dueDates").invoke(previous)).isEqualTo(ours.dueDates());
        assertThat(b.withoutExplanation(c, k).dueDates()).isNotEmpty();
        assertThat(b.currentWithoutExplanationByHandle(c, k)).isInstanceOf(DeadlineEvaluation.class);
    }
}
