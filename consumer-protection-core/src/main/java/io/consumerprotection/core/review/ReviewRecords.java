package io.consumerprotection.core.review;

import io.consumerprotection.spi.review.MarketingItemRecord;
import io.consumerprotection.spi.review.ReviewFindingRecord;
import io.consumerprotection.spi.review.ReviewRecord;
import io.consumerprotection.spi.review.ReviewStore;
import io.consumerprotection.spi.review.ReviewSuggestionRecord;
import io.consumerprotection.spi.review.TemplateRevisionRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one boundary between the review model and the {@link ReviewStore}: encodes reviews, marketing items and
 * template revisions as records, and decodes them once (through {@link Review#restore}, so a stored review that
 * breaks a rule is refused with {@link InvalidReviewException}); loads a whole {@link ReviewBook} from a store.
 */
public final class ReviewRecords {

    private ReviewRecords() {
    }

    /** The record of a review at a store revision. */
    public static ReviewRecord encode(Review r, long revision) {
        Objects.requireNonNull(r, "r");
        return new ReviewRecord(r.id().value(), r.subject().kind().name(), r.subject().id(), r.subject().name(),
                r.version(), r.requestingUnit(), r.requestedOn(), r.checklistVersion(), r.itemIds(),
                r.findings().stream().map(f -> new ReviewFindingRecord(f.itemId(), f.text())).toList(),
                r.suggestions().stream().map(s -> new ReviewSuggestionRecord(s.number(), s.itemId(), s.text(),
                        s.responseDue(), s.status().name(), s.reason(), s.answeredOn().orElse(null))).toList(),
                r.outcome().map(Enum::name).orElse(null), r.decidedOn().orElse(null),
                r.previous().map(ReviewId::value).orElse(null), revision);
    }

    /** The review a record holds. */
    public static Review decode(ReviewRecord r) {
        Objects.requireNonNull(r, "r");
        List<ReviewSuggestion> suggestions = new ArrayList<>();
        for (ReviewSuggestionRecord s : r.suggestions()) {
            suggestions.add(new ReviewSuggestion(s.number(), s.itemId(), s.text(), s.responseDue(),
                    SuggestionStatus.valueOf(s.status()), s.reason(), Optional.ofNullable(s.answeredOn())));
        }
        return Review.restore(ReviewId.of(r.id()), ReviewSubject.of(ReviewSubjectKind.valueOf(r.subjectKind()),
                r.subjectId(), r.subjectName()), r.version(), r.requestingUnit(), r.requestedOn(),
                r.checklistVersion(), r.itemIds(), r.findings().stream().map(f -> new ItemFinding(f.itemId(), f.text()))
                        .toList(), suggestions, Optional.ofNullable(r.outcome()).map(ReviewOutcome::valueOf),
                Optional.ofNullable(r.decidedOn()), Optional.ofNullable(r.previousId()).map(ReviewId::of));
    }

    /** The record of a marketing item. */
    public static MarketingItemRecord encode(MarketingItem m) {
        Optional<Withdrawal> w = m.withdrawal();
        return new MarketingItemRecord(m.subject().id(), m.subject().name(), m.version(), m.channel().name(),
                m.text(), w.map(Withdrawal::reason).orElse(null), w.map(x -> x.review().value()).orElse(null),
                w.map(Withdrawal::effectiveOn).orElse(null));
    }

    /** The marketing item a record holds. */
    public static MarketingItem decode(MarketingItemRecord r) {
        ReviewSubject s = ReviewSubject.of(ReviewSubjectKind.MARKETING, r.subjectId(), r.name());
        Optional<Withdrawal> w = r.withdrawnFrom() == null ? Optional.empty()
                : Optional.of(new Withdrawal(r.withdrawalReason(), ReviewId.of(r.withdrawingReview()),
                        r.withdrawnFrom()));
        return new MarketingItem(s, r.version(), MarketingChannel.valueOf(r.channel()), r.text(), w);
    }

    /** The record of one revision of a template. */
    public static TemplateRevisionRecord encode(ContractTemplate t, TemplateRevision rev) {
        return new TemplateRevisionRecord(t.subject().id(), t.subject().name(), rev.version(), rev.effectiveOn(),
                rev.text(), rev.change(), rev.review().map(ReviewId::value).orElse(null));
    }

    /** Saves a whole register into an empty store (reviews at revision 1, every item and revision). */
    public static void saveAll(ReviewBook book, ReviewStore store) {
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(store, "store");
        book.reviews().forEach(r -> store.saveReview(encode(r, 1)));
        book.marketingItems().forEach(m -> store.saveMarketingItem(encode(m)));
        book.templates().forEach(t -> t.revisions().forEach(rev -> store.appendTemplateRevision(encode(t, rev))));
    }

    /** Loads the register of the reviews requested in {@code [from, to]}, every marketing item and template. */
    public static ReviewBook load(ReviewStore store, java.time.LocalDate from, java.time.LocalDate to) {
        Objects.requireNonNull(store, "store");
        ReviewBook book = ReviewBook.empty();
        List<Review> reviews = store.reviewsRequestedBetween(from, to).stream().map(ReviewRecords::decode).toList();
        // a re-review links to an earlier review, perhaps outside the period: add it too, in request order
        List<Review> pending = new ArrayList<>(reviews);
        for (Review r : reviews) {
            r.previous().flatMap(p -> store.findReview(p.value())).map(ReviewRecords::decode)
                    .filter(p -> !pending.contains(p)).ifPresent(pending::add);
        }
        pending.sort(java.util.Comparator.comparing(Review::requestedOn).thenComparing(Review::id));
        for (Review r : pending) {
            book = book.with(r);
        }
        for (MarketingItemRecord m : store.marketingItems()) {
            book = book.with(decode(m));
        }
        for (String id : store.templateIds()) {
            List<TemplateRevisionRecord> revs = store.templateRevisions(id);
            TemplateRevisionRecord first = revs.get(0);
            List<TemplateRevision> list = revs.stream().map(r -> new TemplateRevision(r.version(), r.effectiveOn(),
                    r.text(), r.change(), Optional.ofNullable(r.reviewId()).map(ReviewId::of))).toList();
            book = book.with(new ContractTemplate(ReviewSubject.of(ReviewSubjectKind.CONTRACT_TEMPLATE, id,
                    first.name()), list));
        }
        return book;
    }
}
