package io.consumerprotection.core.statistics;

import static io.consumerprotection.core.statistics.Complaints.on;
import static io.consumerprotection.core.statistics.Complaints.times;
import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.classification.Dimension;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Rebuilds the figures the seed reports publish from complaints constructed to match their counts. */
class SeedFiguresTest {

    /**
     * Seed 000: to the end of November, 188 complaints: 65 transferred by the banking regulator, 13 by the
     * PBoC, 110 by phone; down 11.32% on the same period of the year before; regulator transfers down 50.76%.
     * The year-before counts (212 in all, 132 regulator transfers) are the integers that give those percentages.
     */
    @Test
    void seed000() {
        ReportingPeriod period = ReportingPeriod.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 11, 30));
        List<ComplaintRecord> all = new ArrayList<>();
        LocalDate d = LocalDate.of(2021, 6, 1);
        all.addAll(times(65, () -> on(d).channel("REGULATOR_TRANSFER").business("0705")));
        all.addAll(times(13, () -> on(d).channel("PBOC_TRANSFER").business("0602")));
        all.addAll(times(110, () -> on(d).channel("HOTLINE").business("0101")));
        LocalDate y = LocalDate.of(2020, 11, 30);
        all.addAll(times(132, () -> on(y).channel("REGULATOR_TRANSFER")));
        all.addAll(times(80, () -> on(y).channel("HOTLINE")));
        all.addAll(times(7, () -> on(LocalDate.of(2021, 12, 1))));
        Collections.shuffle(all, new Random(0));

        StatisticsReport r = ComplaintStatistics.builder().period(period).build().compute(all.stream());

        assertThat(r.total().complaints()).isEqualTo(188);
        Grouping channel = Grouping.intakeChannel();
        assertThat(r.group(channel, "REGULATOR_TRANSFER").current().complaints()).isEqualTo(65);
        assertThat(r.group(channel, "PBOC_TRANSFER").current().complaints()).isEqualTo(13);
        assertThat(r.group(channel, "HOTLINE").current().complaints()).isEqualTo(110);
        assertThat(r.total().regulatorTransferred()).isEqualTo(78);
        assertThat(r.yearOnYear().percent(2)).contains(new BigDecimal("-11.32"));
        assertThat(r.yearOnYear().percent()).contains(new BigDecimal("-11.3"));
        assertThat(r.group(channel, "REGULATOR_TRANSFER").yearOnYear().percent(2)).contains(new BigDecimal("-50.76"));
        assertThat(r.skipped()).as("December is outside all three periods").isEqualTo(7);
    }

    /**
     * Seed 003, first half of 2025: 352 complaints against 418 (−15.8%); credit cards 110 (31.3%, −20% on the
     * year), personal loans 75 (21.3%, −18%); 25 regulator-transferred, 5 fewer, all answered on time. The
     * seed rounds the category changes to whole percents: 138 and 91 are year-before counts that give them.
     */
    @Test
    void seed003() {
        List<ComplaintRecord> all = new ArrayList<>();
        LocalDate d = LocalDate.of(2025, 4, 10);
        LocalDate due = d.plusDays(15);
        all.addAll(times(20, () -> on(d).channel("REGULATOR_TRANSFER").business("06023").cause("0701")
                .due(due).decidedOn(due)));
        all.addAll(times(90, () -> on(d).business("06022").cause("0701").due(due).decidedOn(due.plusDays(1))));
        all.addAll(times(5, () -> on(d).channel("REGULATOR_TRANSFER").business("0702").cause("0401")
                .due(due).decidedOn(d.plusDays(3))));
        all.addAll(times(70, () -> on(d).business("0701").cause("0902")));
        all.addAll(times(167, () -> on(d).business("1101").cause("0401")));
        LocalDate y = LocalDate.of(2024, 2, 29);
        all.addAll(times(30, () -> on(y).channel("REGULATOR_TRANSFER").business("0602")));
        all.addAll(times(108, () -> on(y).business("06021")));
        all.addAll(times(91, () -> on(y).business("0703")));
        all.addAll(times(189, () -> on(y).business("1102")));

        StatisticsReport r = ComplaintStatistics.builder().period(ReportingPeriod.halfYear(2025, 1))
                .groupBy(Grouping.by(Dimension.BUSINESS, 2), Grouping.by(Dimension.BUSINESS, 1))
                .build().compute(all.parallelStream());

        assertThat(r.yearOnYear()).isEqualTo(Change.of(352, 418));
        assertThat(r.yearOnYear().percent()).contains(new BigDecimal("-15.8"));
        GroupFigures cards = r.group(Grouping.by(Dimension.BUSINESS, 2), "0602");
        assertThat(cards.current().complaints()).isEqualTo(110);
        assertThat(cards.share().percent()).contains(new BigDecimal("31.3"));
        assertThat(cards.yearOnYear().percent(0)).contains(new BigDecimal("-20"));
        GroupFigures loans = r.group(Grouping.by(Dimension.BUSINESS, 1), "07");
        assertThat(loans.current().complaints()).isEqualTo(75);
        assertThat(loans.share().percent()).contains(new BigDecimal("21.3"));
        assertThat(loans.yearOnYear().percent(0)).contains(new BigDecimal("-18"));
        RegulatorTable t = r.regulatorTable();
        assertThat(t.kind()).isEqualTo(PeriodKind.HALF_YEAR);
        assertThat(t.regulatorTransferred().current()).isEqualTo(25);
        assertThat(t.regulatorTransferred().difference()).isEqualTo(-5);
        assertThat(t.regulatorOnTime().percent()).contains(new BigDecimal("100.0"));
        assertThat(t.onTime()).isEqualTo(Rate.of(25, 115));
        assertThat(t.byBusiness()).hasSize(14);
        assertThat(t.byBusiness().get(5)).satisfies(row -> {
            assertThat(row.nameZh()).isEqualTo("银行卡");
            assertThat(row.count()).isEqualTo(110);
        });
        assertThat(t.byBusiness().stream().mapToLong(TableRow::count).sum()).isEqualTo(352);
        assertThat(t.topCausesByBusiness().get("06")).extracting(TableRow::code).containsExactly("07");
        assertThat(t.topCausesByBusiness().keySet()).containsExactly("11", "06", "07");
    }
}
