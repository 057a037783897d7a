package io.consumerprotection.spi.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where a host keeps consumer-protection reviews, the marketing-item registry and contract-template revisions.
 *
 * @implSpec Implementations are thread-safe. {@link #saveReview} is an optimistic write: a record of revision 1
 * inserts a new review (a second insert of the same id is a conflict); revision {@code n > 1} replaces the stored
 * revision {@code n - 1} and nothing else; a conflict throws a
 * {@link io.consumerprotection.spi.ConsumerProtectionException} with code {@code VERSION_CONFLICT} and changes
 * nothing. What is read back equals what was saved (lists in the same order, texts unchanged, including Chinese and
 * characters outside the BMP). Lists are ordered as each method says and never {@code null}; no argument may be
 * {@code null}. Template revisions are append-only: a revision with a version the template already has is refused
 * with code {@code DUPLICATE_REVISION}. Methods throw unchecked exceptions only.
 */
public interface ReviewStore {

    /** Saves a review (see the optimistic rule above). */
    void saveReview(ReviewRecord review);

    /** The review with an id, if any. */
    Optional<ReviewRecord> findReview(String id);

    /** The reviews of a subject, by request day then id. */
    List<ReviewRecord> reviewsOf(String subjectId);

    /** The reviews requested in {@code [from, to]}, by request day then id. */
    List<ReviewRecord> reviewsRequestedBetween(LocalDate from, LocalDate to);

    /** Saves a marketing item, replacing the one with the same subject id. */
    void saveMarketingItem(MarketingItemRecord item);

    /** The marketing item with a subject id, if any. */
    Optional<MarketingItemRecord> findMarketingItem(String subjectId);

    /** Every marketing item, by subject id. */
    List<MarketingItemRecord> marketingItems();

    /** Appends a revision of a contract template (see the append-only rule above). */
    void appendTemplateRevision(TemplateRevisionRecord revision);

    /** The revisions of a template, by effective day then version. */
    List<TemplateRevisionRecord> templateRevisions(String templateId);

    /** The ids of every template, sorted. */
    List<String> templateIds();
}
