package io.consumerprotection.testkit;

import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.internal.Redaction;
import io.consumerprotection.spi.review.MarketingItemRecord;
import io.consumerprotection.spi.review.ReviewRecord;
import io.consumerprotection.spi.review.ReviewStore;
import io.consumerprotection.spi.review.TemplateRevisionRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** A {@link ReviewStore} in memory, for tests and the demo; thread-safe by one lock. */
public final class InMemoryReviewStore implements ReviewStore {

    private static final Comparator<ReviewRecord> BY_DAY_THEN_ID = Comparator.comparing(ReviewRecord::requestedOn)
            .thenComparing(ReviewRecord::id);

    private final Map<String, ReviewRecord> reviews = new TreeMap<>();
    private final Map<String, MarketingItemRecord> marketing = new TreeMap<>();
    private final Map<String, List<TemplateRevisionRecord>> templates = new TreeMap<>();

    @Override
    public synchronized void saveReview(ReviewRecord review) {
        Objects.requireNonNull(review, "review");
        ReviewRecord stored = reviews.get(review.id());
        long expected = review.revision() - 1;
        long actual = stored == null ? 0 : stored.revision();
        if (expected != actual) {
            throw new ConsumerProtectionException("VERSION_CONFLICT", "review " + Redaction.code(review.id())
                    + " was changed concurrently: expected revision " + expected + ", stored " + actual);
        }
        reviews.put(review.id(), review);
    }

    @Override
    public synchronized Optional<ReviewRecord> findReview(String id) {
        return Optional.ofNullable(reviews.get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public synchronized List<ReviewRecord> reviewsOf(String subjectId) {
        Objects.requireNonNull(subjectId, "subjectId");
        return reviews.values().stream().filter(r -> r.subjectId().equals(subjectId)).sorted(BY_DAY_THEN_ID).toList();
    }

    @Override
    public synchronized List<ReviewRecord> reviewsRequestedBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return reviews.values().stream().filter(r -> !r.requestedOn().isBefore(from) && !r.requestedOn().isAfter(to))
                .sorted(BY_DAY_THEN_ID).toList();
    }

    @Override
    public synchronized void saveMarketingItem(MarketingItemRecord item) {
        Objects.requireNonNull(item, "item");
        marketing.put(item.subjectId(), item);
    }

    @Override
    public synchronized Optional<MarketingItemRecord> findMarketingItem(String subjectId) {
        return Optional.ofNullable(marketing.get(Objects.requireNonNull(subjectId, "subjectId")));
    }

    @Override
    public synchronized List<MarketingItemRecord> marketingItems() {
        return List.copyOf(marketing.values());
    }

    @Override
    public synchronized void appendTemplateRevision(TemplateRevisionRecord revision) {
        Objects.requireNonNull(revision, "revision");
        List<TemplateRevisionRecord> list = templates.computeIfAbsent(revision.templateId(), k -> new ArrayList<>());
        if (list.stream().anyMatch(r -> r.version().equals(revision.version()))) {
            throw new ConsumerProtectionException("DUPLICATE_REVISION", "template "
                    + Redaction.code(revision.templateId()) + " already has revision " + Redaction.code(revision.version()));
        }
        list.add(revision);
        list.sort(Comparator.comparing(TemplateRevisionRecord::effectiveOn).thenComparing(TemplateRevisionRecord::version));
    }

    @Override
    public synchronized List<TemplateRevisionRecord> templateRevisions(String templateId) {
        return List.copyOf(templates.getOrDefault(Objects.requireNonNull(templateId, "templateId"), List.of()));
    }

    @Override
    public synchronized List<String> templateIds() {
        return List.copyOf(templates.keySet());
    }
}
