package io.consumerprotection.core.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class IsoTextProperties {

    @Property(tries = 2000)
    void aDateIsWrittenAsToStringWritesIt(@ForAll @LongRange(min = -800_000, max = 3_000_000) long epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        assertThat(IsoText.of(date)).isEqualTo(date.toString());
    }

    @Property(tries = 2000)
    void aDateIsWrittenRightAgainAndAfterDatesSharingItsSlot(@ForAll @LongRange(min = 0, max = 40_000) long epochDay,
                                                             @ForAll @IntRange(min = -3, max = 3) int slotsAway) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        LocalDate sameSlot = date.plusDays(1024L * slotsAway);
        assertThat(IsoText.of(date)).isEqualTo(date.toString());
        assertThat(IsoText.of(sameSlot)).isEqualTo(sameSlot.toString());
        assertThat(IsoText.of(date)).isEqualTo(date.toString());
    }

    @Property(tries = 2000)
    void anInstantIsWrittenAsToStringWritesIt(@ForAll @LongRange(min = -70_000_000_000L, max = 260_000_000_000L) long seconds,
                                              @ForAll @IntRange(min = 0, max = 3) int nanoKind) {
        int nano = switch (nanoKind) {
            case 0 -> 0;
            case 1 -> 500_000_000;
            case 2 -> 1_000;
            default -> 123_456_789;
        };
        Instant instant = Instant.ofEpochSecond(seconds, nano);
        assertThat(IsoText.of(instant)).isEqualTo(instant.toString());
    }

    @Property(tries = 200)
    void wholeSecondsNearTheEpochAndMidnight(@ForAll @IntRange(min = -200_000, max = 200_000) int seconds) {
        Instant instant = Instant.ofEpochSecond(seconds);
        assertThat(IsoText.of(instant)).isEqualTo(instant.toString());
    }
}
