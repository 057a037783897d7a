package io.consumerprotection.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link EpochDays} gives exactly {@code LocalDate.ofEpochDay}, kept or not, from any number of threads. */
class EpochDaysProperties {

    private static final long KEPT_FROM = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final long KEPT_TO = LocalDate.of(2100, 1, 1).toEpochDay();

    @Property(tries = 10_000)
    void theJdksDate(@ForAll("days") long epochDay) {
        LocalDate expected = LocalDate.ofEpochDay(epochDay);
        assertThat(EpochDays.date(epochDay)).isEqualTo(expected);
        // asked again (now kept when in range): still the same date
        assertThat(EpochDays.date(epochDay)).isEqualTo(expected);
    }

    @Example
    void everyKeptDayAndItsNeighbours() {
        for (long d = KEPT_FROM - 3; d < KEPT_TO + 3; d++) {
            assertThat(EpochDays.date(d)).isEqualTo(LocalDate.ofEpochDay(d));
        }
    }

    @Example
    void threadsRacingOnEmptySlotsAllReadTheRightDates() {
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        IntStream.range(0, 8).parallel().forEach(t -> LongStream.range(KEPT_TO - 4_000, KEPT_TO).forEach(d -> {
            if (!EpochDays.date(d).equals(LocalDate.ofEpochDay(d))) {
                wrong.add(t + ":" + d);
            }
        }));
        assertThat(wrong).isEmpty();
    }

    @Provide
    Arbitrary<Long> days() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()),
                Arbitraries.longs().between(KEPT_FROM - 1_000, KEPT_TO + 1_000))
                .edgeCases(e -> e.add(KEPT_FROM - 1).add(KEPT_FROM).add(KEPT_TO - 1).add(KEPT_TO));
    }
}
