package io.consumerprotection.core.review;

import io.consumerprotection.spi.Violation;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A consumer-protection review (消保审查) of one subject at one version: requested by a business unit on a day,
 * performed by the consumer-protection department against the checklist items that apply to the subject's kind;
 * findings and suggestions per item; suggestions tracked to adoption or rejection (with the unit's reason) or
 * overdue against their response date; decided as passed, passed with conditions, or failed. A re-review of the
 * next version links to the previous review.
 *
 * <p>Immutable: every change returns a copy. A refused change throws {@link InvalidReviewException} naming the
 * field and rule, and changes nothing. Rules: findings and suggestions only on the review's checklist items and
 * before the decision; a response date not before the request; {@code PASSED} only when no suggestion is open,
 * {@code PASSED_WITH_CONDITIONS} only with at least one suggestion; one decision, not before the request.
 */
public final class Review {

    private final ReviewId id;
    private final ReviewSubject subject;
    private final String version;
    private final String requestingUnit;
    private final LocalDate requestedOn;
    private final String checklistVersion;
    private final List<String> itemIds;
    private final List<ItemFinding> findings;
    private final List<ReviewSuggestion> suggestions;
    private final Optional<ReviewOutcome> outcome;
    private final Optional<LocalDate> decidedOn;
    private final Optional<ReviewId> previous;

    private Review(ReviewId id, ReviewSubject subject, String version, String requestingUnit, LocalDate requestedOn,
            String checklistVersion, List<String> itemIds, List<ItemFinding> findings,
            List<ReviewSuggestion> suggestions, Optional<ReviewOutcome> outcome, Optional<LocalDate> decidedOn,
            Optional<ReviewId> previous) {
        this.id = id;
        this.subject = subject;
        this.version = version;
        this.requestingUnit = requestingUnit;
        this.requestedOn = requestedOn;
        this.checklistVersion = checklistVersion;
        this.itemIds = List.copyOf(itemIds);
        this.findings = List.copyOf(findings);
        this.suggestions = List.copyOf(suggestions);
        this.outcome = outcome;
        this.decidedOn = decidedOn;
        this.previous = previous;
    }

    /** A new review of a subject at a version, with the checklist items for its kind. */
    public static Review request(ReviewId id, ReviewSubject subject, String version, String requestingUnit,
            LocalDate requestedOn, Checklist checklist) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(requestingUnit, "requestingUnit");
        Objects.requireNonNull(requestedOn, "requestedOn");
        Objects.requireNonNull(checklist, "checklist");
        List<Violation> v = new ArrayList<>();
        if (version.isBlank() || version.length() > 64) {
            v.add(Violation.of("version", "VERSION", "version must be 1-64 characters"));
        }
        if (requestingUnit.isBlank() || requestingUnit.length() > 100) {
            v.add(Violation.of("requestingUnit", "UNIT", "requesting unit must be 1-100 characters"));
        }
        refuse("review request refused (审查申请不予受理)", v);
        return new Review(id, subject, version, requestingUnit, requestedOn, checklist.version(),
                checklist.itemsFor(subject.kind()).stream().map(ChecklistItem::id).toList(), List.of(), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Restores a review from its stored parts (a store's decoding); checks the same rules as the changes.
     *
     * @throws InvalidReviewException when the parts break a rule
     */
    public static Review restore(ReviewId id, ReviewSubject subject, String version, String requestingUnit,
            LocalDate requestedOn, String checklistVersion, List<String> itemIds, List<ItemFinding> findings,
            List<ReviewSuggestion> suggestions, Optional<ReviewOutcome> outcome, Optional<LocalDate> decidedOn,
            Optional<ReviewId> previous) {
        Review r = new Review(id, subject, version, requestingUnit, requestedOn, checklistVersion, itemIds, findings,
                suggestions, outcome, decidedOn, previous);
        List<Violation> v = new ArrayList<>();
        if (outcome.isPresent() != decidedOn.isPresent()) {
            v.add(Violation.of("decidedOn", "DECISION", "a decided review has both an outcome and a day"));
        }
        for (ItemFinding f : findings) {
            r.checkItem(v, "findings", f.itemId());
        }
        for (int i = 0; i < suggestions.size(); i++) {
            r.checkItem(v, "suggestions[" + i + "]", suggestions.get(i).itemId());
            if (suggestions.get(i).number() != i + 1) {
                v.add(Violation.of("suggestions[" + i + "]", "NUMBER", "suggestions are numbered 1, 2, 3 …"));
            }
        }
        refuse("stored review " + id + " is invalid", v);
        return r;
    }

    /** A re-review of the next version of this review's subject, linked to this review. */
    public Review reReview(ReviewId newId, String nextVersion, LocalDate requestedOn, Checklist checklist) {
        Objects.requireNonNull(nextVersion, "nextVersion");
        if (nextVersion.equals(version)) {
            refuse("re-review refused (复审不予受理)", List.of(Violation.of("version", "SAME_VERSION",
                    "a re-review is of another version than " + version)));
        }
        Review next = request(newId, subject, nextVersion, requestingUnit, requestedOn, checklist);
        return new Review(next.id, subject, nextVersion, requestingUnit, requestedOn, next.checklistVersion,
                next.itemIds, List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.of(id));
    }

    /** A copy with a finding on an item. */
    public Review withFinding(String itemId, String text) {
        Objects.requireNonNull(text, "text");
        List<Violation> v = new ArrayList<>();
        checkOpen(v);
        checkItem(v, "itemId", itemId);
        if (text.isBlank()) {
            v.add(Violation.of("text", "NOT_BLANK", "a finding says what the review found"));
        }
        refuse("finding refused (审查意见不予记录)", v);
        List<ItemFinding> f = new ArrayList<>(findings);
        f.add(new ItemFinding(itemId, text));
        return copy(f, suggestions, outcome, decidedOn);
    }

    /** A copy with a new open suggestion on an item, numbered next. */
    public Review withSuggestion(String itemId, String text, LocalDate responseDue) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(responseDue, "responseDue");
        List<Violation> v = new ArrayList<>();
        checkOpen(v);
        checkItem(v, "itemId", itemId);
        if (text.isBlank()) {
            v.add(Violation.of("text", "NOT_BLANK", "a suggestion says what to change"));
        }
        if (responseDue.isBefore(requestedOn)) {
            v.add(Violation.of("responseDue", "DUE_AFTER_REQUEST", "the response date is not before the request "
                    + requestedOn));
        }
        refuse("suggestion refused (审查建议不予记录)", v);
        List<ReviewSuggestion> s = new ArrayList<>(suggestions);
        s.add(ReviewSuggestion.open(s.size() + 1, itemId, text, responseDue));
        return copy(findings, s, outcome, decidedOn);
    }

    /** A copy with a suggestion adopted by the business unit. */
    public Review adopt(int number, LocalDate on) {
        return answer(number, SuggestionStatus.ADOPTED, "", on);
    }

    /** A copy with a suggestion rejected by the business unit, with its reason. */
    public Review reject(int number, String reason, LocalDate on) {
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            refuse("rejection refused (未采纳须说明理由)", List.of(Violation.of("reason", "REASON_REQUIRED",
                    "a rejected suggestion carries the business unit's reason")));
        }
        return answer(number, SuggestionStatus.REJECTED, reason, on);
    }

    private Review answer(int number, SuggestionStatus to, String reason, LocalDate on) {
        Objects.requireNonNull(on, "on");
        List<Violation> v = new ArrayList<>();
        if (number < 1 || number > suggestions.size()) {
            v.add(Violation.of("number", "UNKNOWN_SUGGESTION", "review " + id + " has suggestions 1.."
                    + suggestions.size()));
        } else if (suggestions.get(number - 1).status() != SuggestionStatus.OPEN) {
            v.add(Violation.of("number", "ALREADY_ANSWERED", "suggestion " + number + " is already "
                    + suggestions.get(number - 1).status()));
        }
        if (on.isBefore(requestedOn)) {
            v.add(Violation.of("on", "BEFORE_REQUEST", "an answer is not before the request " + requestedOn));
        }
        refuse("answer refused (建议反馈不予记录)", v);
        List<ReviewSuggestion> s = new ArrayList<>(suggestions);
        s.set(number - 1, s.get(number - 1).answered(to, reason, on));
        return copy(findings, s, outcome, decidedOn);
    }

    /** A copy decided with an outcome on a day. */
    public Review decide(ReviewOutcome result, LocalDate on) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(on, "on");
        List<Violation> v = new ArrayList<>();
        checkOpen(v);
        if (on.isBefore(requestedOn)) {
            v.add(Violation.of("on", "BEFORE_REQUEST", "a decision is not before the request " + requestedOn));
        }
        if (result == ReviewOutcome.PASSED && !openSuggestions().isEmpty()) {
            v.add(Violation.of("outcome", "OPEN_SUGGESTIONS", openSuggestions().size()
                    + " suggestion(s) still open: pass with conditions, or wait for the answers"));
        }
        if (result == ReviewOutcome.PASSED_WITH_CONDITIONS && suggestions.isEmpty()) {
            v.add(Violation.of("outcome", "NO_CONDITIONS", "passing with conditions needs at least one suggestion"));
        }
        refuse("decision refused (审查结论不予记录)", v);
        return copy(findings, suggestions, Optional.of(result), Optional.of(on));
    }

    private void checkOpen(List<Violation> v) {
        if (outcome.isPresent()) {
            v.add(Violation.of("outcome", "ALREADY_DECIDED", "review " + id + " is decided (" + outcome.get() + ")"));
        }
    }

    private void checkItem(List<Violation> v, String field, String itemId) {
        Objects.requireNonNull(itemId, field);
        if (!itemIds.contains(itemId)) {
            v.add(Violation.of(field, "UNKNOWN_ITEM", "item " + itemId + " is not on the checklist " + checklistVersion
                    + " for " + subject.kind()));
        }
    }

    private static void refuse(String summary, List<Violation> v) {
        if (!v.isEmpty()) {
            throw new InvalidReviewException(summary, v);
        }
    }

    private Review copy(List<ItemFinding> f, List<ReviewSuggestion> s, Optional<ReviewOutcome> o,
            Optional<LocalDate> d) {
        return new Review(id, subject, version, requestingUnit, requestedOn, checklistVersion, itemIds, f, s, o, d,
                previous);
    }

    public ReviewId id() {
        return id;
    }

    public ReviewSubject subject() {
        return subject;
    }

    /** The reviewed version of the subject. */
    public String version() {
        return version;
    }

    /** The business unit that asked for the review. */
    public String requestingUnit() {
        return requestingUnit;
    }

    public LocalDate requestedOn() {
        return requestedOn;
    }

    /** The checklist version the review used. */
    public String checklistVersion() {
        return checklistVersion;
    }

    /** The ids of the checklist items the review covers. */
    public List<String> itemIds() {
        return itemIds;
    }

    public List<ItemFinding> findings() {
        return findings;
    }

    public List<ReviewSuggestion> suggestions() {
        return suggestions;
    }

    /** The suggestions still awaiting an answer. */
    public List<ReviewSuggestion> openSuggestions() {
        return suggestions.stream().filter(s -> s.status() == SuggestionStatus.OPEN).toList();
    }

    /** The suggestions open after their response date. */
    public List<ReviewSuggestion> overdueSuggestions(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return suggestions.stream().filter(s -> s.isOverdue(asOf)).toList();
    }

    public Optional<ReviewOutcome> outcome() {
        return outcome;
    }

    public Optional<LocalDate> decidedOn() {
        return decidedOn;
    }

    /** The review of the previous version, for a re-review. */
    public Optional<ReviewId> previous() {
        return previous;
    }

    /** Whether the review is decided with an outcome that lets the subject launch at this version. */
    public boolean approves() {
        return outcome.map(ReviewOutcome::approves).orElse(false);
    }

    /** Days from the request to the decision, when decided. */
    public OptionalLong daysToDecision() {
        return decidedOn.map(d -> OptionalLong.of(ChronoUnit.DAYS.between(requestedOn, d))).orElse(OptionalLong.empty());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Review r && id.equals(r.id) && subject.equals(r.subject) && version.equals(r.version)
                && requestingUnit.equals(r.requestingUnit) && requestedOn.equals(r.requestedOn)
                && checklistVersion.equals(r.checklistVersion) && itemIds.equals(r.itemIds)
                && findings.equals(r.findings) && suggestions.equals(r.suggestions) && outcome.equals(r.outcome)
                && decidedOn.equals(r.decidedOn) && previous.equals(r.previous);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, subject, version, suggestions, outcome);
    }

    @Override
    public String toString() {
        return "Review[" + id + " " + subject.kind() + " " + subject.id() + "@" + version + ", "
                + outcome.map(Enum::name).orElse("OPEN") + ", " + suggestions.size() + " suggestions]";
    }
}
