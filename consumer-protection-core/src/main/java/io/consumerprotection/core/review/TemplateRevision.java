package io.consumerprotection.core.review;

import io.consumerprotection.spi.internal.Redaction;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One revision of a contract template: version, the day it takes effect, its text, what changed, and the review
 * that approved it.
 *
 * @param version     the revision's version
 * @param effectiveOn the first day it is used
 * @param text        the clauses, as scanned
 * @param change      what changed and why (修订说明)
 * @param review      the review of this revision, when there is one
 */
public record TemplateRevision(String version, LocalDate effectiveOn, String text, String change,
        Optional<ReviewId> review) {

    public TemplateRevision {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        Objects.requireNonNull(text, "text");
        change = change == null ? "" : change;
        Objects.requireNonNull(review, "review");
    }

    /** The canonical form without free text: texts print by their length. */
    @Override
    public String toString() {
        return "TemplateRevision[" + Redaction.code(version) + " from " + effectiveOn + ", " + Redaction.text(text) + review.map(r -> ", review " + Redaction.code(r.value())).orElse("") + "]";
    }
}
