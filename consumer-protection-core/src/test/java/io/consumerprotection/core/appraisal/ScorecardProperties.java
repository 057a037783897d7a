package io.consumerprotection.core.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of scoring over random scorecards (1 to 5 elements, 1 to 3 indicators each, every function
 * kind, deductions, bonuses, vetoes) and random inputs for three units.
 */
class ScorecardProperties {

    private static final AppraisalPeriod PERIOD = AppraisalPeriod.parse("2025-H1");
    private static final IndicatorId ZERO_VETO = IndicatorId.of("veto.zero");
    private static final IndicatorId GRADE_VETO = IndicatorId.of("veto.grade");
    private static final List<UnitId> UNITS = List.of(UnitId.of("U1"), UnitId.of("U2"), UnitId.of("U3"));

    /** A random scorecard, inputs for three units, and the random generator to perturb them reproducibly. */
    record Case(Scorecard card, Map<UnitId, IndicatorValues> inputs, long seed) {
        @Override
        public String toString() {
            return card.toText() + inputs;
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.longs().map(ScorecardProperties::build);
    }

    static Case build(long seed) {
        Random r = new Random(seed);
        Scorecard.Builder b = Scorecard.builder(ScorecardId.of("PROP"), "1");
        int n = 1 + r.nextInt(5);
        List<Integer> weights = partition(r, n);
        int k = 0;
        List<IndicatorId> ids = new ArrayList<>();
        Map<IndicatorId, ScoringFunction> functions = new TreeMap<>();
        for (int e = 0; e < n; e++) {
            int m = 1 + r.nextInt(3);
            List<Integer> shares = partition(r, m);
            List<Indicator> inds = new ArrayList<>();
            for (int i = 0; i < m; i++) {
                IndicatorId id = IndicatorId.of("ind" + (k++));
                ScoringFunction f = function(r);
                ids.add(id);
                functions.put(id, f);
                inds.add(Indicator.of(id, "", BigDecimal.valueOf(shares.get(i)), f));
            }
            b.element(new Element("E" + e, "", BigDecimal.valueOf(weights.get(e)), null, inds, ""));
        }
        b.deductionCap(BigDecimal.valueOf(r.nextInt(101)));
        b.bonusCap(BigDecimal.valueOf(r.nextInt(11)));
        for (int d = 0; d < r.nextInt(3); d++) {
            b.adjustment(new Adjustment(Adjustment.Kind.DEDUCTION, "D" + d, "", IndicatorId.of("ded" + d),
                    BigDecimal.valueOf(1 + r.nextInt(200), 1), BigDecimal.valueOf(1 + r.nextInt(100)), ""));
        }
        if (r.nextBoolean()) {
            b.adjustment(new Adjustment(Adjustment.Kind.BONUS, "B", "", IndicatorId.of("bonus"), BigDecimal.ONE,
                    BigDecimal.valueOf(1 + r.nextInt(5)), ""));
        }
        b.veto(new Veto("Z", "", ZERO_VETO, BigDecimal.ONE, Veto.Effect.ZERO, null, ""));
        b.veto(new Veto("G", "", GRADE_VETO, BigDecimal.ONE, Veto.Effect.FORCE_GRADE, "C", ""));
        b.band("D", BigDecimal.ZERO, new BigDecimal("40")).band("C", new BigDecimal("40"), new BigDecimal("60.5"))
                .band("B", new BigDecimal("60.5"), new BigDecimal("85")).band("A", new BigDecimal("85"), new BigDecimal("100"));
        Scorecard card = b.build();
        Map<UnitId, IndicatorValues> inputs = new TreeMap<>();
        for (UnitId u : UNITS) {
            IndicatorValues v = IndicatorValues.empty();
            for (IndicatorId id : card.requiredIndicators()) {
                v = v.with(id, value(r, id, functions.get(id)));
            }
            inputs.put(u, v);
        }
        return new Case(card, inputs, seed);
    }

    private static BigDecimal value(Random r, IndicatorId id, ScoringFunction f) {
        if (f instanceof ScoringFunction.Check || id.equals(ZERO_VETO) || id.equals(GRADE_VETO)) {
            return r.nextInt(4) == 0 ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (f == null) {
            return BigDecimal.valueOf(r.nextInt(30));
        }
        return BigDecimal.valueOf(r.nextInt(40001) - 10000, 2);
    }

    private static ScoringFunction function(Random r) {
        switch (r.nextInt(5)) {
            case 0: {
                BigDecimal a = BigDecimal.valueOf(r.nextInt(200) - 50);
                BigDecimal gap = BigDecimal.valueOf((r.nextBoolean() ? 1 : -1) * (1 + r.nextInt(1500)), 1);
                return new ScoringFunction.Linear(a, a.add(gap));
            }
            case 1:
                return new ScoringFunction.Attainment(BigDecimal.valueOf(1 + r.nextInt(300)),
                        BigDecimal.valueOf(100 + r.nextInt(51), 2));
            case 2:
                return r.nextBoolean() ? ScoringFunction.Steps.parse(">=90:1,>=50:0.6,>=0:0.2,else:0")
                        : ScoringFunction.Steps.parse("<=10:1,<=60:0.5,else:0");
            case 3:
                return new ScoringFunction.Rank(r.nextBoolean());
            default:
                return new ScoringFunction.Check();
        }
    }

    /** n positive integers adding up to 100. */
    private static List<Integer> partition(Random r, int n) {
        TreeSet<Integer> cuts = new TreeSet<>();
        while (cuts.size() < n - 1) {
            cuts.add(1 + r.nextInt(99));
        }
        List<Integer> out = new ArrayList<>();
        int prev = 0;
        for (int c : cuts) {
            out.add(c - prev);
            prev = c;
        }
        out.add(100 - prev);
        return out;
    }

    @Property(tries = 300)
    void scoreStaysWithin0And100(@ForAll("cases") Case c) {
        Appraisal a = c.card().assess(PERIOD, c.inputs());
        for (Assessment x : a.assessments()) {
            assertThat(x.score()).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
            assertThat(x.score().scale()).isEqualTo(2);
            for (ElementResult e : x.elements()) {
                assertThat(e.points()).isBetween(BigDecimal.ZERO, e.weight());
            }
        }
    }

    @Property(tries = 300)
    void improvingAMonotoneIndicatorNeverLowersTheScore(@ForAll("cases") Case c) {
        Random r = new Random(c.seed() ^ 0x5DEECE66DL);
        UnitId unit = UNITS.get(r.nextInt(UNITS.size()));
        List<Indicator> monotone = new ArrayList<>();
        c.card().elements().forEach(e -> e.indicators().stream()
                .filter(i -> i.function().direction() != ScoringFunction.Direction.NONE).forEach(monotone::add));
        if (monotone.isEmpty()) {
            return;
        }
        Indicator ind = monotone.get(r.nextInt(monotone.size()));
        BigDecimal before = c.inputs().get(unit).find(ind.id()).orElseThrow().value();
        BigDecimal step = ind.function() instanceof ScoringFunction.Check ? BigDecimal.ONE.subtract(before)
                : BigDecimal.valueOf(r.nextInt(5001), 2);
        boolean up = ind.function().direction() == ScoringFunction.Direction.INCREASING;
        if (ind.function() instanceof ScoringFunction.Check && before.signum() != 0) {
            return;
        }
        BigDecimal after = up ? before.add(step) : before.subtract(step);
        Map<UnitId, IndicatorValues> changed = new TreeMap<>(c.inputs());
        changed.put(unit, c.inputs().get(unit).with(ind.id(), after));
        BigDecimal s0 = c.card().assess(PERIOD, c.inputs()).get(unit).score();
        BigDecimal s1 = c.card().assess(PERIOD, changed).get(unit).score();
        assertThat(s1).as("%s %s -> %s", ind.id(), before, after).isGreaterThanOrEqualTo(s0);
    }

    @Property(tries = 300)
    void aTriggeredVetoDominates(@ForAll("cases") Case c) {
        Map<UnitId, IndicatorValues> zero = new TreeMap<>();
        Map<UnitId, IndicatorValues> forced = new TreeMap<>();
        c.inputs().forEach((u, v) -> {
            zero.put(u, v.with(ZERO_VETO, new BigDecimal("2")));
            forced.put(u, v.with(ZERO_VETO, BigDecimal.ZERO).with(GRADE_VETO, BigDecimal.ONE));
        });
        for (Assessment x : c.card().assess(PERIOD, zero).assessments()) {
            assertThat(x.score()).isEqualByComparingTo("0");
            assertThat(x.grade()).isEqualTo("D");
            assertThat(x.contribution()).isEqualByComparingTo("0");
        }
        for (Assessment x : c.card().assess(PERIOD, forced).assessments()) {
            assertThat(x.grade()).isEqualTo("C");
        }
    }

    @Property(tries = 300)
    void reorderingElementsIndicatorsItemsAndBandsChangesNothing(@ForAll("cases") Case c) {
        Random r = new Random(c.seed() * 31 + 7);
        Scorecard card = c.card();
        Scorecard.Builder b = Scorecard.builder(card.id(), card.version())
                .deductionCap(card.deductionCap()).bonusCap(card.bonusCap());
        List<Element> elements = new ArrayList<>();
        for (Element e : card.elements()) {
            List<Indicator> inds = new ArrayList<>(e.indicators());
            Collections.shuffle(inds, r);
            elements.add(e.withIndicators(inds));
        }
        Collections.shuffle(elements, r);
        elements.forEach(b::element);
        List<Adjustment> adj = new ArrayList<>(card.deductions());
        adj.addAll(card.bonuses());
        Collections.shuffle(adj, r);
        adj.forEach(b::adjustment);
        List<Veto> vetoes = new ArrayList<>(card.vetoes());
        Collections.shuffle(vetoes, r);
        vetoes.forEach(b::veto);
        List<GradeBand> bands = new ArrayList<>(card.bands());
        Collections.shuffle(bands, r);
        bands.forEach(g -> b.band(g.grade(), g.from(), g.to()));
        Scorecard shuffled = b.build();

        Appraisal x = card.assess(PERIOD, c.inputs());
        Appraisal y = shuffled.assess(PERIOD, c.inputs());
        for (UnitId u : UNITS) {
            Assessment ax = x.get(u);
            Assessment ay = y.get(u);
            assertThat(ay.score()).isEqualTo(ax.score());
            assertThat(ay.grade()).isEqualTo(ax.grade());
            assertThat(ay.base()).isEqualTo(ax.base());
            assertThat(ay.deductionTotal()).isEqualTo(ax.deductionTotal());
            assertThat(byElement(ay)).isEqualTo(byElement(ax));
        }
        assertThat(y.ranking()).extracting(RankedAssessment::rank, q -> q.assessment().unit())
                .isEqualTo(x.ranking().stream().map(q -> org.assertj.core.groups.Tuple.tuple(q.rank(), q.assessment().unit())).toList());
    }

    private static Map<String, BigDecimal> byElement(Assessment a) {
        Map<String, BigDecimal> m = new TreeMap<>();
        a.elements().forEach(e -> m.put(e.element(), e.points()));
        a.indicators().forEach(i -> m.put(i.indicator().value(), i.points()));
        return m;
    }

    @Property(tries = 100)
    void toTextReadsBackToAnEqualScorecard(@ForAll("cases") Case c) {
        assertThat(Scorecard.parse(c.card().toText())).isEqualTo(c.card());
    }
}
