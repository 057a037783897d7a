package io.consumerprotection.core.internal;

import io.consumerprotection.core.complaint.Channel;
import io.consumerprotection.core.complaint.ComplainantKind;
import io.consumerprotection.core.complaint.ComplaintEventType;
import io.consumerprotection.core.complaint.ComplaintLevel;
import io.consumerprotection.core.complaint.ComplaintStatus;
import io.consumerprotection.core.complaint.Representation;
import java.util.HashMap;
import java.util.Map;

/**
 * The complaint model's codes by the names a {@code ComplaintRecord} stores them under: the one place where the
 * lifecycle's readers, the deadline engine, the audit and the statistics turn a stored name into its constant
 * (no other code spells an event type, channel or status as text).
 *
 * <p>Each lookup answers {@code null} for a name that is no constant, and for {@code null}: the callers that read
 * millions of records decide what an unknown name means (an error naming the field, or "not read"). The tables are
 * {@code HashMap}s never changed after class initialisation, which answer {@code get(null)} where an immutable map
 * would throw; thread-safe.
 */
public final class ComplaintCodes {

    private static final Map<String, ComplaintEventType> EVENT_TYPES = byName(ComplaintEventType.values());
    private static final Map<String, Channel> CHANNELS = byName(Channel.values());
    private static final Map<String, ComplaintStatus> STATUSES = byName(ComplaintStatus.values());
    private static final Map<String, ComplaintLevel> LEVELS = byName(ComplaintLevel.values());
    private static final Map<String, ComplainantKind> KINDS = byName(ComplainantKind.values());
    private static final Map<String, Representation> REPRESENTATIONS = byName(Representation.values());

    private ComplaintCodes() {
    }

    private static <E extends Enum<E>> Map<String, E> byName(E[] values) {
        Map<String, E> m = new HashMap<>(values.length * 2);
        for (E e : values) {
            m.put(e.name(), e);
        }
        return m;
    }

    /** The event type of this stored name, or {@code null}. */
    public static ComplaintEventType eventType(String name) {
        return EVENT_TYPES.get(name);
    }

    /** The channel of this stored name, or {@code null}. */
    public static Channel channel(String name) {
        return CHANNELS.get(name);
    }

    /** The status of this stored name, or {@code null}. */
    public static ComplaintStatus status(String name) {
        return STATUSES.get(name);
    }

    /** The level of this stored name, or {@code null}. */
    public static ComplaintLevel level(String name) {
        return LEVELS.get(name);
    }

    /** The complainant kind of this stored name, or {@code null}. */
    public static ComplainantKind complainantKind(String name) {
        return KINDS.get(name);
    }

    /** The representation of this stored name, or {@code null}. */
    public static Representation representation(String name) {
        return REPRESENTATIONS.get(name);
    }
}
