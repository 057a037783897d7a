package io.consumerprotection.core.statistics;

import static io.consumerprotection.core.statistics.Complaints.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.core.classification.ClassificationCatalog;
import io.consumerprotection.core.classification.Dimension;
import io.consumerprotection.spi.classification.ClassificationCodeRecord;
import io.consumerprotection.spi.classification.CodeMappingRecord;
import io.consumerprotection.spi.classification.SchemeVersionRecord;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.testkit.InMemoryClassificationSchemeProvider;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatisticsReportTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 10);
    private static final LocalDate DUE = LocalDate.of(2025, 3, 25);

    private static StatisticsReport report(List<ComplaintRecord> records, Grouping... g) {
        return ComplaintStatistics.builder().period(ReportingPeriod.month(java.time.YearMonth.of(2025, 3)))
                .groupBy(g).build().compute(records.stream());
    }

    @Test
    void decisionDayIsTakenInShanghai() {
        // 2025-03-25T15:59:59Z is 23:59:59 in Shanghai on the due day; one second later is the next day
        ComplaintRecord onTime = on(DAY).due(DUE).decidedAt(Instant.parse("2025-03-25T15:59:59Z")).build();
        ComplaintRecord late = on(DAY).due(DUE).decidedAt(Instant.parse("2025-03-25T16:00:00Z")).build();
        ComplaintRecord undecided = on(DAY).due(DUE).build();
        ComplaintRecord noDue = on(DAY).decidedOn(DAY).build();
        StatisticsReport r = report(List.of(onTime, late, undecided, noDue));
        assertThat(r.total().onTimeRate()).isEqualTo(Rate.of(1, 2));
        assertThat(r.total().onTimeRate().percent()).contains(new BigDecimal("50.0"));
    }

    @Test
    void receivedDayIsTakenInShanghai() {
        // 2025-02-28T16:30Z is 1 March 00:30 in Shanghai
        ComplaintRecord march = Complaints.at(Instant.parse("2025-02-28T16:30:00Z")).build();
        ComplaintRecord february = Complaints.at(Instant.parse("2025-02-28T15:30:00Z")).build();
        StatisticsReport r = report(List.of(march, february));
        assertThat(r.total().complaints()).isEqualTo(1);
        assertThat(r.previousTotal().complaints()).isEqualTo(1);
        assertThat(r.periodOnPeriod()).isEqualTo(Change.of(1, 1));
    }

    @Test
    void satisfactionRepeatEscalationAndRegulatorRates() {
        List<ComplaintRecord> rs = List.of(
                on(DAY).satisfaction("SATISFIED").build(),
                on(DAY).satisfaction("UNSATISFIED").satisfaction("BASICALLY_SATISFIED").build(),
                on(DAY).satisfaction("UNSATISFIED").build(),
                on(DAY).related("C-0").build(),
                on(DAY).event("MERGED", Instant.parse("2025-03-11T02:00:00Z"), Map.of("relatedComplaint", "C-1")).build(),
                on(DAY).event("REPEAT_MERGED", Instant.parse("2025-03-11T02:00:00Z"), Map.of()).escalated().build(),
                on(DAY).channel("PBOC_TRANSFER").due(DUE).decidedOn(DUE.plusDays(1)).build(),
                on(DAY).channel("REGULATOR_TRANSFER").due(DUE).decidedOn(DUE).build());
        ComplaintFigures f = report(rs).total();
        assertThat(f.satisfactionRate()).isEqualTo(Rate.of(2, 3));
        assertThat(f.satisfactionRate().percent()).contains(new BigDecimal("66.7"));
        assertThat(f.repeatRate()).isEqualTo(Rate.of(3, 8));
        assertThat(f.escalationRate()).isEqualTo(Rate.of(1, 8));
        assertThat(f.regulatorTransferred()).isEqualTo(2);
        assertThat(f.regulatorOnTimeRate()).isEqualTo(Rate.of(1, 2));
    }

    @Test
    void pairsMultiValuedDimensionsAndUnclassified() {
        List<ComplaintRecord> rs = List.of(
                on(DAY).business("06021").cause("1001").code("RIGHT", "01|08").build(),
                on(DAY).business("06022").cause("0701").code("RIGHT", "02").build(),
                on(DAY).business("06022").cause("0701").build(),
                on(DAY).build());
        Grouping pair = Grouping.by(Dimension.BUSINESS, 2).and(Grouping.by(Dimension.CAUSE, 1));
        Grouping rights = Grouping.by(Dimension.RIGHT);
        StatisticsReport r = report(rs, pair, rights);
        assertThat(r.groups(pair)).extracting(GroupFigures::key, g -> g.current().complaints()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(List.of("0602", "07"), 2L),
                org.assertj.core.groups.Tuple.tuple(List.of("", ""), 1L),
                org.assertj.core.groups.Tuple.tuple(List.of("0602", "10"), 1L));
        assertThat(r.group(rights, "01").current().complaints()).isEqualTo(1);
        assertThat(r.group(rights, "08").current().complaints()).isEqualTo(1);
        assertThat(r.group(rights, "").current().complaints()).isEqualTo(2);
        assertThat(r.group(rights, "05").current()).isEqualTo(ComplaintFigures.NONE);
        assertThat(r.topWithin(pair, 1)).containsOnlyKeys("0602", "").extractingByKey("0602")
                .satisfies(l -> assertThat(l).extracting(g -> g.key().get(1)).containsExactly("07"));
        assertThat(r.regulatorTable().byBusiness()).last().satisfies(row -> {
            assertThat(row.nameZh()).isEqualTo("未分类");
            assertThat(row.count()).isEqualTo(1);
        });
        assertThatThrownBy(() -> r.groups(Grouping.by(Dimension.GROUP))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void normalisesPerHostDenominator() {
        StatisticsReport r = report(Complaints.times(352, () -> on(DAY)));
        assertThat(r.perTenThousandCustomers(1_234_567)).contains(new BigDecimal("2.85"));
        assertThat(r.perBranch(11)).contains(new BigDecimal("32.00"));
        assertThat(r.per(1_000, 11)).contains(new BigDecimal("32000.00"));
        assertThat(r.perBranch(0)).isEmpty();
    }

    @Test
    void countsOldCodesUnderTheirNewPrimaryCodeAcrossASchemeChange() {
        SchemeVersionRecord v = new SchemeVersionRecord("2026.1", LocalDate.of(2026, 1, 1), "2018.1",
                List.of(new ClassificationCodeRecord(null, "CAUSE", "0104", "01", 2, "服务", "Service", "", null, null, "t")),
                List.of(new CodeMappingRecord("2018.1", "2026.1", "CAUSE", "0101", List.of("0104")),
                        new CodeMappingRecord("2018.1", "2026.1", "CAUSE", "0102", List.of("0104"))));
        ClassificationCatalog catalog = ClassificationCatalog.bundled()
                .with(InMemoryClassificationSchemeProvider.of("bank", List.of(), List.of(v)));
        List<ComplaintRecord> rs = List.of(
                on(LocalDate.of(2026, 2, 1)).cause("0104").build(),
                on(LocalDate.of(2025, 2, 1)).cause("0101").build(),
                on(LocalDate.of(2025, 2, 2)).cause("0102").build());
        Grouping cause = Grouping.by(Dimension.CAUSE);
        StatisticsReport r = ComplaintStatistics.builder().period(ReportingPeriod.month(java.time.YearMonth.of(2026, 2)))
                .catalog(catalog).mapping(catalog.mapping("2018.1", "2026.1")).groupBy(cause).build()
                .compute(rs.stream());
        assertThat(r.group(cause, "0104").yearOnYear()).isEqualTo(Change.of(1, 2));
        assertThat(r.regulatorTable().schemeVersion()).isEqualTo("2026.1");
    }

    @Test
    void parallelAndSequentialAgree() {
        List<ComplaintRecord> rs = new java.util.ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            rs.add(on(DAY.minusDays(i % 400)).business(i % 3 == 0 ? "06022" : "0702").cause(i % 2 == 0 ? "0701" : "0401")
                    .due(DUE).decidedOn(DAY.plusDays(i % 30)).build());
        }
        ComplaintStatistics s = ComplaintStatistics.builder().period(ReportingPeriod.quarter(2025, 1)).build();
        StatisticsReport seq = s.compute(rs.stream());
        StatisticsReport par = s.compute(rs.parallelStream());
        assertThat(par.total()).isEqualTo(seq.total());
        assertThat(par.yearBeforeTotal()).isEqualTo(seq.yearBeforeTotal());
        assertThat(par.groups(Grouping.by(Dimension.BUSINESS, 1))).isEqualTo(seq.groups(Grouping.by(Dimension.BUSINESS, 1)));
    }
}
