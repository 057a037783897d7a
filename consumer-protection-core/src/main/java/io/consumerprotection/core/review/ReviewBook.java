package io.consumerprotection.core.review;

import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.Violation;
import io.consumerprotection.spi.internal.Redaction;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The review register of an institution (消保审查台账): every review, the marketing items in use or withdrawn, and
 * the contract templates with their revisions; and the launch gate {@link #requireApproved} (无审查、不上线).
 * Immutable: every change returns a copy, so a host keeps one per request or loads it from its store.
 */
public final class ReviewBook {

    private static final ReviewBook EMPTY = new ReviewBook(new TreeMap<>(), new TreeMap<>(), new TreeMap<>());

    private final Map<ReviewId, Review> reviews;
    private final Map<String, MarketingItem> marketing;
    private final Map<String, ContractTemplate> templates;

    private ReviewBook(TreeMap<ReviewId, Review> reviews, TreeMap<String, MarketingItem> marketing,
            TreeMap<String, ContractTemplate> templates) {
        this.reviews = Collections.unmodifiableMap(reviews);
        this.marketing = Collections.unmodifiableMap(marketing);
        this.templates = Collections.unmodifiableMap(templates);
    }

    /** An empty register. */
    public static ReviewBook empty() {
        return EMPTY;
    }

    /** A copy with a review added or replaced (by id). */
    public ReviewBook with(Review review) {
        Objects.requireNonNull(review, "review");
        review.previous().ifPresent(p -> {
            if (!reviews.containsKey(p)) {
                throw new InvalidReviewException("re-review refused (复审不予受理)", List.of(Violation.of("previous",
                        "UNKNOWN_REVIEW", "the previous review " + p + " is not in the register")));
            }
        });
        TreeMap<ReviewId, Review> r = new TreeMap<>(reviews);
        r.put(review.id(), review);
        return new ReviewBook(r, new TreeMap<>(marketing), new TreeMap<>(templates));
    }

    /** A copy with a marketing item added or replaced (by subject id). */
    public ReviewBook with(MarketingItem item) {
        Objects.requireNonNull(item, "item");
        TreeMap<String, MarketingItem> m = new TreeMap<>(marketing);
        m.put(item.subject().id(), item);
        return new ReviewBook(new TreeMap<>(reviews), m, new TreeMap<>(templates));
    }

    /** A copy with a contract template added or replaced (by subject id). */
    public ReviewBook with(ContractTemplate template) {
        Objects.requireNonNull(template, "template");
        TreeMap<String, ContractTemplate> t = new TreeMap<>(templates);
        t.put(template.subject().id(), template);
        return new ReviewBook(new TreeMap<>(reviews), new TreeMap<>(marketing), t);
    }

    /**
     * A copy with a marketing item withdrawn by a review.
     *
     * @throws InvalidReviewException when the item or the review is unknown, or the item is already withdrawn
     */
    public ReviewBook withdraw(String marketingId, String reason, ReviewId by, LocalDate effectiveOn) {
        MarketingItem item = getMarketingItem(marketingId);
        if (!reviews.containsKey(by)) {
            throw new InvalidReviewException("withdrawal refused (废止不予记录)", List.of(Violation.of("review",
                    "UNKNOWN_REVIEW", "review " + by + " is not in the register")));
        }
        if (!item.isActive()) {
            throw new InvalidReviewException("withdrawal refused (废止不予记录)", List.of(Violation.of("marketingId",
                    "ALREADY_WITHDRAWN", "marketing item " + marketingId + " is already withdrawn")));
        }
        return with(item.withdrawn(new Withdrawal(reason, by, effectiveOn)));
    }

    /**
     * The launch gate (无审查、不上线): returns the review that approves the subject at the version, or throws.
     *
     * @throws NotApprovedException {@code MARKETING_WITHDRAWN} for a withdrawn marketing item, {@code NOT_APPROVED}
     *                              when no review of the subject at the version is decided passed or passed with
     *                              conditions
     */
    public Review requireApproved(String subjectId, String version) {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(version, "version");
        MarketingItem item = marketing.get(subjectId);
        if (item != null && item.withdrawal().isPresent()) {
            Withdrawal w = item.withdrawal().get();
            throw new NotApprovedException(NotApprovedException.MARKETING_WITHDRAWN,
                    "营销宣传材料已废止，不得使用 (marketing item withdrawn)", Violation.of("subject", "MARKETING_WITHDRAWN",
                            "marketing item " + subjectId + " was withdrawn from " + w.effectiveOn() + " by review "
                                    + w.review() + " (reason: " + Redaction.text(w.reason()) + ")"));
        }
        return findApproval(subjectId, version).orElseThrow(() -> {
            String latest = reviewsOf(subjectId).stream().filter(r -> r.version().equals(version))
                    .map(r -> r.outcome().map(o -> "decided " + o).orElse("still open")).reduce((a, b) -> b)
                    .orElse("never reviewed at this version");
            return new NotApprovedException(NotApprovedException.NOT_APPROVED,
                    "无审查、不上线: no passed consumer-protection review", Violation.of("subject", "NOT_APPROVED",
                            "subject " + subjectId + " version " + version + " has no passed review (" + latest + ")"));
        });
    }

    /** The latest decided review that approves the subject at the version, if any. */
    public Optional<Review> findApproval(String subjectId, String version) {
        return reviewsOf(subjectId).stream().filter(r -> r.version().equals(version) && r.approves())
                .max(Comparator.comparing((Review r) -> r.decidedOn().orElseThrow()).thenComparing(Review::id));
    }

    /** The reviews of a subject, by request day then id. */
    public List<Review> reviewsOf(String subjectId) {
        Objects.requireNonNull(subjectId, "subjectId");
        return reviews.values().stream().filter(r -> r.subject().id().equals(subjectId))
                .sorted(Comparator.comparing(Review::requestedOn).thenComparing(Review::id)).toList();
    }

    /** The review with an id, if any. */
    public Optional<Review> findReview(ReviewId id) {
        return Optional.ofNullable(reviews.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * The review with an id.
     *
     * @throws ConsumerProtectionException {@code REVIEW_NOT_FOUND}
     */
    public Review getReview(ReviewId id) {
        return findReview(id).orElseThrow(() -> new ConsumerProtectionException("REVIEW_NOT_FOUND",
                "review " + id + " is not in the register"));
    }

    /**
     * The marketing item with a subject id.
     *
     * @throws InvalidReviewException {@code UNKNOWN_MARKETING_ITEM}
     */
    public MarketingItem getMarketingItem(String id) {
        return findMarketingItem(id).orElseThrow(() -> new InvalidReviewException("unknown marketing item",
                List.of(Violation.of("marketingId", "UNKNOWN_MARKETING_ITEM", "no marketing item " + id))));
    }

    /** The marketing item with a subject id, if any. */
    public Optional<MarketingItem> findMarketingItem(String id) {
        return Optional.ofNullable(marketing.get(Objects.requireNonNull(id, "id")));
    }

    /** The contract template with a subject id, if any. */
    public Optional<ContractTemplate> findTemplate(String id) {
        return Optional.ofNullable(templates.get(Objects.requireNonNull(id, "id")));
    }

    /** Every review, by id. */
    public Collection<Review> reviews() {
        return reviews.values();
    }

    /** Every marketing item, by subject id. */
    public Collection<MarketingItem> marketingItems() {
        return marketing.values();
    }

    /** Every contract template, by subject id. */
    public Collection<ContractTemplate> templates() {
        return templates.values();
    }

    @Override
    public String toString() {
        return "ReviewBook[" + reviews.size() + " reviews, " + marketing.size() + " marketing items, "
                + templates.size() + " templates]";
    }
}
