package io.consumerprotection.core.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.core.rectification.RectificationId;
import io.consumerprotection.core.rectification.RectificationItem;
import io.consumerprotection.core.rectification.RectificationSource;
import io.consumerprotection.core.statistics.ReportingPeriod;
import io.consumerprotection.core.warning.AlertKind;
import io.consumerprotection.core.warning.HotSpotWatch;
import io.consumerprotection.spi.complaint.ComplainantRecord;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.TimelineEventRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ComplaintReportingTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String[] BUSINESS = {"06021", "0701", "09011", "0101"};
    private static final String[] CAUSE = {"0101", "0301", "0701", "1001"};
    private static final String[] UNITS = {"BR-101", "BR-102", "BR-103"};

    /** A year and a half of random complaints with milestones, channels and levels; day in Shanghai at 10:00. */
    private static List<ComplaintRecord> sample(long seed) {
        Random r = new Random(seed);
        List<ComplaintRecord> out = new ArrayList<>();
        int n = 0;
        for (LocalDate d = LocalDate.of(2024, 1, 1); d.isBefore(LocalDate.of(2025, 7, 1)); d = d.plusDays(1)) {
            int k = r.nextInt(4);
            for (int i = 0; i < k; i++) {
                Instant at = d.atTime(LocalTime.of(10, 0)).atZone(ZONE).toInstant();
                List<TimelineEventRecord> ev = new ArrayList<>();
                ev.add(new TimelineEventRecord(1, "RECEIVED", at, "E", "", Map.of()));
                Map<String, LocalDate> due = new HashMap<>();
                due.put("CONTACT", d.plusDays(3));
                due.put("RESOLVE", d.plusDays(14));
                due.put("DECISION", d.plusDays(15));
                ev.add(new TimelineEventRecord(2, "CUSTOMER_CONTACTED", at.plusSeconds(86_400L * r.nextInt(6)), "E", "", Map.of()));
                ev.add(new TimelineEventRecord(3, "DECIDED", at.plusSeconds(86_400L * r.nextInt(20)), "E", "", Map.of()));
                if (r.nextInt(20) == 0) {
                    ev.add(new TimelineEventRecord(4, "ESCALATED", at.plusSeconds(3600), "E", "", Map.of()));
                }
                String channel = r.nextInt(10) == 0 ? "REGULATOR_TRANSFER" : "HOTLINE";
                String id = "C-" + seed + "-" + (++n);
                String source = r.nextBoolean() ? "01" : "02";
                out.add(new ComplaintRecord(id, 1, channel, "R-" + id, source,
                        new ComplainantRecord("PERSON", "P-" + r.nextInt(300), "客户", "SELF", null, 1), "", "", "",
                        Map.of("BUSINESS", BUSINESS[r.nextInt(4)], "CAUSE", CAUSE[r.nextInt(4)], "SOURCE", source),
                        r.nextInt(30) == 0 ? "MAJOR" : "ORDINARY", "CLOSED", at, UNITS[r.nextInt(3)], "E", "E", null, ev, due));
            }
        }
        return out;
    }

    private static LocalDate day(Instant at) {
        return at.atZone(ZONE).toLocalDate();
    }

    @Test
    void theHalfYearReportAgreesWithANaiveRecount() {
        List<ComplaintRecord> all = sample(3);
        ReportingPeriod h1 = ReportingPeriod.parse("2025-H1");
        AnalysisReport r = (AnalysisReport) ComplaintReporting.builder(ReportKind.HALF_YEAR_ANALYSIS, h1)
                .unitBase(UnitBase.perTenThousandCustomers(Map.of("BR-101", 20_000L, "BR-102", 50_000L))).build()
                .compute(all.stream());

        List<ComplaintRecord> inPeriod = all.stream().filter(c -> h1.contains(day(c.receivedAt()))).toList();
        // trend by month
        Map<YearMonth, Long> months = inPeriod.stream()
                .collect(Collectors.groupingBy(c -> YearMonth.from(day(c.receivedAt())), TreeMap::new, Collectors.counting()));
        assertThat(r.trend()).extracting(MonthCount::complaints).containsExactlyElementsOf(months.values());
        // top cells: business x cause major classes
        Map<List<String>, Long> cells = inPeriod.stream().collect(Collectors.groupingBy(
                c -> List.of(c.classification().get("BUSINESS").substring(0, 2), c.classification().get("CAUSE").substring(0, 2)),
                Collectors.counting()));
        long largest = cells.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        assertThat(r.topCells()).hasSize(5);
        assertThat(r.topCells().get(0).count()).isEqualTo(largest);
        r.topCells().forEach(c -> assertThat(c.count()).isEqualTo(cells.get(c.codes())));
        // units: rated ones first, by rate
        Map<String, Long> perUnit = inPeriod.stream().collect(Collectors.groupingBy(ComplaintRecord::receivingUnit, Collectors.counting()));
        assertThat(r.units()).extracting(UnitFigures::unit).last().isEqualTo("BR-103");
        r.units().forEach(u -> assertThat(u.count()).isEqualTo(perUnit.get(u.unit())));
        // 3-5-10: contact by its due day, resolve (DECIDED) by its due day, both counted for every complaint
        long contactOk = inPeriod.stream().filter(c -> !day(event(c, "CUSTOMER_CONTACTED")).isAfter(c.dueDates().get("CONTACT"))).count();
        long resolveOk = inPeriod.stream().filter(c -> !day(event(c, "DECIDED")).isAfter(c.dueDates().get("RESOLVE"))).count();
        long bothOk = inPeriod.stream().filter(c -> !day(event(c, "CUSTOMER_CONTACTED")).isAfter(c.dueDates().get("CONTACT"))
                && !day(event(c, "DECIDED")).isAfter(c.dueDates().get("RESOLVE"))).count();
        long statutoryOk = inPeriod.stream().filter(c -> !day(event(c, "DECIDED")).isAfter(c.dueDates().get("DECISION"))).count();
        assertThat(r.handling().contactOnTime().numerator()).isEqualTo(contactOk);
        assertThat(r.handling().contactOnTime().denominator()).isEqualTo(inPeriod.size());
        assertThat(r.handling().resolveOnTime().numerator()).isEqualTo(resolveOk);
        assertThat(r.handling().threeFiveTen().numerator()).isEqualTo(bothOk);
        assertThat(r.handling().statutoryOnTime().numerator()).isEqualTo(statutoryOk);
        assertThat(r.handling().planOnTime().denominator()).isZero();
        // typical cases: the highest scores
        assertThat(r.typicalCases()).hasSize(5).allSatisfy(t -> assertThat(t.score()).isGreaterThanOrEqualTo(4));
        // ... each with the score and reasons of the rule (major 4, regulator-transferred 3, escalated 2, repeat 1),
        // and the five highest scores of the period
        Map<String, ComplaintRecord> byId = inPeriod.stream().collect(Collectors.toMap(ComplaintRecord::id, c -> c));
        r.typicalCases().forEach(t -> {
            List<String> reasons = reasonsOf(byId.get(t.complaintId()));
            assertThat(t.reasons()).isEqualTo(reasons);
            assertThat(t.score()).isEqualTo(scoreOf(reasons));
        });
        List<Integer> topScores = inPeriod.stream().map(c -> scoreOf(reasonsOf(c))).sorted(java.util.Comparator.reverseOrder())
                .limit(5).toList();
        assertThat(r.typicalCases()).extracting(TypicalCase::score).containsExactlyInAnyOrderElementsOf(topScores);
        // header
        assertThat(r.header().dueDate()).isEqualTo("2025-07-31");
        assertThat(r.header().dataVersions()).containsEntry("reportingCalendar", "2026a")
                .containsEntry("reporting", ComplaintReporting.VERSION).containsKey("classification");
        assertThat(r.header().complaintsRead()).isEqualTo(all.size());
    }

    private static List<String> reasonsOf(ComplaintRecord c) {
        List<String> reasons = new ArrayList<>();
        if (c.level().equals("MAJOR")) {
            reasons.add("MAJOR");
        }
        if (c.channel().equals("REGULATOR_TRANSFER") || c.channel().equals("PBOC_TRANSFER")) {
            reasons.add("REGULATOR_TRANSFERRED");
        }
        if (c.timeline().stream().anyMatch(e -> e.type().equals("ESCALATED"))) {
            reasons.add("ESCALATED");
        }
        if (c.relatedComplaintId() != null || c.timeline().stream().anyMatch(e -> e.type().equals("REPEAT_MERGED") || e.type().equals("MERGED"))) {
            reasons.add("REPEAT");
        }
        return reasons;
    }

    private static int scoreOf(List<String> reasons) {
        return (reasons.contains("MAJOR") ? 4 : 0) + (reasons.contains("REGULATOR_TRANSFERRED") ? 3 : 0)
                + (reasons.contains("ESCALATED") ? 2 : 0) + (reasons.contains("REPEAT") ? 1 : 0);
    }

    private static Instant event(ComplaintRecord c, String type) {
        return c.timeline().stream().filter(e -> e.type().equals(type)).findFirst().orElseThrow().at();
    }

    @Test
    void theMonthlyTableHasRowsBySource() {
        List<ComplaintRecord> all = sample(5);
        ReportingPeriod m = ReportingPeriod.parse("2025-03");
        MonthlyStatisticsTable t = (MonthlyStatisticsTable) ComplaintReporting.builder(ReportKind.MONTHLY_TABLE, m).build()
                .compute(all.stream());
        long total = all.stream().filter(c -> m.contains(day(c.receivedAt()))).count();
        assertThat(t.bySource()).extracting(row -> row.code()).containsExactlyInAnyOrder("01", "02");
        assertThat(t.bySource().stream().mapToLong(row -> row.count()).sum()).isEqualTo(total);
        assertThat(t.bySource()).extracting(row -> row.nameZh()).contains("客服热线");
        assertThat(t.header().dueDate()).isEqualTo("2025-04-10");
    }

    @Test
    void aBulletinCarriesTheAlertsOfItsQuarterAndAdviceThatBecomesARectification() {
        List<ComplaintRecord> all = new ArrayList<>(sample(9));
        // plant a surge: 25 card-fee complaints at BR-102 in the week of 2025-05-12
        for (int i = 0; i < 25; i++) {
            Instant at = LocalDate.of(2025, 5, 13).atTime(LocalTime.of(11, i)).atZone(ZONE).toInstant();
            all.add(new ComplaintRecord("S-" + i, 1, "HOTLINE", "RS-" + i, "01",
                    new ComplainantRecord("PERSON", "Q-" + i, "客户", "SELF", null, 1), "", "", "",
                    Map.of("BUSINESS", "06021", "CAUSE", "0701"), "ORDINARY", "OPEN", at, "BR-102", "E", "E", null,
                    List.of(new TimelineEventRecord(1, "RECEIVED", at, "E", "", Map.of())), Map.of()));
        }
        ReportingPeriod q2 = ReportingPeriod.parse("2025-Q2");
        QuarterlyBulletin b = (QuarterlyBulletin) ComplaintReporting.builder(ReportKind.QUARTERLY_BULLETIN, q2)
                .watch(HotSpotWatch.builder(LocalDate.of(2025, 1, 1), q2.end()).build()).build().compute(all.stream());

        assertThat(b.alerts()).filteredOn(a -> a.kind() == AlertKind.SURGE && a.unit().equals("BR-102")
                && a.cell().equals(List.of("06", "07", "BR-102"))).singleElement()
                .satisfies(a -> assertThat(a.from()).isEqualTo("2025-05-12"));
        assertThat(b.alerts()).allSatisfy(a -> assertThat(q2.contains(a.from())).isTrue());
        assertThat(b.header().dataVersions()).containsKey("warning");
        Advice advice = b.advice().stream().filter(a -> a.key().equals("ALERT:SURGE:06|07|BR-102")).findFirst().orElseThrow();
        assertThat(advice.unit()).contains("BR-102");
        assertThat(advice.textZh()).contains("银行卡 · 定价收费 · BR-102");

        RectificationItem item = advice.draft(RectificationId.of("R-1"), b.header().id(), "BR-102", "BRANCH-HEAD",
                LocalDate.of(2025, 8, 31), Instant.parse("2025-07-02T02:00:00Z"), ZONE);
        assertThat(item.source().kind()).isEqualTo(RectificationSource.REPORT_ADVICE);
        assertThat(item.source().reference()).isEqualTo("QUARTERLY_BULLETIN/2025-Q2");
        assertThat(item.ruleKey()).isEqualTo("ALERT:SURGE:06|07|BR-102");
    }

    @Test
    void aReportOfTheWrongPeriodOrAnUncomputedKindIsRejected() {
        assertThatThrownBy(() -> ComplaintReporting.builder(ReportKind.QUARTERLY_BULLETIN, ReportingPeriod.parse("2025-H1")))
                .isInstanceOf(InvalidReportingException.class).hasMessageContaining("period");
        assertThatThrownBy(() -> ComplaintReporting.builder(ReportKind.PBOC_SELF_ASSESSMENT, ReportingPeriod.parse("2025")))
                .isInstanceOf(InvalidReportingException.class).hasMessageContaining("NOT_COMPUTED");
    }
}
