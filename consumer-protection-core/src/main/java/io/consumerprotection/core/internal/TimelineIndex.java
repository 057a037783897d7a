package io.consumerprotection.core.internal;

import io.consumerprotection.core.complaint.ComplaintEventType;
import io.consumerprotection.spi.complaint.TimelineEventRecord;
import java.util.List;

/**
 * A complaint's timeline read once, for every engine that reads it (the audit's complaint rules, the deadline
 * engine): the type of each event, the first event of each type and the set of types present, in one byte array
 * and one {@code long}. The audit builds it once per complaint and hands it to the deadline engine; the engine builds
 * it itself for a record it is given alone. Immutable and thread-safe.
 */
public final class TimelineIndex {

    private static final ComplaintEventType[] TYPES = ComplaintEventType.values();
    /** The type of an event whose stored name is no {@link ComplaintEventType}. */
    public static final int UNKNOWN = TYPES.length;
    /** A first position this far or farther is found by a scan from {@code FAR - 1}. */
    private static final int FAR = 255;

    static {
        if (TYPES.length >= Long.SIZE) {
            throw new ExceptionInInitializerError("the event types present are kept as the bits of a long");
        }
    }

    /**
     * {@code [0, UNKNOWN)}: by type ordinal, 1 + the position of the first event of the type (0: none; {@link #FAR}:
     * at {@code FAR - 1} or later); {@code [UNKNOWN, UNKNOWN + size)}: the type ordinal of each event.
     */
    private final byte[] data;
    /** Bit {@code o} set when an event of the type with ordinal {@code o} is on the timeline. */
    private final long present;

    private TimelineIndex(byte[] data, long present) {
        this.data = data;
        this.present = present;
    }

    /** The index of a stored timeline, in its stored order. */
    public static TimelineIndex of(List<TimelineEventRecord> timeline) {
        int n = timeline.size();
        byte[] data = new byte[UNKNOWN + n];
        long present = 0;
        for (int k = 0; k < n; k++) {
            ComplaintEventType type = ComplaintCodes.eventType(timeline.get(k).type());
            int o = type == null ? UNKNOWN : type.ordinal();
            data[UNKNOWN + k] = (byte) o;
            if (o != UNKNOWN && data[o] == 0) {
                data[o] = (byte) Math.min(k + 1, FAR);
                present |= 1L << o;
            }
        }
        return new TimelineIndex(data, present);
    }

    /** The number of events. */
    public int size() {
        return data.length - UNKNOWN;
    }

    /** The type ordinal of the event at this position, or {@link #UNKNOWN}. */
    public int type(int position) {
        return data[UNKNOWN + position];
    }

    /** Whether the timeline has an event of the type with this ordinal. */
    public boolean has(int typeOrdinal) {
        return (present & (1L << typeOrdinal)) != 0;
    }

    /** The position of the first event of the type with this ordinal at or after {@code from}, or {@code -1}. */
    public int next(int typeOrdinal, int from) {
        if (!has(typeOrdinal)) {
            return -1;
        }
        int first = data[typeOrdinal] & 0xFF;
        int k = first < FAR ? first - 1 : FAR - 1;
        if (k >= from && first < FAR) {
            return k;
        }
        for (k = Math.max(k, from); k < data.length - UNKNOWN; k++) {
            if (data[UNKNOWN + k] == typeOrdinal) {
                return k;
            }
        }
        return -1;
    }

    /** The position of the first event of this type, or {@code -1}. */
    public int first(ComplaintEventType type) {
        return next(type.ordinal(), 0);
    }
}
