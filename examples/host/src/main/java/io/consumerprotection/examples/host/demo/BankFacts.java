package io.consumerprotection.examples.host.demo;

import io.consumerprotection.spi.appraisal.EducationActivityRecord;
import io.consumerprotection.spi.appraisal.PenaltyRecord;
import io.consumerprotection.spi.appraisal.PublicOpinionEventRecord;
import io.consumerprotection.spi.appraisal.TrainingRecord;
import io.consumerprotection.testkit.InMemoryAppraisalFactsSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The host facts the branch scorecard needs besides complaints, deterministic per seed: training sessions,
 * education activities, public-opinion events and one regulatory penalty (so a veto shows in the ranking),
 * plus last year's complaint counts and product pre-review coverage per branch.
 */
final class BankFacts {

    final InMemoryAppraisalFactsSource source = new InMemoryAppraisalFactsSource();
    final Map<String, Integer> complaintsYearBefore = new java.util.TreeMap<>();
    final Map<String, BigDecimal> preReviewCoverage = new java.util.TreeMap<>();

    BankFacts(long seed, int year, Map<String, Long> complaintsThisYear) {
        SplittableRandom r = new SplittableRandom(seed ^ 0x5EEDL);
        for (var branch : DemoDataset.BRANCHES) {
            String unit = branch.getKey();
            for (int q = 0; q < 4; q++) {
                int enrolled = 40 + r.nextInt(30);
                int attended = enrolled - r.nextInt(4);
                int passed = attended - r.nextInt(3);
                source.add(new TrainingRecord(unit + "-T" + q, unit, LocalDate.of(year, 3 * q + 2, 10), "消保培训",
                        enrolled, attended, attended, passed));
            }
            int activities = 8 + r.nextInt(14);
            for (int a = 0; a < activities; a++) {
                source.add(new EducationActivityRecord(unit + "-E" + a, unit, LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28)),
                        "金融知识宣传", "3·15 / 金融知识万里行", 300 + r.nextInt(4000)));
            }
            if (r.nextInt(4) == 0) {
                source.add(new PublicOpinionEventRecord(unit + "-O1", unit, LocalDate.of(year, 6, 18), false, false,
                        "网络帖文反映排队时间长，已回应"));
            }
            long now = complaintsThisYear.getOrDefault(unit, 0L);
            complaintsYearBefore.put(unit, (int) Math.round(now * (0.95 + r.nextDouble() * 0.35)));
            preReviewCoverage.put(unit, r.nextInt(5) == 0 ? new BigDecimal("0.92") : BigDecimal.ONE);
        }
        source.add(new PenaltyRecord("BR-11-P1", "BR-11", LocalDate.of(year, 9, 3), "国家金融监督管理总局某分局",
                "罚决字〔" + year + "〕17号", new BigDecimal("300000")));
    }
}
