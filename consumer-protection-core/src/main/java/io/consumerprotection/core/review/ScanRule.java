package io.consumerprotection.core.review;

import io.consumerprotection.core.audit.Citation;
import io.consumerprotection.core.audit.Severity;
import io.consumerprotection.spi.internal.Redaction;
import java.util.List;
import java.util.Objects;

/**
 * One rule of a {@link ScanDictionary}: the phrases that make a finding of a category, the exceptions and clean
 * (disclosure) cues that keep a text clean, the legal basis and the suggested rewrite.
 *
 * @param id         the rule's id
 * @param category   the category of its findings (its kind is the category's)
 * @param severity   how serious a finding is
 * @param phrases    the phrases, already expanded ({@code A~B}: A then B within a few characters)
 * @param exceptions phrases inside which a match is no finding
 * @param cleanCues  phrases that, in the same sentence, make a match a disclosure
 * @param citations  the legal basis, each with its confidence
 * @param suggestion the suggested rewrite, Chinese first
 */
public record ScanRule(ScanRuleId id, ScanCategory category, Severity severity, List<String> phrases,
        List<String> exceptions, List<String> cleanCues, List<Citation> citations, String suggestion) {

    public ScanRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        phrases = List.copyOf(phrases);
        exceptions = List.copyOf(exceptions);
        cleanCues = List.copyOf(cleanCues);
        citations = List.copyOf(citations);
        Objects.requireNonNull(suggestion, "suggestion");
        if (phrases.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + ": phrases must not be empty");
        }
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + ": every rule cites its basis");
        }
    }

    /** The kind of text the rule applies to. */
    public ScanKind kind() {
        return category.kind();
    }

    /** The canonical form without free text: texts print by their length. */
    @Override
    public String toString() {
        return "ScanRule[" + Redaction.code(id.value()) + " " + category + " " + severity + ", " + phrases.size() + " phrases]";
    }
}
