package io.consumerprotection.core.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.complaint.ComplaintId;
import io.consumerprotection.core.rectification.Accountability;
import io.consumerprotection.core.rectification.AccountabilityOutcome;
import io.consumerprotection.core.rectification.RectificationId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountabilityIndicatorsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final RectificationId ITEM = RectificationId.of("R-1");
    private static final Scorecard STAFF = Scorecard.parse("""
            scorecard id=STAFF-1 version=v1 name="staff card"
            element id=A weight=100
            indicator element=A id=service.quality share=100 function=linear from=0 to=100
            veto id=staff-rating-veto indicator=accountability.rating-vetoes at-least=1 effect=zero
            band grade=C from=0 to=60
            band grade=A from=60 to=100
            """);

    private static Accountability decision(String id, String who, AccountabilityOutcome outcome, String at) {
        return Accountability.of(RectificationId.of(id), ITEM, who, "有效投诉", outcome, Instant.parse(at));
    }

    private static IndicatorValues inputs(List<Accountability> decisions, String person) {
        return IndicatorValues.of(java.util.Map.of(IndicatorId.of("service.quality"), new BigDecimal("95")))
                .with(AccountabilityIndicators.derive(decisions, UnitId.of(person), AppraisalPeriod.year(2025), SHANGHAI));
    }

    @Test
    void aRatingVetoDecisionZeroesTheStaffMembersRating() {
        List<Accountability> decisions = List.of(
                decision("A-1", "STAFF-0042", AccountabilityOutcome.RATING_VETO, "2025-05-01T02:00:00Z")
                        .withComplaint(ComplaintId.of("CP-2025-7")),
                decision("A-2", "STAFF-0042", AccountabilityOutcome.CRITICISM, "2025-06-01T02:00:00Z"),
                decision("A-3", "STAFF-0007", AccountabilityOutcome.DEDUCTION, "2025-06-01T02:00:00Z"));

        Assessment vetoed = STAFF.assess(UnitId.of("STAFF-0042"), AppraisalPeriod.year(2025), inputs(decisions, "STAFF-0042"));
        Assessment other = STAFF.assess(UnitId.of("STAFF-0007"), AppraisalPeriod.year(2025), inputs(decisions, "STAFF-0007"));

        assertThat(vetoed.score()).isEqualByComparingTo("0");
        assertThat(vetoed.grade()).isEqualTo("C");
        assertThat(vetoed.triggeredVetoes()).singleElement()
                .satisfies(v -> assertThat(v.evidence()).containsExactly("A-1", "CP-2025-7"));
        assertThat(other.score()).isEqualByComparingTo("95");
        assertThat(other.grade()).isEqualTo("A");
        assertThat(other.triggeredVetoes()).isEmpty();
    }

    @Test
    void onlyDecisionsOfThePeriodInTheBanksZoneCount() {
        // 2024-12-31T16:30Z is already 2025-01-01 in Shanghai; 2025-12-31T16:30Z is 2026-01-01 there
        List<Accountability> decisions = List.of(
                decision("A-1", "STAFF-1", AccountabilityOutcome.RATING_VETO, "2024-12-31T16:30:00Z"),
                decision("A-2", "STAFF-1", AccountabilityOutcome.RATING_VETO, "2025-12-31T16:30:00Z"),
                decision("A-3", "STAFF-1", AccountabilityOutcome.RATING_VETO, "2024-12-31T15:30:00Z"));
        IndicatorValue v = AccountabilityIndicators.derive(decisions, UnitId.of("STAFF-1"), AppraisalPeriod.year(2025), SHANGHAI)
                .find(AccountabilityIndicators.RATING_VETOES).orElseThrow();
        assertThat(v.value()).isEqualByComparingTo("1");
        assertThat(v.evidence()).containsExactly("A-1");
    }

    @Test
    void theBuiltInVetoItemReadsTheIndicator() {
        Veto veto = AccountabilityIndicators.ratingVeto();
        assertThat(veto.indicator()).isEqualTo(AccountabilityIndicators.RATING_VETOES);
        assertThat(veto.effect()).isEqualTo(Veto.Effect.ZERO);
        assertThat(veto.atLeast()).isEqualByComparingTo("1");
        IndicatorValue none = AccountabilityIndicators.derive(List.of(), UnitId.of("X"), AppraisalPeriod.year(2025), SHANGHAI)
                .find(AccountabilityIndicators.RATING_VETOES).orElseThrow();
        assertThat(none.value()).isEqualByComparingTo("0");
    }
}
