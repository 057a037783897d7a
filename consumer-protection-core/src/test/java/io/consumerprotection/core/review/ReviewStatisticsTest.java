package io.consumerprotection.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.appraisal.AppraisalPeriod;
import io.consumerprotection.core.appraisal.IndicatorId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seed 003 (first half of 2025): 12 product and service reviews, 37 suggestions, all adopted. */
class ReviewStatisticsTest {

    static final LocalDate H1 = LocalDate.of(2025, 1, 1);
    static final LocalDate H1_END = LocalDate.of(2025, 6, 30);

    /** Twelve reviews whose suggestion counts add up to 37 (3 each, one with 4), every suggestion adopted. */
    static ReviewBook seed003() {
        String[][] subjects = {
            {"PRODUCT", "zxy-sd", "“智享盈”结构性存款"}, {"SYSTEM", "mobile-app", "新版手机银行APP V5.0"},
            {"PRODUCT", "x-shandai", "个人线上消费贷“X闪贷”"}, {"PRODUCT", "anju-dai", "新市民“安居贷”"},
            {"SERVICE", "care-app", "关爱版手机银行"}, {"SERVICE", "voice-callback", "智能语音外呼回访"},
            {"SYSTEM", "voiceprint", "客户声纹情绪智能识别系统"}, {"PRODUCT", "card-instalment", "信用卡分期"},
            {"SERVICE", "feedback", "APP意见反馈功能"}, {"PRODUCT", "wm-r2", "R2理财产品"},
            {"PRODUCT", "pension-wm", "养老理财代销"}, {"SERVICE", "new-citizen", "新市民服务窗口"}};
        ReviewBook book = ReviewBook.empty();
        for (int i = 0; i < subjects.length; i++) {
            ReviewSubject s = ReviewSubject.of(ReviewSubjectKind.valueOf(subjects[i][0]), subjects[i][1],
                    subjects[i][2]);
            LocalDate on = H1.plusDays(14L * i);
            Review r = Review.request(ReviewId.of("RV-2025-" + (i + 1)), s, "1.0", i % 2 == 0 ? "个人金融部" : "网络金融部",
                    on, Checklist.builtIn());
            String item = r.itemIds().get(0);
            int count = i == 0 ? 4 : 3;
            for (int k = 0; k < count; k++) {
                r = r.withSuggestion(item, "建议" + (k + 1), on.plusDays(10));
            }
            r = r.decide(ReviewOutcome.PASSED_WITH_CONDITIONS, on.plusDays(4));
            for (int k = 1; k <= count; k++) {
                r = r.adopt(k, on.plusDays(8));
            }
            book = book.with(r);
        }
        return book;
    }

    @Test
    void seed003FiguresAreRebuilt() {
        ReviewStatistics s = ReviewStatistics.of(seed003().reviews(), H1, H1_END, H1_END);
        assertThat(s.reviews()).isEqualTo(12);
        assertThat(s.suggestions()).isEqualTo(37);
        assertThat(s.adopted()).isEqualTo(37);
        assertThat(s.adoptionRate()).contains(new BigDecimal("1.0000"));
        assertThat(s.overdue()).isZero();
        assertThat(s.byKind()).containsEntry(ReviewSubjectKind.PRODUCT, 6).containsEntry(ReviewSubjectKind.SERVICE, 4)
                .containsEntry(ReviewSubjectKind.SYSTEM, 2);
        assertThat(s.byUnit()).containsEntry("个人金融部", 6).containsEntry("网络金融部", 6);
        assertThat(s.meanDaysToDecision()).contains(new BigDecimal("4.0"));
    }

    @Test
    void figuresAgreeWithARecountOfEverySuggestion() {
        ReviewBook book = seed003();
        Review extra = Review.request(ReviewId.of("RV-X"), ReviewSubject.of(ReviewSubjectKind.PRODUCT, "p", "p"), "1",
                "零售部", H1_END.minusDays(20), Checklist.builtIn());
        extra = extra.withSuggestion(extra.itemIds().get(0), "a", H1_END.minusDays(10))
                .withSuggestion(extra.itemIds().get(0), "b", H1_END.minusDays(10)).reject(2, "成本过高", H1_END);
        book = book.with(extra);
        ReviewStatistics s = ReviewStatistics.of(book.reviews(), H1, H1_END, H1_END);
        // naive recount
        List<ReviewSuggestion> all = new ArrayList<>();
        book.reviews().forEach(r -> all.addAll(r.suggestions()));
        assertThat(s.suggestions()).isEqualTo(all.size()).isEqualTo(39);
        assertThat(s.adopted() + s.rejected() + s.open()).isEqualTo(s.suggestions());
        assertThat(s.rejected()).isEqualTo(1);
        assertThat(s.overdue()).isEqualTo(1);
        assertThat(s.adoptionRate()).contains(new BigDecimal("0.9487")); // 37 / 39
    }

    @Test
    void theAppraisalIndicatorComesFromTheRegister() {
        ReviewBook book = seed003();
        ReviewSubject late = ReviewSubject.of(ReviewSubjectKind.PRODUCT, "unreviewed", "未审查产品");
        List<Launch> launches = new ArrayList<>();
        book.reviews().forEach(r -> launches.add(new Launch(r.subject(), "1.0", r.decidedOn().orElseThrow())));
        launches.add(new Launch(late, "1.0", LocalDate.of(2025, 5, 1)));
        var values = ReviewIndicators.derive(book, launches, new AppraisalPeriod(H1, H1_END));
        var v = values.find(IndicatorId.PRODUCT_PRE_REVIEW_COVERAGE).orElseThrow();
        assertThat(v.value()).isEqualByComparingTo("0.923077"); // 12 of 13
        assertThat(v.evidence()).containsExactly("unreviewed@1.0");
        // a review decided after the launch does not cover it
        Review first = book.reviews().iterator().next();
        var early = ReviewIndicators.derive(book, List.of(new Launch(first.subject(), "1.0",
                first.decidedOn().orElseThrow().minusDays(1))), new AppraisalPeriod(H1, H1_END));
        assertThat(early.find(IndicatorId.PRODUCT_PRE_REVIEW_COVERAGE).orElseThrow().value()).isEqualByComparingTo("0");
        assertThat(ReviewIndicators.derive(book, List.of(), new AppraisalPeriod(H1, H1_END))
                .find(IndicatorId.PRODUCT_PRE_REVIEW_COVERAGE).orElseThrow().value()).isEqualByComparingTo("1");
    }
}
