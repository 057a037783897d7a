package io.consumerprotection.core.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The derived status against a naive oracle written from the rule text. */
class RectificationItemProperties {

    private static final Instant BASE = Instant.parse("2025-01-01T00:00:00Z");
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Asia/Shanghai"), ZoneId.of("UTC"),
            ZoneId.of("Pacific/Kiritimati"), ZoneId.of("America/Los_Angeles"));

    @Property(tries = 2000)
    void statusMatchesTheRuleText(@ForAll @IntRange(min = 0, max = 60) int dueInDays,
                                  @ForAll @IntRange(min = -1, max = 90 * 24) int startHour,
                                  @ForAll @IntRange(min = -1, max = 90 * 24) int doneAfterStartHours,
                                  @ForAll @IntRange(min = -1, max = 30 * 24) int verifyAfterDoneHours,
                                  @ForAll @IntRange(min = 0, max = 120 * 24) int asOfHour,
                                  @ForAll @IntRange(min = 0, max = 3) int zoneIndex) {
        ZoneId zone = ZONES.get(zoneIndex);
        LocalDate openedDay = BASE.atZone(zone).toLocalDate();
        LocalDate due = openedDay.plusDays(dueInDays);
        RectificationItem item = RectificationItem.open(RectificationId.of("R"),
                SourceReference.of(RectificationSource.INSPECTION, "I"), "K", "U", "ROLE", "问题", due, BASE, zone)
                .withPlan("方案");
        Instant started = null;
        Instant done = null;
        Instant verified = null;
        if (startHour >= 0) {
            started = BASE.plusSeconds(3600L * startHour);
            item = item.start(started);
            if (doneAfterStartHours >= 0) {
                done = started.plusSeconds(3600L * doneAfterStartHours);
                item = item.complete(done, List.of("EV"));
                if (verifyAfterDoneHours >= 0) {
                    verified = done.plusSeconds(3600L * verifyAfterDoneHours);
                    item = item.verify(verified, "CP");
                }
            }
        }
        Instant asOf = BASE.plusSeconds(3600L * asOfHour);

        // Oracle: "overdue" = not done by as-of and as-of is at or after the first instant of the day after the due date
        Instant firstInstantAfterDue = due.plusDays(1).atStartOfDay(zone).toInstant();
        RectificationStatus expected;
        if (verified != null && asOf.compareTo(verified) >= 0) {
            expected = RectificationStatus.VERIFIED;
        } else if (done != null && asOf.compareTo(done) >= 0) {
            expected = RectificationStatus.DONE;
        } else if (asOf.compareTo(firstInstantAfterDue) >= 0) {
            expected = RectificationStatus.OVERDUE;
        } else if (started != null && asOf.compareTo(started) >= 0) {
            expected = RectificationStatus.IN_PROGRESS;
        } else {
            expected = RectificationStatus.OPEN;
        }
        assertThat(item.status(asOf, zone)).isEqualTo(expected);
    }
}
