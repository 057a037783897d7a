package io.consumerprotection.core.audit;

import io.consumerprotection.core.complaint.Channel;
import io.consumerprotection.core.complaint.Complaint;
import io.consumerprotection.core.complaint.ComplaintEventType;
import io.consumerprotection.core.complaint.ComplaintId;
import io.consumerprotection.core.complaint.ComplaintLevel;
import io.consumerprotection.core.complaint.ComplaintStatus;
import io.consumerprotection.core.internal.ComplaintCodes;
import io.consumerprotection.core.internal.ComplaintDecoder;
import io.consumerprotection.core.internal.ComplaintMapper;
import io.consumerprotection.core.internal.TimelineIndex;
import io.consumerprotection.spi.complaint.ComplainantRecord;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.TimelineEventRecord;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A complaint as the complaint rules see it: the stored record, what the run learnt about earlier
 * complaints while streaming the store in order, and the complaint's due dates, computed once by the
 * context's {@link DeadlineEvaluator} and shared by every deadline rule.
 *
 * <p>The record is read once into a small index: the channel, status and level as codes, the type of every
 * timeline event, and which types are on the timeline. The built-in rules read the record through it; the
 * complaint aggregate ({@link #complaint()}) is built only when a rule asks for it. Reading a record
 * checks everything the aggregate would check, so a record either gives a subject or fails exactly as
 * {@code Complaint} would.
 *
 * <p>Immutable from the outside; the aggregate and the due dates are memoised on first use (immutable
 * values, so sharing a subject between threads is safe, at worst computing them twice).
 */
public final class ComplaintSubject {

    private static final ComplaintEventType[] TYPES = ComplaintEventType.values();

    private final ComplaintRecord record;
    private final ComplaintId earlierOnSameMatter;
    private final Channel channel;
    private final ComplaintStatus status;
    private final ComplaintLevel level;
    /** The timeline's index, shared with the deadline engine. */
    private final TimelineIndex timeline;
    private Complaint complaint;
    private Map<String, DueDate> dueDates;
    private List<PersonalDataHit> narrativeHits;
    private List<PersonalDataHit> requestHits;

    private ComplaintSubject(ComplaintRecord record, Complaint complaint, ComplaintId earlierOnSameMatter, Channel channel,
                             ComplaintStatus status, ComplaintLevel level, TimelineIndex timeline) {
        this.record = record;
        this.complaint = complaint;
        this.earlierOnSameMatter = earlierOnSameMatter;
        this.channel = channel;
        this.status = status;
        this.level = level;
        this.timeline = timeline;
    }

    /** A complaint without knowledge of other complaints. */
    public static ComplaintSubject of(Complaint complaint) {
        return of(complaint, null);
    }

    /**
     * A complaint with an earlier complaint on the same matter (same complainant and business category)
     * that was still open when it arrived.
     *
     * @param earlierOnSameMatter the earlier complaint; {@code null} when none
     */
    public static ComplaintSubject of(Complaint complaint, ComplaintId earlierOnSameMatter) {
        Objects.requireNonNull(complaint, "complaint");
        ComplaintSubject s = index(ComplaintMapper.INSTANCE.toRecord(complaint), complaint, earlierOnSameMatter);
        if (s == null) {
            throw new IllegalStateException("the record of complaint " + complaint.id() + " does not read back");
        }
        return s;
    }

    /**
     * The subject of a stored record, as an audit run reads it.
     *
     * @throws IllegalArgumentException for a value that is not a known code or an invalid timeline, exactly
     *                                  as the complaint aggregate would reject the record
     * @throws NullPointerException     for a missing required value
     */
    static ComplaintSubject read(ComplaintRecord record, ComplaintId earlierOnSameMatter) {
        ComplaintSubject s = index(record, null, earlierOnSameMatter);
        if (s != null) {
            return s;
        }
        // Not plainly readable: the aggregate names the problem (and throws).
        Complaint c = ComplaintDecoder.decode(record);
        return of(c, earlierOnSameMatter);
    }

    /** The indexed subject, or {@code null} when the record breaks any rule the complaint aggregate checks. */
    private static ComplaintSubject index(ComplaintRecord r, Complaint complaint, ComplaintId earlier) {
        Channel channel = ComplaintCodes.channel(r.channel());
        ComplaintStatus status = ComplaintCodes.status(r.status());
        ComplaintLevel level = r.level() == null ? null : ComplaintCodes.level(r.level());
        ComplainantRecord who = r.complainant();
        if (channel == null || status == null || level == null || r.firstContactHandler() == null
                || !ComplaintId.isWellFormed(r.id())
                || (r.relatedComplaintId() != null && !ComplaintId.isWellFormed(r.relatedComplaintId()))
                || ComplaintCodes.complainantKind(who.kind()) == null
                || ComplaintCodes.representation(who.representation()) == null
                || who.jointComplainants() < 1) {
            return null;
        }
        List<TimelineEventRecord> events = r.timeline();
        TimelineIndex timeline = TimelineIndex.of(events);
        int n = timeline.size();
        if (n == 0 || timeline.type(0) != ComplaintEventType.RECEIVED.ordinal()) {
            return null;
        }
        for (int i = 0; i < n; i++) {
            if (timeline.type(i) == TimelineIndex.UNKNOWN || events.get(i).sequence() != i + 1) {
                return null;
            }
        }
        return new ComplaintSubject(r, complaint, earlier, channel, status, level, timeline);
    }

    /** The complaint's id. */
    public String id() {
        return record.id();
    }

    /** The record the subject was read from (mapped from the complaint when it was built directly). */
    public ComplaintRecord record() {
        return record;
    }

    /** The complaint aggregate, built from the record on first use. */
    public Complaint complaint() {
        Complaint c = complaint;
        if (c == null) {
            c = ComplaintDecoder.decode(record);
            complaint = c;
        }
        return c;
    }

    /** The channel the complaint came through. */
    public Channel channel() {
        return channel;
    }

    /** The complaint's status. */
    public ComplaintStatus status() {
        return status;
    }

    /** The complaint's level. */
    public ComplaintLevel level() {
        return level;
    }

    /** The number of timeline events. */
    public int eventCount() {
        return timeline.size();
    }

    /** The timeline event at this index (the event with sequence {@code index + 1}). */
    public TimelineEventRecord event(int index) {
        return record.timeline().get(index);
    }

    /** The type of the timeline event at this index. */
    public ComplaintEventType eventType(int index) {
        return TYPES[timeline.type(index)];
    }

    /** The first event of this type on the timeline, or {@code null} when there is none. */
    TimelineEventRecord first(ComplaintEventType type) {
        int i = timeline.first(type);
        return i < 0 ? null : record.timeline().get(i);
    }

    /** The index of the first event of this type at or after {@code from}, or {@code -1} when there is none. */
    int next(ComplaintEventType type, int from) {
        return timeline.next(type.ordinal(), from);
    }

    /** Whether the timeline has an event of the type with this ordinal. */
    boolean has(int typeOrdinal) {
        return timeline.has(typeOrdinal);
    }

    /** The timeline's index. */
    TimelineIndex timeline() {
        return timeline;
    }

    /** The narrative ({@code ""} when none). */
    String narrative() {
        String s = record.narrative();
        return s == null ? "" : s;
    }

    /** The customer's request ({@code ""} when none). */
    String request() {
        String s = record.request();
        return s == null ? "" : s;
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
            // a no-op for the built-in evaluators' immutable maps; any other map is copied
            d = Map.copyOf(context.deadlines().dueDates(this, context.asOf()));
            dueDates = d;
        }
        return Optional.ofNullable(d.get(milestone));
    }

    /** The personal data the context's inspector finds in the narrative ({@code request == false}) or the request, memoised. */
    List<PersonalDataHit> personalData(boolean request, AuditContext context) {
        List<PersonalDataHit> hits = request ? requestHits : narrativeHits;
        if (hits == null) {
            String text = request ? request() : narrative();
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
        return "ComplaintSubject[" + record.id() + (earlierOnSameMatter == null ? "" : ", earlier " + earlierOnSameMatter) + "]";
    }
}
