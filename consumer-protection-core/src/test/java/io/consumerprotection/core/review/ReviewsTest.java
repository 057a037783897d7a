package io.consumerprotection.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.core.ConsumerProtection;
import io.consumerprotection.testkit.InMemoryAuditSink;
import io.consumerprotection.testkit.InMemoryComplaintStore;
import io.consumerprotection.testkit.InMemoryNotificationSender;
import io.consumerprotection.testkit.InMemoryReviewStore;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The review register on a store, and in the facade only when a store is wired. */
class ReviewsTest {

    private static final LocalDate D = LocalDate.of(2025, 6, 1);
    private static final ReviewSubject LOAN = ReviewSubject.of(ReviewSubjectKind.PRODUCT, "x-shandai", "X闪贷");
    private static final ReviewSubject SCRIPT = ReviewSubject.of(ReviewSubjectKind.MARKETING, "script-7", "理财话术7");

    private static ConsumerProtection.Builder facade() {
        return ConsumerProtection.builder().complaintStore(new InMemoryComplaintStore())
                .notificationSender(new InMemoryNotificationSender()).auditSink(new InMemoryAuditSink());
    }

    @Test
    void theFacadeHasAReviewRegisterOnlyWhenAStoreIsWired() {
        assertThat(facade().build().findReviews()).isEmpty();
        InMemoryReviewStore store = new InMemoryReviewStore();
        assertThat(facade().reviewStore(store).build().findReviews()).hasValueSatisfying(r ->
                assertThat(r.store()).isSameAs(store));
    }

    @Test
    void theGateReadsTheStoreAReReviewThatPassesOpensItAndAWithdrawnItemIsRefused() {
        InMemoryReviewStore store = new InMemoryReviewStore();
        Reviews reviews = facade().reviewStore(store).build().findReviews().orElseThrow();
        Review failed = Review.request(ReviewId.of("RV-1"), LOAN, "1.9", "零售部", D.minusDays(20), Checklist.builtIn())
                .decide(ReviewOutcome.FAILED, D.minusDays(15));
        Review script = Review.request(ReviewId.of("RV-3"), SCRIPT, "1", "零售部", D.minusDays(20), Checklist.builtIn())
                .decide(ReviewOutcome.PASSED, D.minusDays(18));
        ReviewRecords.saveAll(ReviewBook.empty().with(failed).with(script)
                .with(MarketingItem.active(SCRIPT, "1", MarketingChannel.SCRIPT, "话术")), store);

        assertThatThrownBy(() -> reviews.requireApproved("x-shandai", "1.9")).isInstanceOfSatisfying(
                NotApprovedException.class, e -> assertThat(e.code()).isEqualTo(NotApprovedException.NOT_APPROVED));
        assertThat(reviews.requireApproved("script-7", "1").id()).isEqualTo(ReviewId.of("RV-3"));

        Review again = failed.reReview(ReviewId.of("RV-2"), "2.0", D.minusDays(10), Checklist.builtIn())
                .decide(ReviewOutcome.PASSED, D.minusDays(5));
        store.saveReview(ReviewRecords.encode(again, 1));
        assertThat(reviews.requireApproved("x-shandai", "2.0").id()).isEqualTo(ReviewId.of("RV-2"));
        assertThat(reviews.findApproval("x-shandai", "1.9")).isEmpty();

        store.saveMarketingItem(ReviewRecords.encode(MarketingItem.active(SCRIPT, "1", MarketingChannel.SCRIPT, "话术")
                .withdrawn(new Withdrawal("含“保本”", ReviewId.of("RV-3"), D))));
        assertThatThrownBy(() -> reviews.requireApproved("script-7", "1")).isInstanceOfSatisfying(
                NotApprovedException.class, e -> assertThat(e.code()).isEqualTo(NotApprovedException.MARKETING_WITHDRAWN));
        assertThat(reviews.book(D.minusDays(30), D).reviews()).hasSize(3);
    }
}
