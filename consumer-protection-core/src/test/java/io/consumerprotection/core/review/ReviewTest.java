package io.consumerprotection.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReviewTest {

    static final Checklist CHECKLIST = Checklist.builtIn();
    static final LocalDate D = LocalDate.of(2025, 3, 3);
    static final ReviewSubject APP = ReviewSubject.of(ReviewSubjectKind.SYSTEM, "mobile-app", "手机银行APP");

    static Review request() {
        return Review.request(ReviewId.of("RV-1"), APP, "V5.0", "个人金融部", D, CHECKLIST);
    }

    @Test
    void aReviewCoversTheChecklistItemsOfItsSubjectKind() {
        Review r = request();
        assertThat(r.checklistVersion()).isEqualTo("2026a");
        assertThat(r.itemIds()).contains("PI-01", "PI-02", "SPEC-01", "COMP-01").doesNotContain("TERMS-02", "FEE-01");
        assertThat(CHECKLIST.items()).allSatisfy(i -> assertThat(i.citation().confidence())
                .isIn("A", "B", "C", "open", "seed"));
    }

    @Test
    void suggestionsAreTrackedToAdoptionOrRejectionWithAReason() {
        Review r = request().withFinding("SPEC-01", "未提供大字版").withSuggestion("SPEC-01", "增加关爱版（大字、语音）",
                D.plusDays(10)).withSuggestion("PI-02", "交易明细页卡号脱敏", D.plusDays(10));
        r = r.adopt(1, D.plusDays(5)).reject(2, "已由网关统一脱敏", D.plusDays(6));
        assertThat(r.suggestions()).extracting(ReviewSuggestion::status).containsExactly(SuggestionStatus.ADOPTED,
                SuggestionStatus.REJECTED);
        assertThat(r.suggestions().get(1).reason()).isEqualTo("已由网关统一脱敏");
        assertThatThrownBy(() -> request().withSuggestion("PI-02", "x", D).reject(1, " ", D))
                .isInstanceOfSatisfying(InvalidReviewException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.rule()).containsExactly("REASON_REQUIRED"));
    }

    @Test
    void anOpenSuggestionIsOverdueOnlyAfterItsResponseDate() {
        Review r = request().withSuggestion("PI-01", "删除非必要的通讯录权限", D.plusDays(10));
        assertThat(r.overdueSuggestions(D.plusDays(10))).isEmpty();
        assertThat(r.overdueSuggestions(D.plusDays(11))).hasSize(1);
        assertThat(r.adopt(1, D.plusDays(12)).overdueSuggestions(D.plusDays(20))).isEmpty();
    }

    @Test
    void passedNeedsNoOpenSuggestionAndConditionsNeedOne() {
        Review open = request().withSuggestion("PI-01", "x", D.plusDays(3));
        assertThatThrownBy(() -> open.decide(ReviewOutcome.PASSED, D.plusDays(1)))
                .isInstanceOfSatisfying(InvalidReviewException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.rule()).containsExactly("OPEN_SUGGESTIONS"));
        assertThat(open.decide(ReviewOutcome.PASSED_WITH_CONDITIONS, D.plusDays(1)).approves()).isTrue();
        assertThatThrownBy(() -> request().decide(ReviewOutcome.PASSED_WITH_CONDITIONS, D))
                .hasMessageContaining("NO_CONDITIONS");
        assertThat(request().decide(ReviewOutcome.FAILED, D).approves()).isFalse();
    }

    @Test
    void aDecidedReviewTakesNoNewFindingOrSecondDecision() {
        Review done = request().decide(ReviewOutcome.PASSED, D.plusDays(2));
        assertThat(done.daysToDecision()).hasValue(2);
        assertThatThrownBy(() -> done.withFinding("PI-01", "x")).hasMessageContaining("ALREADY_DECIDED");
        assertThatThrownBy(() -> done.decide(ReviewOutcome.FAILED, D.plusDays(3)))
                .hasMessageContaining("ALREADY_DECIDED");
    }

    @Test
    void badInputIsOneTypedErrorNamingFieldAndRule() {
        assertThatThrownBy(() -> request().withSuggestion("TERMS-02", "", D.minusDays(1)))
                .isInstanceOfSatisfying(InvalidReviewException.class, e -> {
                    assertThat(e.code()).isEqualTo("INVALID_REVIEW");
                    assertThat(e.violations()).extracting(v -> v.field() + ":" + v.rule()).containsExactly(
                            "itemId:UNKNOWN_ITEM", "text:NOT_BLANK", "responseDue:DUE_AFTER_REQUEST");
                });
    }

    @Test
    void aReReviewLinksToThePreviousVersionsReview() {
        Review failed = request().decide(ReviewOutcome.FAILED, D.plusDays(1));
        Review next = failed.reReview(ReviewId.of("RV-2"), "V5.0.1", D.plusDays(7), CHECKLIST);
        assertThat(next.previous()).contains(ReviewId.of("RV-1"));
        assertThat(next.subject()).isEqualTo(APP);
        assertThatThrownBy(() -> failed.reReview(ReviewId.of("RV-3"), "V5.0", D, CHECKLIST))
                .hasMessageContaining("SAME_VERSION");
    }

    @Test
    void restoreChecksTheSameRules() {
        Review r = request().withSuggestion("PI-01", "x", D).adopt(1, D).decide(ReviewOutcome.PASSED, D);
        assertThat(Review.restore(r.id(), r.subject(), r.version(), r.requestingUnit(), r.requestedOn(),
                r.checklistVersion(), r.itemIds(), r.findings(), r.suggestions(), r.outcome(), r.decidedOn(),
                r.previous())).isEqualTo(r);
        assertThatThrownBy(() -> Review.restore(r.id(), r.subject(), r.version(), r.requestingUnit(),
                r.requestedOn(), r.checklistVersion(), r.itemIds(), r.findings(), r.suggestions(), r.outcome(),
                java.util.Optional.empty(), r.previous())).hasMessageContaining("DECISION");
    }
}
