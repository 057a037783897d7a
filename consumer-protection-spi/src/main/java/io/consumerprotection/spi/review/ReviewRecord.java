package io.consumerprotection.spi.review;

import io.consumerprotection.spi.internal.Redaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A stored review, as the core's {@code Review} encodes it, with the store's revision for optimistic concurrency.
 *
 * @param id               the review id
 * @param subjectKind      {@code PRODUCT}, {@code SERVICE}, {@code SYSTEM}, {@code MARKETING} or {@code CONTRACT_TEMPLATE}
 * @param subjectId        the host's id of the subject
 * @param subjectName      the subject's name
 * @param version          the reviewed version
 * @param requestingUnit   the business unit that asked
 * @param requestedOn      the day of the request
 * @param checklistVersion the checklist version used
 * @param itemIds          the checklist items covered, in order
 * @param findings         the findings, in order
 * @param suggestions      the suggestions, by number
 * @param outcome          {@code PASSED}, {@code PASSED_WITH_CONDITIONS}, {@code FAILED}; {@code null} while open
 * @param decidedOn        the day of the decision; {@code null} while open
 * @param previousId       the review of the previous version; {@code null} for a first review
 * @param revision         1 for the first save, then one more on every save
 */
public record ReviewRecord(String id, String subjectKind, String subjectId, String subjectName, String version,
        String requestingUnit, LocalDate requestedOn, String checklistVersion, List<String> itemIds,
        List<ReviewFindingRecord> findings, List<ReviewSuggestionRecord> suggestions, String outcome,
        LocalDate decidedOn, String previousId, long revision) {

    public ReviewRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subjectKind, "subjectKind");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(subjectName, "subjectName");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(requestingUnit, "requestingUnit");
        Objects.requireNonNull(requestedOn, "requestedOn");
        Objects.requireNonNull(checklistVersion, "checklistVersion");
        itemIds = List.copyOf(itemIds);
        findings = List.copyOf(findings);
        suggestions = List.copyOf(suggestions);
        if (revision < 1) {
            throw new IllegalArgumentException("revision must be at least 1: " + revision);
        }
    }

    /** A copy with another revision. */
    public ReviewRecord withRevision(long next) {
        return new ReviewRecord(id, subjectKind, subjectId, subjectName, version, requestingUnit, requestedOn,
                checklistVersion, itemIds, findings, suggestions, outcome, decidedOn, previousId, next);
    }

    @Override
    public String toString() {
        return "ReviewRecord[" + Redaction.code(id) + " " + Redaction.code(subjectKind) + " "
                + Redaction.code(subjectId) + "@" + Redaction.code(version) + ", " + suggestions.size()
                + " suggestions, " + (outcome == null ? "OPEN" : Redaction.code(outcome)) + ", rev " + revision + "]";
    }
}
