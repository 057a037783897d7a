package io.consumerprotection.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.spi.review.ReviewRecord;
import io.consumerprotection.testkit.InMemoryReviewStore;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReviewRecordsTest {

    @Test
    void aRegisterRoundTripsThroughAStore() {
        ReviewBook book = ReviewStatisticsTest.seed003();
        Review first = book.reviews().iterator().next();
        Review failed = Review.request(ReviewId.of("RV-F"), first.subject(), "2.0", "个人金融部",
                LocalDate.of(2025, 6, 1), Checklist.builtIn()).decide(ReviewOutcome.FAILED, LocalDate.of(2025, 6, 2));
        Review again = failed.reReview(ReviewId.of("RV-G"), "2.1", LocalDate.of(2025, 6, 10), Checklist.builtIn());
        ReviewSubject sms = ReviewSubject.of(ReviewSubjectKind.MARKETING, "sms-1", "短信");
        ReviewSubject tpl = ReviewSubject.of(ReviewSubjectKind.CONTRACT_TEMPLATE, "loan", "贷款合同");
        book = book.with(failed).with(again).with(MarketingItem.active(sms, "1", MarketingChannel.SMS, "稳赚"))
                .withdraw("sms-1", "稳赚", ReviewId.of("RV-F"), LocalDate.of(2025, 6, 3))
                .with(ContractTemplate.of(tpl, new TemplateRevision("1", LocalDate.of(2025, 1, 1), "条款", "",
                        Optional.empty())));
        InMemoryReviewStore store = new InMemoryReviewStore();
        ReviewRecords.saveAll(book, store);
        ReviewBook loaded = ReviewRecords.load(store, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        assertThat(loaded.reviews()).containsExactlyElementsOf(book.reviews());
        assertThat(loaded.marketingItems()).containsExactlyElementsOf(book.marketingItems());
        assertThat(loaded.templates()).containsExactlyElementsOf(book.templates());
        // a re-review's previous review comes along even when it is outside the period
        assertThat(ReviewRecords.load(store, LocalDate.of(2025, 6, 5), LocalDate.of(2025, 6, 30)).reviews())
                .extracting(r -> r.id().value()).containsExactly("RV-F", "RV-G");
    }

    @Test
    void aStoredReviewThatBreaksARuleIsRefusedOnDecoding() {
        ReviewRecord bad = new ReviewRecord("RV-1", "PRODUCT", "p", "p", "1", "u", LocalDate.of(2025, 1, 1), "2026a",
                List.of("DISC-01"), List.of(), List.of(), "PASSED", null, null, 1);
        assertThatThrownBy(() -> ReviewRecords.decode(bad)).isInstanceOf(InvalidReviewException.class)
                .hasMessageContaining("DECISION");
    }
}
