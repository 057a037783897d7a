package io.consumerprotection.core.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.list;

import io.consumerprotection.spi.Violation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardTest {

    static final String SMALL = """
            # a small valid scorecard
            scorecard id=TEST-1 version=v1 name="a test card"
            source text="made up for the test"
            element id=A name="element A" weight=60 min=50
            indicator element=A id=a.one share=50 function=linear from=0 to=100
            indicator element=A id=a.two share=50 function=check
            element id=B weight=40
            indicator element=B id=complaint.on-time-rate share=100 function=steps steps=>=1:1,>=0.9:0.5,else:0
            deductions cap=10
            deduction id=D indicator=inspection.issues points=2 cap=8
            bonuses cap=3
            bonus id=G indicator=award.count points=1 cap=3
            veto id=V indicator=penalty.count at-least=1 effect=zero
            veto id=W indicator=opinion.events at-least=3 effect=grade grade=C
            band grade=C from=0 to=60
            band grade=B from=60 to=85
            band grade=A from=85 to=100
            """;

    private static String replace(String from, String to) {
        assertThat(SMALL).contains(from);
        return SMALL.replace(from, to);
    }

    private static List<Violation> violations(String text) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> Scorecard.parse(text));
        assertThat(t).isInstanceOf(InvalidScorecardException.class);
        InvalidScorecardException e = (InvalidScorecardException) t;
        assertThat(e.code()).isEqualTo("INVALID_SCORECARD");
        return e.violations();
    }

    @Test
    void parsesEveryPart() {
        Scorecard s = Scorecard.parse(SMALL);
        assertThat(s.id()).isEqualTo(ScorecardId.of("TEST-1"));
        assertThat(s.version()).isEqualTo("v1");
        assertThat(s.elements()).extracting(Element::id).containsExactly("A", "B");
        assertThat(s.findElement("A").orElseThrow().minimumWeight()).isEqualByComparingTo("50");
        assertThat(s.findElement("B").orElseThrow().findMinimumWeight()).isEmpty();
        assertThat(s.deductionCap()).isEqualByComparingTo("10");
        assertThat(s.bonuses()).singleElement().extracting(Adjustment::cap).isEqualTo(new BigDecimal("3"));
        assertThat(s.vetoes()).extracting(Veto::effect).containsExactly(Veto.Effect.ZERO, Veto.Effect.FORCE_GRADE);
        assertThat(s.bands()).extracting(GradeBand::grade).containsExactly("C", "B", "A");
        assertThat(s.requiredIndicators()).extracting(IndicatorId::value).containsExactly("a.one", "a.two",
                "award.count", "complaint.on-time-rate", "inspection.issues", "opinion.events", "penalty.count");
        assertThat(s.warnings()).isEmpty();
    }

    @Test
    void toTextReadsBackToAnEqualScorecard() {
        Scorecard s = Scorecard.parse(SMALL);
        Scorecard again = Scorecard.parse(s.toText());
        assertThat(again).isEqualTo(s);
        assertThat(again.toText()).isEqualTo(s.toText());
    }

    @Test
    void gradesByBandWithTheTopBandIncluding100() {
        Scorecard s = Scorecard.parse(SMALL);
        assertThat(s.grade(new BigDecimal("0"))).isEqualTo("C");
        assertThat(s.grade(new BigDecimal("59.99"))).isEqualTo("C");
        assertThat(s.grade(new BigDecimal("60"))).isEqualTo("B");
        assertThat(s.grade(new BigDecimal("85.00"))).isEqualTo("A");
        assertThat(s.grade(new BigDecimal("100"))).isEqualTo("A");
    }

    @Test
    void weightsNotAddingUpTo100AreRefused() {
        assertThat(violations(replace("weight=40", "weight=35")))
                .anySatisfy(v -> {
                    assertThat(v.field()).isEqualTo("elements");
                    assertThat(v.rule()).isEqualTo("WEIGHTS_NOT_100");
                    assertThat(v.message()).contains("95");
                });
    }

    @Test
    void aWeightBelowItsMinimumNamesTheElement() {
        List<Violation> v = violations(replace("weight=60 min=50", "weight=45 min=50")
                .replace("weight=40", "weight=55"));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("element[A].weight");
            assertThat(x.rule()).isEqualTo("BELOW_MINIMUM_WEIGHT");
            assertThat(x.message()).contains("element A", "45", "50");
        });
    }

    @Test
    void sharesNotAddingUpTo100NameTheElement() {
        assertThat(violations(replace("id=a.two share=50", "id=a.two share=40")))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("element[A].indicators", "SHARES_NOT_100"));
    }

    @Test
    void aGapBetweenBandsNamesTheBand() {
        assertThat(violations(replace("band grade=B from=60", "band grade=B from=61")))
                .singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("band[B].from");
                    assertThat(v.rule()).isEqualTo("GAP");
                    assertThat(v.message()).contains("60", "61");
                });
    }

    @Test
    void anOverlapBetweenBandsNamesTheBand() {
        assertThat(violations(replace("band grade=A from=85", "band grade=A from=80")))
                .singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("band[A].from");
                    assertThat(v.rule()).isEqualTo("OVERLAP");
                });
    }

    @Test
    void bandsMustStartAt0AndEndAt100() {
        assertThat(violations(replace("band grade=C from=0", "band grade=C from=5").replace("to=100", "to=99")))
                .extracting(Violation::field, Violation::rule)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("band[C].from", "GAP"),
                        org.assertj.core.groups.Tuple.tuple("band[A].to", "GAP"));
    }

    @Test
    void aVetoForcingAnUnknownGradeIsRefused() {
        assertThat(violations(replace("grade=C\n", "grade=Z\n")))
                .extracting(Violation::field).containsExactly("veto[W].grade");
    }

    @Test
    void everySyntaxErrorIsReportedWithItsLine() {
        String text = replace("deductions cap=10", "deductions cap=ten")
                .replace("bonuses cap=3", "bonuses cap=3 colour=red")
                .replace("function=check", "function=wobbly");
        List<Violation> v = violations(text);
        assertThat(v).extracting(Violation::field).containsExactly("line 6", "line 9", "line 11");
        assertThat(v).extracting(Violation::message).anySatisfy(m -> assertThat(m).contains("wobbly"))
                .anySatisfy(m -> assertThat(m).contains("colour")).anySatisfy(m -> assertThat(m).contains("ten"));
    }

    @Test
    void anIndicatorOfAnUndefinedElementIsRefused() {
        assertThat(violations(replace("indicator element=B", "indicator element=X")))
                .anySatisfy(v -> assertThat(v.message()).contains("element X"));
    }

    @Test
    void aDefinitionWithoutHeaderIsRefused() {
        assertThat(violations("element id=A weight=100\n")).extracting(Violation::rule).containsExactly("NO_HEADER");
    }

    @Test
    void complaintCountAsTheOnlyComplaintIndicatorGivesAWarning() {
        Scorecard s = Scorecard.parse(replace("id=complaint.on-time-rate", "id=complaint.count"));
        assertThat(s.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("COMPLAINT_COUNT_ONLY");
            assertThat(w.citation()).contains("art. 11");
        });
    }

    @Test
    void complaintCountBesideAnotherComplaintIndicatorIsFine() {
        Scorecard s = Scorecard.parse(replace("deduction id=D indicator=inspection.issues",
                "deduction id=D indicator=complaint.count"));
        assertThat(s.warnings()).isEmpty();
    }

    @Test
    void theBuilderValidatesLikeTheParser() {
        Scorecard.Builder b = Scorecard.builder(ScorecardId.of("B-1"), "1")
                .element(new Element("E", "e", new BigDecimal("100"), null,
                        List.of(Indicator.of(IndicatorId.of("x"), "x", new BigDecimal("100"), new ScoringFunction.Check())), ""));
        assertThatThrownBy(b::build).isInstanceOf(InvalidScorecardException.class)
                .extracting(e -> ((InvalidScorecardException) e).violations(), list(Violation.class))
                .extracting(Violation::field).containsExactly("bands");
        assertThat(b.band("all", BigDecimal.ZERO, new BigDecimal("100")).build().grade(BigDecimal.TEN)).isEqualTo("all");
    }
}
