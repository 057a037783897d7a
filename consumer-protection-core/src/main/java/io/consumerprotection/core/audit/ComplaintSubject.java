package io.consumerprotection.core.audit;

import io.consumerprotection.core.complaint.Complaint;
import io.consumerprotection.core.complaint.ComplaintEventType;
import io.consumerprotection.core.complaint.ComplaintId;
import io.consumerprotection.core.complaint.TimelineEvent;
import io.consumerprotection.core.internal.ComplaintMapper;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A complaint as the complaint rules see it: the complaint (and the record it was read from), what the run
 * learnt about earlier complaints while streaming the store in order, and the complaint's due dates,
 * computed once by the context's {@link DeadlineEvaluator} and shared by every deadline rule.
 *
 * <p>The first event of each type is indexed once, in one pass over the timeline, and shared by every
 * rule that asks whether (and when) the complaint reached a step.
 *
 * <p>Immutable from the outside; the due dates are memoised on first use (an immutable map, so sharing a
 * subject between threads is safe, at worst computing them twice).
 */
public final class ComplaintSubject {

    private static final ComplaintEventType[] TYPES = ComplaintEventType.values();
    private static final Map<String, ComplaintEventType> TYPES_BY_NAME = byName();

    private final Complaint complaint;
    private final ComplaintId earlierOnSameMatter;
    /** The first event of each type, by {@code ComplaintEventType} ordinal ({@code null}: none). */
    private final TimelineEvent[] firstByType;
    private ComplaintRecord record;
    private Map<String, DueDate> dueDates;
    private List<PersonalDataHit> narrativeHits;
    private List<PersonalDataHit> requestHits;

    private ComplaintSubject(Complaint complaint, ComplaintRecord record, ComplaintId earlierOnSameMatter,
                             TimelineEvent[] firstByType) {
        this.complaint = Objects.requireNonNull(complaint, "complaint");
        this.record = record;
        this.earlierOnSameMatter = earlierOnSameMatter;
        this.firstByType = firstByType == null ? index(complaint.timeline()) : firstByType;
    }

    /** A new, empty first-event-by-type index for {@link #noteFirst} and {@link #read}. */
    static TimelineEvent[] newIndex() {
        return new TimelineEvent[TYPES.length];
    }

    /** Records the event in the index when it is the first of its type. */
    static void noteFirst(TimelineEvent[] index, TimelineEvent e) {
        int o = e.type().ordinal();
        if (index[o] == null) {
            index[o] = e;
        }
    }

    private static TimelineEvent[] index(List<TimelineEvent> timeline) {
        TimelineEvent[] index = newIndex();
        for (TimelineEvent e : timeline) {
            noteFirst(index, e);
        }
        return index;
    }

    /** A complaint without knowledge of other complaints. */
    public static ComplaintSubject of(Complaint complaint) {
        return new ComplaintSubject(complaint, null, null, null);
    }

    /**
     * A complaint with an earlier complaint on the same matter (same complainant and business category)
     * that was still open when it arrived.
     *
     * @param earlierOnSameMatter the earlier complaint; {@code null} when none
     */
    public static ComplaintSubject of(Complaint complaint, ComplaintId earlierOnSameMatter) {
        return new ComplaintSubject(complaint, null, earlierOnSameMatter, null);
    }

    /**
     * A complaint read from its record by an audit run.
     *
     * @param firstByType the first event of each type, filled by {@link #noteFirst} while the timeline was read
     */
    static ComplaintSubject read(ComplaintRecord record, Complaint complaint, ComplaintId earlierOnSameMatter,
                                 TimelineEvent[] firstByType) {
        return new ComplaintSubject(complaint, record, earlierOnSameMatter, Objects.requireNonNull(firstByType, "firstByType"));
    }

    /** The first event of this type on the complaint's timeline, or {@code null} when there is none. */
    TimelineEvent first(ComplaintEventType type) {
        return firstByType[type.ordinal()];
    }

    /**
     * Whether the timeline has an event whose type is named so ({@code false} for a name that is no
     * {@code ComplaintEventType}: the timeline holds only known types).
     */
    boolean hasEvent(String typeName) {
        ComplaintEventType type = TYPES_BY_NAME.get(typeName);
        return type != null && firstByType[type.ordinal()] != null;
    }

    /** The complaint. */
    public Complaint complaint() {
        return complaint;
    }

    /** The record the complaint was read from (mapped from the complaint when it was built directly). */
    public ComplaintRecord record() {
        ComplaintRecord r = record;
        if (r == null) {
            r = ComplaintMapper.INSTANCE.toRecord(complaint);
            record = r;
        }
        return r;
    }

    /** The earlier complaint on the same matter, if the run saw one. */
    public Optional<ComplaintId> findEarlierOnSameMatter() {
        return Optional.ofNullable(earlierOnSameMatter);
    }

    ComplaintId earlierOnSameMatter() {
        return earlierOnSameMatter;
    }

    /**
     * The due date of a milestone under the context's deadline evaluator, if its policy has one.
     *
     * @throws io.consumerprotection.spi.ConsumerProtectionException when the deadline engine cannot time the
     *                                                               complaint (invalid timeline, outside calendar coverage)
     */
    public Optional<DueDate> findDue(String milestone, AuditContext context) {
        Map<String, DueDate> d = dueDates;
        if (d == null) {
            d = Map.copyOf(context.deadlines().dueDates(this, context.asOf()));
            dueDates = d;
        }
        return Optional.ofNullable(d.get(milestone));
    }

    /** The personal data the context's inspector finds in the narrative ({@code request == false}) or the request, memoised. */
    List<PersonalDataHit> personalData(boolean request, AuditContext context) {
        List<PersonalDataHit> hits = request ? requestHits : narrativeHits;
        if (hits == null) {
            String text = request ? complaint.request() : complaint.narrative();
            hits = text.isEmpty() ? List.of() : List.copyOf(context.narratives().inspect(text));
            if (request) {
                requestHits = hits;
            } else {
                narrativeHits = hits;
            }
        }
        return hits;
    }

    @Override
    public String toString() {
        return "ComplaintSubject[" + complaint.id() + (earlierOnSameMatter == null ? "" : ", earlier " + earlierOnSameMatter) + "]";
    }

    private static Map<String, ComplaintEventType> byName() {
        Map<String, ComplaintEventType> m = new java.util.HashMap<>(TYPES.length * 2);
        for (ComplaintEventType t : TYPES) {
            m.put(t.name(), t);
        }
        return Map.copyOf(m);
    }
}
