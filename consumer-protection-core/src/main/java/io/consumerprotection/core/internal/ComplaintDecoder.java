package io.consumerprotection.core.internal;

import io.consumerprotection.core.complaint.Complainant;
import io.consumerprotection.core.complaint.Complaint;
import io.consumerprotection.core.complaint.ComplaintEventType;
import io.consumerprotection.core.complaint.ComplaintId;
import io.consumerprotection.core.complaint.TimelineEvent;
import io.consumerprotection.spi.complaint.ComplainantRecord;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.TimelineEventRecord;
import io.consumerprotection.spi.internal.Redaction;
import java.util.List;
import java.util.function.Function;

/**
 * The one decoder at the SPI boundary: a stored {@code ComplaintRecord} into the typed complaint aggregate, for the
 * lifecycle (every record read from or saved to the store), for an audit rule that asks
 * {@code ComplaintSubject.complaint()}, and to name the problem of a record the audit's index cannot read. It copies
 * none of the record's maps (they are already immutable); an unreadable record gives an error that names the field
 * (and, for a code-shaped value, the value; anything else only by its shape, so no personal data reaches the
 * message). The MapStruct {@code ComplaintMapper} maps the other way only.
 */
public final class ComplaintDecoder {

    private ComplaintDecoder() {
    }

    private static <E> E lookup(Function<String, E> byName, String name, String field) {
        E e = byName.apply(name);
        if (e == null) {
            // a code-shaped value is named; anything else (a card number in a status field) only by its shape
            String shown = Redaction.isCode(name) ? "'" + name + "'" : "(" + Redaction.shape(name) + ")";
            throw new IllegalArgumentException(field + " " + shown + " is not a known code");
        }
        return e;
    }

    /**
     * The complaint of this record.
     *
     * @throws IllegalArgumentException for a value that is not a known code or an invalid timeline
     * @throws NullPointerException     for a missing required value
     */
    public static Complaint decode(ComplaintRecord r) {
        List<TimelineEventRecord> records = r.timeline();
        TimelineEvent[] events = new TimelineEvent[records.size()];
        for (int i = 0; i < events.length; i++) {
            TimelineEventRecord e = records.get(i);
            ComplaintEventType type = ComplaintCodes.eventType(e.type());
            if (type == null) {
                // the field name is built only for the error
                lookup(ComplaintCodes::eventType, e.type(), "timeline[" + e.sequence() + "].type");
            }
            events[i] = new TimelineEvent(e.sequence(), type, e.at(), e.actor(), e.reason(), e.details());
        }
        ComplainantRecord c = r.complainant();
        Complainant complainant = new Complainant(lookup(ComplaintCodes::complainantKind, c.kind(), "complainant.kind"), c.reference(), c.name(),
                lookup(ComplaintCodes::representation, c.representation(), "complainant.representation"), c.representativeReference(),
                c.jointComplainants());
        return new Complaint(id(r.id(), "id"), r.version(), lookup(ComplaintCodes::channel, r.channel(), "channel"), r.channelReference(),
                r.source(), complainant, r.respondent(), r.request(), r.narrative(), r.classification(),
                r.level() == null ? null : lookup(ComplaintCodes::level, r.level(), "level"), lookup(ComplaintCodes::status, r.status(), "status"),
                r.receivedAt(), r.receivingUnit(), r.firstContactHandler(), r.currentHandler(),
                r.relatedComplaintId() == null ? null : id(r.relatedComplaintId(), "relatedComplaintId"), List.of(events),
                r.dueDates());
    }

    /** The complaint id of a field's text; a malformed one is an error that names the field. */
    private static ComplaintId id(String value, String field) {
        try {
            return ComplaintId.of(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
        }
    }
}
