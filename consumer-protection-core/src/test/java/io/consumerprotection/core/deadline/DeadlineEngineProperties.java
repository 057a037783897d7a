package io.consumerprotection.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Pauses and extensions never shorten a deadline, for every policy and milestone. */
class DeadlineEngineProperties {

    private static final DeadlineEngine ENGINE = DeadlineEngine.bundled();
    private static final LocalDate FIRST = LocalDate.of(2007, 1, 10);

    @Provide
    Arbitrary<PolicyId> chinesePolicies() {
        return Arbitraries.of(PolicyId.NFRA_2020_3, PolicyId.PBOC_2020_5, PolicyId.INTERNAL_3_5_10,
                PolicyId.REGULATOR_FORWARDING, PolicyId.CREDIT_REPORTING_DISPUTE);
    }

    private static String day(int offset) {
        return FIRST.plusDays(offset).toString();
    }

    @Property(tries = 300)
    void aPauseNeverShortensADeadline(@ForAll("chinesePolicies") PolicyId policy,
                                      @ForAll @IntRange(min = 0, max = 6800) int received,
                                      @ForAll @IntRange(min = 0, max = 40) int pauseAfter,
                                      @ForAll @IntRange(min = 0, max = 30) int pauseLength,
                                      @ForAll("reasons") String reason) {
        Map<String, LocalDate> plain = ENGINE.dueDates(Timelines.received(day(received) + "T10:00").record(), policy);
        Map<String, LocalDate> paused = ENGINE.dueDates(Timelines.received(day(received) + "T10:00")
                .paused(day(received + pauseAfter) + "T11:00", reason)
                .resumed(day(received + pauseAfter + pauseLength) + "T12:00").record(), policy);
        assertThat(paused.keySet()).isEqualTo(plain.keySet());
        plain.forEach((m, due) -> assertThat(paused.get(m)).as(m).isAfterOrEqualTo(due));
    }

    @Property(tries = 300)
    void anExtensionNeverShortensADeadline(@ForAll("chinesePolicies") PolicyId policy,
                                           @ForAll @IntRange(min = 0, max = 6800) int received,
                                           @ForAll @IntRange(min = 0, max = 20) int after,
                                           @ForAll("tiers") String tier) {
        Map<String, LocalDate> plain = ENGINE.dueDates(Timelines.received(day(received) + "T10:00").record(), policy);
        Map<String, LocalDate> extended = ENGINE.dueDates(Timelines.received(day(received) + "T10:00")
                .extended(day(received + after) + "T11:00", tier).record(), policy);
        plain.forEach((m, due) -> assertThat(extended.get(m)).as(m).isAfterOrEqualTo(due));
    }

    @Property(tries = 300)
    void aLaterReceiptNeverGivesAnEarlierDeadline(@ForAll("chinesePolicies") PolicyId policy,
                                                  @ForAll @IntRange(min = 0, max = 6800) int received,
                                                  @ForAll @IntRange(min = 0, max = 10) int later) {
        Map<String, LocalDate> a = ENGINE.dueDates(Timelines.received(day(received) + "T10:00").record(), policy);
        Map<String, LocalDate> b = ENGINE.dueDates(Timelines.received(day(received + later) + "T10:00").record(), policy);
        a.forEach((m, due) -> assertThat(b.get(m)).as(m).isAfterOrEqualTo(due));
    }

    @Property(tries = 300)
    void aCalendarDayDeadlineIsNeverEarlierThanTheNominalDayAndFallsOnAWorkingDay(
            @ForAll @IntRange(min = 0, max = 6800) int received) {
        LocalDate start = FIRST.plusDays(received);
        LocalDate due = ENGINE.dueDates(Timelines.received(start + "T10:00").record(), PolicyId.NFRA_2020_3).get(Milestone.DECISION);
        assertThat(due).isAfterOrEqualTo(start.plusDays(15));
        assertThat(io.consumerprotection.core.calendar.WorkingCalendars.chinaMainland().isWorkingDay(due)).isTrue();
    }

    @Provide
    Arbitrary<String> reasons() {
        return Arbitraries.of("MEDIATION", "OUTSIDE_APPRAISAL", "OTHER");
    }

    @Provide
    Arbitrary<String> tiers() {
        return Arbitraries.of("SIMPLE", "COMPLEX", "VERY_COMPLEX");
    }
}
