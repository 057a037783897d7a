package io.consumerprotection.core.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.spi.inspection.CadenceRecord;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Sampling and the cadence's periods against naive readings of seed 000, written without the code's arithmetic. */
class InspectionScheduleProperties {

    @Property(tries = 300)
    void aSampleIsTheShareRoundedUpOfDistinctCandidatesAndRepeatable(
            @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 1, max = 40) Integer> ids,
            @ForAll @IntRange(min = 1, max = 100) int percent, @ForAll @IntRange(min = 0, max = 9) int seed) {
        List<String> candidates = ids.stream().map(i -> "BR-" + i).toList();
        List<String> a = InspectionPlan.sample(candidates, percent, "S" + seed);
        Set<String> distinct = new HashSet<>(candidates);
        int expected = 0;
        while (expected * 100 < distinct.size() * percent) {
            expected++;
        }
        assertThat(a).hasSize(expected).doesNotHaveDuplicates();
        assertThat(distinct).containsAll(a);
        assertThat(InspectionPlan.sample(candidates, percent, "S" + seed)).isEqualTo(a);
    }

    /** Naive: walk day by day; a month is missed when no record of its unit falls on any of its days. */
    @Property(tries = 200)
    void periodsAndMissesMatchADayByDayWalk(@ForAll @IntRange(min = 0, max = 200) int startOffset,
                                            @ForAll @IntRange(min = 0, max = 240) int length,
                                            @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 450) Integer> doneDays) {
        LocalDate base = LocalDate.of(2025, 11, 1);
        LocalDate from = base.plusDays(startOffset);
        LocalDate to = from.plusDays(length);
        List<CadenceRecord> done = new ArrayList<>();
        for (int i = 0; i < doneDays.size(); i++) {
            LocalDate d = base.plusDays(doneDays.get(i));
            done.add(new CadenceRecord("M" + i, "MONTHLY_CHECK", "SUB-1", d, ""));
            done.add(new CadenceRecord("D" + i, "DAILY_REMINDER", "BR-1", d, ""));
            done.add(new CadenceRecord("Q" + i, "QUARTERLY_BULLETIN", "HQ", d, ""));
        }
        CadenceSchedule schedule = CadenceSchedule.of(Map.of(CadenceKind.MONTHLY_CHECK, Set.of("SUB-1"),
                CadenceKind.DAILY_REMINDER, Set.of("BR-1"), CadenceKind.QUARTERLY_BULLETIN, Set.of("HQ")), CadenceSchedule.WEEKDAYS);
        List<CadencePeriod> periods = schedule.periods(from, to, done);

        Set<LocalDate> doneSet = new HashSet<>();
        doneDays.forEach(d -> doneSet.add(base.plusDays(d)));
        int months = 0;
        int missedMonths = 0;
        int weekdays = 0;
        int missedDays = 0;
        int quarters = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfMonth() == 1 && !d.plusMonths(1).minusDays(1).isAfter(to)) {
                months++;
                boolean any = false;
                for (LocalDate x = d; x.getMonth() == d.getMonth(); x = x.plusDays(1)) {
                    any |= doneSet.contains(x);
                }
                missedMonths += any ? 0 : 1;
                if ((d.getMonthValue() - 1) % 3 == 0 && !d.plusMonths(3).minusDays(1).isAfter(to)) {
                    quarters++;
                }
            }
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                weekdays++;
                missedDays += doneSet.contains(d) ? 0 : 1;
            }
        }
        assertThat(periods.stream().filter(p -> p.kind() == CadenceKind.MONTHLY_CHECK).count()).isEqualTo(months);
        assertThat(periods.stream().filter(p -> p.kind() == CadenceKind.MONTHLY_CHECK && p.done() == 0).count()).isEqualTo(missedMonths);
        assertThat(periods.stream().filter(p -> p.kind() == CadenceKind.DAILY_REMINDER).count()).isEqualTo(weekdays);
        assertThat(periods.stream().filter(p -> p.kind() == CadenceKind.DAILY_REMINDER && p.done() == 0).count()).isEqualTo(missedDays);
        assertThat(periods.stream().filter(p -> p.kind() == CadenceKind.QUARTERLY_BULLETIN).count()).isEqualTo(quarters);
    }
}
