package io.consumerprotection.core.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RepeatWindowTest {

    private static final Instant T0 = Instant.parse("2024-09-20T02:00:00Z");

    private static Instant day(int n) {
        return T0.plus(Duration.ofDays(n));
    }

    @Test
    void findsAnEarlierComplaintStillOpenOnTheSameMatter() {
        RepeatWindow w = new RepeatWindow(Duration.ofDays(60), 100);
        assertThat(w.offer("CUST-1|0602", "C-1", day(0), day(10))).isNull();
        assertThat(w.offer("CUST-1|0602", "C-2", day(5), Instant.MAX)).isEqualTo("C-1");
        assertThat(w.offer("CUST-1|0700", "C-3", day(6), Instant.MAX)).isNull();
        assertThat(w.offer("CUST-2|0602", "C-4", day(6), Instant.MAX)).isNull();
        assertThat(w.offer(null, "C-5", day(6), Instant.MAX)).isNull();
    }

    @Test
    void aComplaintAfterTheEarlierOneEndedIsNotARepeat() {
        RepeatWindow w = new RepeatWindow(Duration.ofDays(60), 100);
        w.offer("K", "C-1", day(0), day(10));
        assertThat(w.offer("K", "C-2", day(11), Instant.MAX)).isNull();
        assertThat(w.offer("K", "C-3", day(12), Instant.MAX)).isEqualTo("C-2");
    }

    @Test
    void forgetsBeyondTheWindowAndTheSizeBound() {
        RepeatWindow w = new RepeatWindow(Duration.ofDays(60), 3);
        w.offer("K", "C-1", day(0), Instant.MAX);
        assertThat(w.offer("K", "C-2", day(61), Instant.MAX)).isNull();
        for (int i = 0; i < 10; i++) {
            w.offer("K" + i, "D-" + i, day(62), Instant.MAX);
        }
        assertThat(w.size()).isEqualTo(3);
    }
}
