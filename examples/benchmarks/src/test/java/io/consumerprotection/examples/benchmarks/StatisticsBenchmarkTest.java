package io.consumerprotection.examples.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.statistics.StatisticsReport;
import org.junit.jupiter.api.Test;

/** The statistics benchmark measures an earlier release through the same code, relinked in its own class loader. */
class StatisticsBenchmarkTest {

    @Test
    void aReleaseLoadedInItsOwnClassLoaderGivesTheSameReport() throws Throwable {
        StatisticsBenchmark b = new StatisticsBenchmark();
        b.previousCore = CalendarBenchmarkTest.currentRelease();
        b.setUp();
        Object theirs = b.previousOnePass();
        StatisticsReport ours = b.onePass();
        assertThat(theirs.getClass().getName()).isEqualTo(StatisticsReport.class.getName());
        assertThat(theirs.getClass().getClassLoader()).isNotSameAs(StatisticsReport.class.getClassLoader());
        assertThat(theirs.toString()).isEqualTo(ours.toString());
    }
}
