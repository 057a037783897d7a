package io.consumerprotection.core.review;

import io.consumerprotection.core.appraisal.AppraisalPeriod;
import io.consumerprotection.core.appraisal.IndicatorId;
import io.consumerprotection.core.appraisal.IndicatorValues;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Feeds the appraisal indicator {@code product.pre-review-coverage} (新产品上线前消保审查覆盖率) from the review
 * register instead of a host-typed number: of the products, services and systems launched in the period, the share
 * whose launched version had an approving review decided on or before the launch day. Rounded to 6 decimal places
 * half up, like {@code FactIndicators}; 1 when nothing launched (no launch went unreviewed). The evidence lists the
 * launches without one, as {@code subjectId@version}.
 */
public final class ReviewIndicators {

    private ReviewIndicators() {
    }

    /** The indicator values derived from the register and the launches of the period. */
    public static IndicatorValues derive(ReviewBook book, Collection<Launch> launches, AppraisalPeriod period) {
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(launches, "launches");
        Objects.requireNonNull(period, "period");
        int total = 0;
        List<String> unreviewed = new ArrayList<>();
        for (Launch l : launches) {
            ReviewSubjectKind k = l.subject().kind();
            if (k != ReviewSubjectKind.PRODUCT && k != ReviewSubjectKind.SERVICE && k != ReviewSubjectKind.SYSTEM) {
                continue;
            }
            if (l.launchedOn().isBefore(period.from()) || l.launchedOn().isAfter(period.to())) {
                continue;
            }
            total++;
            boolean covered = book.reviewsOf(l.subject().id()).stream().anyMatch(r -> r.version().equals(l.version())
                    && r.approves() && !r.decidedOn().orElseThrow().isAfter(l.launchedOn()));
            if (!covered) {
                unreviewed.add(l.subject().id() + "@" + l.version());
            }
        }
        BigDecimal coverage = total == 0 ? BigDecimal.ONE
                : BigDecimal.valueOf(total - unreviewed.size()).divide(BigDecimal.valueOf(total), 6,
                        RoundingMode.HALF_UP);
        return IndicatorValues.empty().with(IndicatorId.PRODUCT_PRE_REVIEW_COVERAGE, coverage, unreviewed);
    }
}
