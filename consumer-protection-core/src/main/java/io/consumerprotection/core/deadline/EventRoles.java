package io.consumerprotection.core.deadline;

import io.consumerprotection.core.complaint.ComplaintEventType;
import io.consumerprotection.core.internal.ComplaintCodes;
import io.consumerprotection.core.internal.TimelineIndex;
import java.util.Arrays;
import io.consumerprotection.spi.complaint.TimelineEventRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The part each timeline event type plays for each milestone of one policy, worked out once per policy so
 * that the engine reads each event's type once per evaluation instead of once per milestone.
 *
 * <p>The types any milestone reads (the five clock events, every end event and every start event other than
 * the receipt) get small numbers; {@link #typeOf} gives an event's number, or {@link #UNREAD} for a type no
 * milestone reads. For each milestone, {@link #role} turns a number into what the event does to that
 * milestone's clock. The clock events win over end events, as they did when the engine dispatched on the
 * type name: a milestone "ended" by {@code PAUSED} is paused by it, and {@code NEW_FACTS} never ends a
 * milestone (it restarts one that says so, and is ignored by the others).
 *
 * <p>Immutable and thread-safe.
 */
final class EventRoles {

    /** The events that act on the clock (before any milestone's end events). */
    private static final List<ComplaintEventType> CLOCK_EVENTS = List.of(ComplaintEventType.PAUSED,
            ComplaintEventType.RESUMED, ComplaintEventType.EXTENDED, ComplaintEventType.NEW_FACTS,
            ComplaintEventType.WITHDRAWN);

    /** The number of a type no milestone reads. */
    static final int UNREAD = -1;

    /** The event does nothing to the milestone. */
    static final byte NONE = 0;
    /** {@code PAUSED}: a pause starts. */
    static final byte PAUSE = 1;
    /** {@code RESUMED}: the open pause ends. */
    static final byte RESUME = 2;
    /** {@code EXTENDED}: the term may be extended. */
    static final byte EXTENSION = 3;
    /** {@code NEW_FACTS}, for a milestone that new facts restart. */
    static final byte RESTART = 4;
    /** {@code WITHDRAWN}: handling ends. */
    static final byte WITHDRAWAL = 5;
    /** One of the milestone's end events: it is met. */
    static final byte END = 6;

    /**
     * By type name. A {@code HashMap}, never changed after construction, rather than {@code Map.copyOf}: its
     * lookup masks the hash where the immutable map's divides it, and this lookup runs for every event.
     */
    private final Map<String, Integer> numbers;
    /** By {@link TimelineIndex} type ordinal: the number, or {@link #UNREAD}. */
    private final int[] byOrdinal = new int[TimelineIndex.UNKNOWN];
    /** By milestone (in policy order), then by type number. */
    private final byte[][] roles;
    /** By milestone: the number of its start event's type, or {@link #UNREAD} for one that starts at the receipt. */
    private final int[] startTypes;

    private EventRoles(DeadlinePolicy policy) {
        List<MilestoneRule> rules = policy.milestones();
        Map<String, Integer> n = new HashMap<>();
        for (ComplaintEventType clockEvent : CLOCK_EVENTS) {
            n.putIfAbsent(clockEvent.name(), n.size());
        }
        for (MilestoneRule rule : rules) {
            for (String end : rule.endEvents()) {
                n.putIfAbsent(end, n.size());
            }
            if (!rule.startsAtReceipt()) {
                n.putIfAbsent(rule.startEvent(), n.size());
            }
        }
        this.numbers = n;
        Arrays.fill(byOrdinal, UNREAD);
        n.forEach((name, number) -> {
            ComplaintEventType t = ComplaintCodes.eventType(name);
            if (t != null) {
                byOrdinal[t.ordinal()] = number;
            }
        });
        this.roles = new byte[rules.size()][n.size()];
        this.startTypes = new int[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            MilestoneRule rule = rules.get(i);
            for (Map.Entry<String, Integer> type : n.entrySet()) {
                roles[i][type.getValue()] = roleOf(type.getKey(), rule);
            }
            startTypes[i] = rule.startsAtReceipt() ? UNREAD : n.get(rule.startEvent());
        }
    }

    /** The roles of this policy's event types. */
    static EventRoles of(DeadlinePolicy policy) {
        return new EventRoles(policy);
    }

    private static byte roleOf(String type, MilestoneRule rule) {
        ComplaintEventType t = ComplaintCodes.eventType(type);
        if (t == null || !CLOCK_EVENTS.contains(t)) {
            return rule.endEvents().contains(type) ? END : NONE;
        }
        return switch (t) {
            case PAUSED -> PAUSE;
            case RESUMED -> RESUME;
            case EXTENDED -> EXTENSION;
            case NEW_FACTS -> rule.restartOnNewFacts() ? RESTART : NONE;
            default -> WITHDRAWAL; // WITHDRAWN, the last of the clock events
        };
    }

    /** The number of the event's type, or {@link #UNREAD}. */
    int typeOf(TimelineEventRecord event) {
        Integer number = numbers.get(event.type());
        return number == null ? UNREAD : number;
    }

    /** The number of the type at this position of the timeline's index, or {@link #UNREAD}. */
    int typeOf(TimelineIndex timeline, int position, List<TimelineEventRecord> events) {
        int o = timeline.type(position);
        return o == TimelineIndex.UNKNOWN ? typeOf(events.get(position)) : byOrdinal[o];
    }

    /**
     * What events of each type do to the clock of the milestone at this index, by type number (not
     * {@link #UNREAD}); callers must not change the array.
     */
    byte[] rolesOf(int milestone) {
        return roles[milestone];
    }

    /** The number of the milestone's start event type, or {@link #UNREAD} when it starts at the receipt. */
    int startType(int milestone) {
        return startTypes[milestone];
    }
}
