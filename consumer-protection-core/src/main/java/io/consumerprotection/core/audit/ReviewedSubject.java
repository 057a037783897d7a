package io.consumerprotection.core.audit;

import io.consumerprotection.spi.internal.Redaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The review facts of one subject version, as the review register states them on a day (built by
 * {@code io.consumerprotection.core.review.ReviewAudit}): whether and until when it is in use, the review that
 * approves it, its withdrawal, its overdue suggestions and the unfair terms a scan of its text finds. The subject
 * of the {@code review} rules ({@link BuiltInRules#review()}).
 *
 * @param kind               the review subject kind, for example {@code PRODUCT}, {@code MARKETING},
 *                           {@code CONTRACT_TEMPLATE}
 * @param subjectId          the host's id of the subject
 * @param version            the version
 * @param lastUsedOn         the last day it was in use; empty when not in use
 * @param approvingReview    the id of the review that approves this version, if any
 * @param withdrawnFrom      the first day a withdrawn marketing item may no longer be used
 * @param withdrawingReview  the review that withdrew it, when withdrawn
 * @param overdueSuggestions the overdue suggestions, as {@code reviewId#n due YYYY-MM-DD}
 * @param unfairTerms        what a scan of the text in use finds, as {@code ruleId "quote"}
 */
public record ReviewedSubject(String kind, String subjectId, String version, Optional<LocalDate> lastUsedOn,
        Optional<String> approvingReview, Optional<LocalDate> withdrawnFrom, Optional<String> withdrawingReview,
        List<String> overdueSuggestions, List<String> unfairTerms) {

    public ReviewedSubject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(lastUsedOn, "lastUsedOn");
        Objects.requireNonNull(approvingReview, "approvingReview");
        Objects.requireNonNull(withdrawnFrom, "withdrawnFrom");
        Objects.requireNonNull(withdrawingReview, "withdrawingReview");
        overdueSuggestions = List.copyOf(overdueSuggestions);
        unfairTerms = List.copyOf(unfairTerms);
    }

    /** The subject's name in findings: {@code subjectId@version}. */
    public String id() {
        return subjectId + "@" + version;
    }

    /** Whether it is in use. */
    public boolean inUse() {
        return lastUsedOn.isPresent();
    }

    /** The canonical form without free text: texts print by their length. */
    @Override
    public String toString() {
        return "ReviewedSubject[" + Redaction.code(kind) + " " + Redaction.code(subjectId) + "@" + Redaction.code(version) + ", lastUsedOn=" + lastUsedOn.map(Object::toString).orElse("-") + ", approvingReview=" + approvingReview.map(Redaction::code).orElse("-") + ", withdrawnFrom=" + withdrawnFrom.map(Object::toString).orElse("-") + ", overdue=" + overdueSuggestions.size() + ", unfairTerms=" + unfairTerms.size() + "]";
    }
}
