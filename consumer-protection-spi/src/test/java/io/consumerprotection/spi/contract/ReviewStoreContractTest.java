package io.consumerprotection.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.review.MarketingItemRecord;
import io.consumerprotection.spi.review.ReviewFindingRecord;
import io.consumerprotection.spi.review.ReviewRecord;
import io.consumerprotection.spi.review.ReviewStore;
import io.consumerprotection.spi.review.ReviewSuggestionRecord;
import io.consumerprotection.spi.review.TemplateRevisionRecord;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link ReviewStore} meets: reviews read back as saved, optimistic revisions, ordered queries,
 * the marketing registry replaced by subject id, append-only template revisions. A host extends this class and
 * implements {@link #newStore()}, which returns a new, empty store.
 */
public abstract class ReviewStoreContractTest {

    protected static final LocalDate D = LocalDate.of(2025, 3, 3);

    protected ReviewStore store;

    /** A new, empty store. */
    protected abstract ReviewStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    /** A review with Chinese text, a character outside the BMP, a finding and two suggestions. */
    protected static ReviewRecord review(String id, String subject, LocalDate on, long revision) {
        return new ReviewRecord(id, "PRODUCT", subject, "“智享盈”结构性存款 𠀀", "1.0", "个人金融部", on, "2026a",
                List.of("DISC-01", "DISC-02", "COMP-01"), List.of(new ReviewFindingRecord("DISC-02", "宣传页含“保本”")),
                List.of(new ReviewSuggestionRecord(1, "DISC-02", "删除“保本”，改为风险提示", on.plusDays(10), "ADOPTED", "",
                        on.plusDays(5)), new ReviewSuggestionRecord(2, "COMP-01", "显示投诉热线", on.plusDays(10), "OPEN",
                                "", null)), null, null, null, revision);
    }

    @Test
    void aSavedReviewReadsBackAsSaved() {
        ReviewRecord r = review("RV-1", "zxy", D, 1);
        store.saveReview(r);
        assertThat(store.findReview("RV-1")).contains(r);
        assertThat(store.findReview("RV-404")).isEmpty();
    }

    @Test
    void revisionsAreOptimistic() {
        store.saveReview(review("RV-1", "zxy", D, 1));
        assertThatThrownBy(() -> store.saveReview(review("RV-1", "zxy", D, 1)))
                .isInstanceOfSatisfying(ConsumerProtectionException.class,
                        e -> assertThat(e.code()).isEqualTo("VERSION_CONFLICT"));
        ReviewRecord decided = new ReviewRecord("RV-1", "PRODUCT", "zxy", "n", "1.0", "个人金融部", D, "2026a",
                List.of("DISC-01"), List.of(), List.of(), "FAILED", D.plusDays(2), null, 2);
        store.saveReview(decided);
        assertThat(store.findReview("RV-1")).contains(decided);
        assertThatThrownBy(() -> store.saveReview(decided.withRevision(4)))
                .isInstanceOfSatisfying(ConsumerProtectionException.class,
                        e -> assertThat(e.code()).isEqualTo("VERSION_CONFLICT"));
        assertThat(store.findReview("RV-1").orElseThrow().revision()).isEqualTo(2);
    }

    @Test
    void queriesAreOrderedByRequestDayThenId() {
        store.saveReview(review("RV-3", "a", D.plusDays(2), 1));
        store.saveReview(review("RV-2", "a", D, 1));
        store.saveReview(review("RV-1", "b", D, 1));
        ReviewRecord linked = new ReviewRecord("RV-4", "PRODUCT", "a", "n", "1.1", "u", D.plusDays(9), "2026a",
                List.of(), List.of(), List.of(), null, null, "RV-3", 1);
        store.saveReview(linked);
        assertThat(store.reviewsOf("a")).extracting(ReviewRecord::id).containsExactly("RV-2", "RV-3", "RV-4");
        assertThat(store.reviewsRequestedBetween(D, D.plusDays(2))).extracting(ReviewRecord::id)
                .containsExactly("RV-1", "RV-2", "RV-3");
        assertThat(store.reviewsOf("a").get(2).previousId()).isEqualTo("RV-3");
        assertThat(store.reviewsOf("nobody")).isEmpty();
    }

    @Test
    void theMarketingRegistryKeepsOneItemPerSubject() {
        MarketingItemRecord active = new MarketingItemRecord("sms-1", "到期短信", "1", "SMS", "本产品不保本。", null, null,
                null);
        store.saveMarketingItem(active);
        MarketingItemRecord withdrawn = new MarketingItemRecord("sms-1", "到期短信", "1", "SMS", "本产品不保本。",
                "含“稳赚”", "RV-9", D.plusDays(3));
        store.saveMarketingItem(withdrawn);
        store.saveMarketingItem(new MarketingItemRecord("a-page", "首页", "2", "PAGE", "x", null, null, null));
        assertThat(store.findMarketingItem("sms-1")).contains(withdrawn);
        assertThat(store.marketingItems()).extracting(MarketingItemRecord::subjectId).containsExactly("a-page", "sms-1");
    }

    @Test
    void templateRevisionsAreAppendOnly() {
        TemplateRevisionRecord v1 = new TemplateRevisionRecord("loan", "个人贷款合同", "2024.1", D, "本行有权随时调整利率。", "",
                null);
        TemplateRevisionRecord v2 = new TemplateRevisionRecord("loan", "个人贷款合同", "2025.1", D.plusMonths(1),
                "利率调整提前30日通知。", "删除单方变更", "RV-7");
        store.appendTemplateRevision(v2);
        store.appendTemplateRevision(v1);
        assertThat(store.templateRevisions("loan")).containsExactly(v1, v2);
        assertThatThrownBy(() -> store.appendTemplateRevision(v1))
                .isInstanceOfSatisfying(ConsumerProtectionException.class,
                        e -> assertThat(e.code()).isEqualTo("DUPLICATE_REVISION"));
        assertThat(store.templateIds()).containsExactly("loan");
        assertThat(store.templateRevisions("none")).isEmpty();
    }
}
