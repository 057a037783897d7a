package io.consumerprotection.core.review;

import io.consumerprotection.core.audit.Citation;
import io.consumerprotection.core.audit.Severity;
import io.consumerprotection.spi.internal.Redaction;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One banned claim or unfair term found in a text: the rule and category, the span {@code [start, end)} in UTF-16
 * units of the scanned text (Java string indexes), the quoted text, the severity, the citations and the suggested
 * rewrite.
 *
 * @param ruleId     the rule that found it
 * @param category   its category
 * @param start      the first character, inclusive
 * @param end        the last character, exclusive
 * @param quote      {@code text.substring(start, end)}
 * @param severity   how serious
 * @param citations  the legal basis
 * @param suggestion the suggested rewrite
 */
public record ScanFinding(ScanRuleId ruleId, ScanCategory category, int start, int end, String quote,
        Severity severity, List<Citation> citations, String suggestion) {

    public ScanFinding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(severity, "severity");
        citations = List.copyOf(citations);
        Objects.requireNonNull(suggestion, "suggestion");
        if (start < 0 || end <= start || end - start != quote.length()) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") must be non-empty and fit the quote");
        }
    }

    /** The citations in one line, for example {@code 《中华人民共和国广告法》 Advertising Law art. 25(1) (C)}. */
    public String citation() {
        return citations.stream().map(Citation::toString).collect(Collectors.joining("; "));
    }

    /** The canonical form without free text: texts print by their length. */
    @Override
    public String toString() {
        return "ScanFinding[" + ruleId + " " + category + " [" + start + ", " + end + ") " + Redaction.text(quote) + " " + severity + "]";
    }
}
