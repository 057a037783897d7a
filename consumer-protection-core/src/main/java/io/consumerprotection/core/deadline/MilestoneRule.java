package io.consumerprotection.core.deadline;

import com.google.common.collect.Sets;
import io.consumerprotection.core.complaint.ComplaintEventType;
import io.consumerprotection.core.internal.ComplaintCodes;
import io.consumerprotection.spi.internal.Redaction;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How a policy times one milestone: its term, the timeline event that starts it and those that end it,
 * whether pauses stop its clock and new facts restart it, and its extension steps.
 *
 * @param name              the milestone name, for example {@link Milestone#DECISION}
 * @param term              the term before any extension
 * @param startEvent        {@code RECEIVED} (the complaint's receipt) or a timeline event type such as {@code REVIEW_REQUESTED}
 * @param endEvents         the timeline event types that meet the milestone, for example {@code DECIDED}
 * @param pausable          whether the policy's pauses stop this milestone's clock
 * @param restartOnNewFacts whether a {@code NEW_FACTS} event restarts the term from that event
 * @param extensions        extension steps, by increasing term
 * @param citation          the rule, for example {@code art. 18}
 */
public record MilestoneRule(String name, Term term, String startEvent, Set<String> endEvents, boolean pausable,
                            boolean restartOnNewFacts, List<ExtensionStep> extensions, String citation) {

    /** The start event meaning the complaint's receipt. */
    public static final String RECEIPT = ComplaintEventType.RECEIVED.name();

    public MilestoneRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(startEvent, "startEvent");
        endEvents = Set.copyOf(Objects.requireNonNull(endEvents, "endEvents"));
        extensions = List.copyOf(Objects.requireNonNull(extensions, "extensions"));
        citation = citation == null ? "" : citation;
    }

    /** A milestone from receipt, ended by the given events, not paused, not restarted, not extended. */
    public static MilestoneRule of(String name, Term term, String... endEvents) {
        return new MilestoneRule(name, term, RECEIPT, Set.of(endEvents), false, false, List.of(), "");
    }

    /** A copy starting at another event. */
    public MilestoneRule withStartEvent(String event) {
        return new MilestoneRule(name, term, event, endEvents, pausable, restartOnNewFacts, extensions, citation);
    }

    /** A copy whose clock the policy's pauses stop (or not). */
    public MilestoneRule withPausable(boolean value) {
        return new MilestoneRule(name, term, startEvent, endEvents, value, restartOnNewFacts, extensions, citation);
    }

    /** A copy that new facts restart (or not). */
    public MilestoneRule withRestartOnNewFacts(boolean value) {
        return new MilestoneRule(name, term, startEvent, endEvents, pausable, value, extensions, citation);
    }

    /** A copy with these extension steps. */
    public MilestoneRule withExtensions(ExtensionStep... steps) {
        return new MilestoneRule(name, term, startEvent, endEvents, pausable, restartOnNewFacts, List.of(steps), citation);
    }

    /** A copy with this citation. */
    public MilestoneRule withCitation(String text) {
        return new MilestoneRule(name, term, startEvent, endEvents, pausable, restartOnNewFacts, extensions, text);
    }

    /** Whether the milestone starts at the complaint's receipt rather than at a later timeline event. */
    public boolean startsAtReceipt() {
        return startEvent.equals(RECEIPT);
    }

    /**
     * The event type that starts the milestone; empty when it starts at the receipt, or when a host's policy names
     * a start event that is no {@link ComplaintEventType} (no complaint the lifecycle writes ever starts it).
     */
    public Optional<ComplaintEventType> findStartType() {
        return startsAtReceipt() ? Optional.empty() : Optional.ofNullable(ComplaintCodes.eventType(startEvent));
    }

    /** The end events that are {@link ComplaintEventType}s (a host's policy may name others); immutable. */
    public Set<ComplaintEventType> endTypes() {
        return Sets.immutableEnumSet(endEvents.stream().map(ComplaintCodes::eventType).filter(Objects::nonNull).toList());
    }

    ExtensionStep extension(String tier) {
        for (int i = 0, n = extensions.size(); i < n; i++) {
            ExtensionStep s = extensions.get(i);
            if (s.tier().equals(tier)) {
                return s;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "MilestoneRule[name=" + Redaction.code(name) + ", term=" + term + ", startEvent=" + Redaction.code(startEvent)
                + ", endEvents=" + Redaction.codes(endEvents) + ", pausable=" + pausable + ", restartOnNewFacts="
                + restartOnNewFacts + ", extensions=" + extensions + ", citation=" + Redaction.text(citation) + "]";
    }
}
