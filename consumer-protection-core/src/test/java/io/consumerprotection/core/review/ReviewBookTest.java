package io.consumerprotection.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReviewBookTest {

    static final LocalDate D = LocalDate.of(2025, 4, 1);
    static final ReviewSubject DEPOSIT = ReviewSubject.of(ReviewSubjectKind.PRODUCT, "zxy-sd", "“智享盈”结构性存款");
    static final ReviewSubject SMS = ReviewSubject.of(ReviewSubjectKind.MARKETING, "sms-0412", "理财到期提醒短信");

    static Review review(String id, ReviewSubject s, String version, ReviewOutcome o) {
        Review r = Review.request(ReviewId.of(id), s, version, "个人金融部", D, Checklist.builtIn());
        return o == null ? r : r.decide(o, D.plusDays(3));
    }

    @Test
    void theGateLetsThroughOnlyAPassedReviewOfThatVersion() {
        ReviewBook book = ReviewBook.empty().with(review("RV-1", DEPOSIT, "1.0", ReviewOutcome.PASSED))
                .with(review("RV-2", DEPOSIT, "1.1", ReviewOutcome.FAILED))
                .with(review("RV-3", DEPOSIT, "1.2", null));
        assertThat(book.requireApproved("zxy-sd", "1.0").id()).isEqualTo(ReviewId.of("RV-1"));
        assertThatThrownBy(() -> book.requireApproved("zxy-sd", "1.1"))
                .isInstanceOfSatisfying(NotApprovedException.class, e -> {
                    assertThat(e.code()).isEqualTo("NOT_APPROVED");
                    assertThat(e.getMessage()).contains("无审查、不上线").contains("decided FAILED");
                });
        assertThatThrownBy(() -> book.requireApproved("zxy-sd", "1.2")).hasMessageContaining("still open");
        assertThatThrownBy(() -> book.requireApproved("zxy-sd", "2.0")).hasMessageContaining("never reviewed");
        assertThatThrownBy(() -> book.requireApproved("other", "1.0")).isInstanceOf(NotApprovedException.class);
    }

    @Test
    void aWithdrawnMarketingItemIsRefusedEvenWithAPassedReview() {
        ReviewBook book = ReviewBook.empty().with(review("RV-9", SMS, "1", ReviewOutcome.PASSED))
                .with(MarketingItem.active(SMS, "1", MarketingChannel.SMS, "到期提醒：本产品不保本。"));
        assertThat(book.requireApproved("sms-0412", "1")).isNotNull();
        ReviewBook withdrawn = book.withdraw("sms-0412", "含“稳赚”表述", ReviewId.of("RV-9"), D.plusDays(10));
        assertThatThrownBy(() -> withdrawn.requireApproved("sms-0412", "1"))
                .isInstanceOfSatisfying(NotApprovedException.class, e -> {
                    assertThat(e.code()).isEqualTo("MARKETING_WITHDRAWN");
                    assertThat(e.violations().get(0).message()).contains("RV-9").doesNotContain("稳赚");
                });
        assertThatThrownBy(() -> withdrawn.withdraw("sms-0412", "again", ReviewId.of("RV-9"), D))
                .hasMessageContaining("ALREADY_WITHDRAWN");
        assertThatThrownBy(() -> book.withdraw("sms-0412", "x", ReviewId.of("RV-404"), D))
                .hasMessageContaining("UNKNOWN_REVIEW");
    }

    @Test
    void aReReviewMustLinkToAReviewInTheRegister() {
        Review failed = review("RV-1", DEPOSIT, "1.0", ReviewOutcome.FAILED);
        Review next = failed.reReview(ReviewId.of("RV-2"), "1.1", D.plusDays(5), Checklist.builtIn());
        assertThatThrownBy(() -> ReviewBook.empty().with(next)).hasMessageContaining("UNKNOWN_REVIEW");
        assertThat(ReviewBook.empty().with(failed).with(next).reviewsOf("zxy-sd")).hasSize(2);
    }

    @Test
    void aTemplateKeepsItsRevisionsAndTheOneInUseOnADay() {
        ReviewSubject t = ReviewSubject.of(ReviewSubjectKind.CONTRACT_TEMPLATE, "loan-2024", "个人消费贷款合同");
        ContractTemplate c = ContractTemplate.of(t, new TemplateRevision("2024.1", D, "本行有权随时调整利率，恕不另行通知。",
                "", Optional.empty())).revised(new TemplateRevision("2025.1", D.plusMonths(2),
                        "利率调整将提前30日通知，借款人可以提前还款。", "删除单方变更条款", Optional.of(ReviewId.of("RV-7"))));
        assertThat(c.inUseOn(D.plusMonths(1)).orElseThrow().version()).isEqualTo("2024.1");
        assertThat(c.inUseOn(D.plusMonths(3)).orElseThrow().version()).isEqualTo("2025.1");
        assertThat(c.inUseOn(D.minusDays(1))).isEmpty();
        assertThatThrownBy(() -> c.revised(new TemplateRevision("x", D, "", "", Optional.empty())))
                .hasMessageContaining("take effect after");
        assertThat(ReviewBook.empty().with(c).findTemplate("loan-2024")).contains(c);
    }
}
