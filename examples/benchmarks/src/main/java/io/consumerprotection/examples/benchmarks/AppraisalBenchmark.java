package io.consumerprotection.examples.benchmarks;

import io.consumerprotection.core.appraisal.Appraisal;
import io.consumerprotection.core.appraisal.AppraisalPeriod;
import io.consumerprotection.core.appraisal.Assessment;
import io.consumerprotection.core.appraisal.IndicatorId;
import io.consumerprotection.core.appraisal.IndicatorValues;
import io.consumerprotection.core.appraisal.Scorecard;
import io.consumerprotection.core.appraisal.ScorecardCatalog;
import io.consumerprotection.core.appraisal.ScorecardId;
import io.consumerprotection.core.appraisal.UnitId;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Scoring under the seed-003 branch scorecard: one unit, and 105 units with ranking (seed 003's 105
 * outlets). No peer library does explained scorecards; the figures size the cost of exact decimal scoring.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AppraisalBenchmark {

    private static final AppraisalPeriod H1 = AppraisalPeriod.parse("2025-H1");

    private Scorecard card;
    private Map<UnitId, IndicatorValues> units;
    private UnitId first;
    private IndicatorValues firstValues;
    private String text;

    @Setup
    public void setUp() {
        card = ScorecardCatalog.builtIn().get(ScorecardId.BRANCH_2025);
        text = card.toText();
        Random r = new Random(3);
        units = new TreeMap<>();
        for (int i = 0; i < 105; i++) {
            IndicatorValues v = IndicatorValues.empty();
            for (IndicatorId id : card.requiredIndicators()) {
                BigDecimal x = switch (id.value()) {
                    case "education.activities" -> BigDecimal.valueOf(r.nextInt(250));
                    case "education.audience" -> BigDecimal.valueOf(r.nextInt(120_000));
                    case "complaint.regulator-transferred" -> BigDecimal.valueOf(r.nextInt(40));
                    case "opinion.major-events", "penalty.count" -> BigDecimal.valueOf(r.nextInt(50) == 0 ? 1 : 0);
                    default -> BigDecimal.valueOf(80 + r.nextInt(21), 2);
                };
                v = v.with(id, x);
            }
            units.put(UnitId.of(String.format(java.util.Locale.ROOT, "B%03d", i)), v);
        }
        first = units.keySet().iterator().next();
        firstValues = units.get(first);
    }

    @Benchmark
    public Assessment assessOneUnit() {
        return card.assess(first, H1, firstValues);
    }

    @Benchmark
    public Appraisal assessAndRank105Units() {
        return card.assess(H1, units);
    }

    @Benchmark
    public Scorecard parseScorecard() {
        return Scorecard.parse(text);
    }
}
