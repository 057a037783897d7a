package io.consumerprotection.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.classification.Dimension;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class TallyProperties {

    private static final String[] BUSINESS = {"06021", "06022", "0702", "1101", "99"};

    @Property(tries = 100)
    void countsMatchADayByDayOracle(@ForAll @Size(max = 60) List<@IntRange(min = 0, max = 800) Integer> dayOffsets,
                                    @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 4) Integer> businesses) {
        LocalDate base = LocalDate.of(2024, 1, 1);
        List<ComplaintRecord> rs = new ArrayList<>();
        for (int i = 0; i < dayOffsets.size(); i++) {
            String b = BUSINESS[businesses.isEmpty() ? 0 : businesses.get(i % businesses.size())];
            rs.add(Complaints.on(base.plusDays(dayOffsets.get(i))).business(b).build());
        }
        ReportingPeriod p = ReportingPeriod.quarter(2025, 2);
        StatisticsReport r = ComplaintStatistics.builder().period(p).build().compute(rs.stream());

        long current = dayOffsets.stream().filter(o -> p.contains(base.plusDays(o))).count();
        long yearBefore = dayOffsets.stream().filter(o -> p.yearBefore().contains(base.plusDays(o))).count();
        long previous = dayOffsets.stream().filter(o -> p.previous().contains(base.plusDays(o))).count();
        assertThat(r.total().complaints()).isEqualTo(current);
        assertThat(r.yearBeforeTotal().complaints()).isEqualTo(yearBefore);
        assertThat(r.previousTotal().complaints()).isEqualTo(previous);
        long inAny = dayOffsets.stream().map(base::plusDays)
                .filter(d -> p.contains(d) || p.previous().contains(d) || p.yearBefore().contains(d)).count();
        assertThat(r.skipped()).isEqualTo(dayOffsets.size() - inAny);
        assertThat(r.groups(Grouping.by(Dimension.BUSINESS, 1)).stream().mapToLong(g -> g.current().complaints()).sum())
                .isEqualTo(current);
        assertThat(r.regulatorTable().byBusiness().stream().mapToLong(TableRow::count).sum()).isEqualTo(current);
    }
}
