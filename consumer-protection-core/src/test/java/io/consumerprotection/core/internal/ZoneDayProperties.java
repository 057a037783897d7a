package io.consumerprotection.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link ZoneDay} answers exactly as {@code LocalDate.ofInstant} and {@code LocalTime.ofInstant} do (its epoch day too). */
class ZoneDayProperties {

    @Property(tries = 20_000)
    void dayAndTimeAreTheJdksInEveryZone(@ForAll("zones") ZoneId zone, @ForAll("instants") Instant instant) {
        ZoneDay days = ZoneDay.of(zone);
        assertThat(days.dayOf(instant)).isEqualTo(LocalDate.ofInstant(instant, zone));
        assertThat(days.timeOf(instant)).isEqualTo(LocalTime.ofInstant(instant, zone));
        assertThat(days.epochDay(instant)).isEqualTo(LocalDate.ofInstant(instant, zone).toEpochDay());
    }

    @Property(tries = 5_000)
    void aroundChinasLastTransitionAndMidnights(@ForAll("nearTransitions") Instant instant) {
        ZoneId china = ZoneId.of("Asia/Shanghai");
        assertThat(ZoneDay.of(china).dayOf(instant)).isEqualTo(LocalDate.ofInstant(instant, china));
        assertThat(ZoneDay.of(china).timeOf(instant)).isEqualTo(LocalTime.ofInstant(instant, china));
        assertThat(ZoneDay.of(china).epochDay(instant)).isEqualTo(LocalDate.ofInstant(instant, china).toEpochDay());
    }

    @Example
    void oneInstancePerZone() {
        assertThat(ZoneDay.of(ZoneId.of("Asia/Shanghai"))).isSameAs(ZoneDay.of(ZoneId.of("Asia/Shanghai")));
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of("Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Kolkata", "Pacific/Chatham",
                "Europe/London", "America/New_York", "Australia/Lord_Howe", "UTC", "Etc/GMT-8", "+08:00", "-03:30")
                .map(ZoneId::of).injectDuplicates(0.0).edgeCases(e -> e.add(ZoneOffset.UTC));
    }

    @Provide
    Arbitrary<Instant> instants() {
        long from = Instant.parse("1900-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2100-01-01T00:00:00Z").getEpochSecond();
        return Arbitraries.longs().between(from, to).flatMap(s -> Arbitraries.integers().between(0, 999_999_999)
                .map(n -> Instant.ofEpochSecond(s, n)));
    }

    @Provide
    Arbitrary<Instant> nearTransitions() {
        // China's last transition (1991-09-15 02:00 local, back to UTC+8) and local midnights around it and now
        long last = Instant.parse("1991-09-14T17:00:00Z").getEpochSecond();
        long midnight2024 = Instant.parse("2024-09-30T16:00:00Z").getEpochSecond();
        return Arbitraries.of(last, midnight2024, Instant.parse("1970-01-01T00:00:00Z").getEpochSecond())
                .flatMap(base -> Arbitraries.longs().between(-3 * 86_400L, 3 * 86_400L).map(d -> Instant.ofEpochSecond(base + d)));
    }
}
