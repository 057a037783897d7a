package io.consumerprotection.core.review;

import io.consumerprotection.spi.review.ReviewRecord;
import io.consumerprotection.spi.review.ReviewStore;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The review register (消保审查) on a host's {@link ReviewStore}: the launch gate read from the store, and the
 * register of a period for statistics and audit. Thread-safe as the store is. The facade hands one out only when
 * a store is wired ({@code ConsumerProtection.findReviews()}).
 *
 * <pre>{@code
 * Reviews reviews = Reviews.on(store);
 * reviews.requireApproved("x-shandai", "2.0");   // throws NotApprovedException: 无审查、不上线
 * }</pre>
 */
public final class Reviews {

    private final ReviewStore store;

    private Reviews(ReviewStore store) {
        this.store = store;
    }

    /** The register on this store. */
    public static Reviews on(ReviewStore store) {
        return new Reviews(Objects.requireNonNull(store, "store"));
    }

    /** The store the register reads. */
    public ReviewStore store() {
        return store;
    }

    /**
     * The launch gate on the stored reviews of the subject and its marketing item, as
     * {@link ReviewBook#requireApproved}.
     *
     * @throws NotApprovedException {@code MARKETING_WITHDRAWN} or {@code NOT_APPROVED}
     */
    public Review requireApproved(String subjectId, String version) {
        return subjectBook(subjectId).requireApproved(subjectId, Objects.requireNonNull(version, "version"));
    }

    /** The latest decided review in the store that approves the subject at the version, if any. */
    public Optional<Review> findApproval(String subjectId, String version) {
        return subjectBook(subjectId).findApproval(subjectId, Objects.requireNonNull(version, "version"));
    }

    /** The register of the reviews requested in {@code [from, to]} (with the reviews they re-review), every item and template. */
    public ReviewBook book(LocalDate from, LocalDate to) {
        return ReviewRecords.load(store, Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to"));
    }

    private ReviewBook subjectBook(String subjectId) {
        Objects.requireNonNull(subjectId, "subjectId");
        List<Review> reviews = store.reviewsOf(subjectId).stream().map(ReviewRecords::decode)
                .sorted(Comparator.comparing(Review::requestedOn).thenComparing(Review::id)).toList();
        ReviewBook book = ReviewBook.empty();
        for (Review r : reviews) {
            // a re-review whose previous review is of another subject id is still a review of this subject
            if (r.previous().isPresent() && book.findReview(r.previous().get()).isEmpty()) {
                Optional<ReviewRecord> p = store.findReview(r.previous().get().value());
                if (p.isPresent()) {
                    book = book.with(ReviewRecords.decode(p.get()));
                }
            }
            book = book.with(r);
        }
        Optional<ReviewBook> withItem = store.findMarketingItem(subjectId).map(ReviewRecords::decode).map(book::with);
        return withItem.orElse(book);
    }

    @Override
    public String toString() {
        return "Reviews[" + store.getClass().getSimpleName() + "]";
    }
}
