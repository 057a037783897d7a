package io.consumerprotection.spi.complaint;

import io.consumerprotection.spi.internal.Redaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a host must persist about one complaint. Hosts store it as they like (columns, JSON, a
 * document) but must give back an equal record: the contract tests check every field.
 *
 * <p>Codes and states are plain strings here so that a host's schema does not change when the SDK adds a
 * value; core maps them to its typed model. {@code toString()} never prints the narrative, the request or
 * the complainant: they hold personal data.
 *
 * @param id                  the complaint id
 * @param version             the optimistic-concurrency version; 1 after the first save
 * @param channel             the intake channel, a core {@code Channel} name such as {@code HOTLINE}
 * @param channelReference    the channel's own reference (ticket number, letter number); unique per channel
 * @param source              the source code of the classification scheme (who brought the complaint)
 * @param complainant         who complains
 * @param respondent          the unit or staff complained about; may be empty
 * @param request             what the complainant asks for (诉求), free text
 * @param narrative           the facts and reasons, free text, already scrubbed of C3 data
 * @param classification      code per classification dimension, for example {@code BUSINESS → "06022"}
 * @param level               {@code ORDINARY}, {@code COMPLEX} or {@code MAJOR}
 * @param status              the lifecycle state, a core {@code ComplaintStatus} name
 * @param receivedAt          when the complaint was received
 * @param receivingUnit       the unit that received it
 * @param firstContactHandler the first-contact handler (首问负责人), accountable to the end
 * @param currentHandler      who handles it now; may be {@code null} before assignment
 * @param relatedComplaintId  the complaint this one repeats or was merged into; may be {@code null}
 * @param timeline            every event, in sequence order
 * @param dueDates            the current due date per milestone, for example {@code DECISION → 2024-10-08}
 */
public record ComplaintRecord(
        String id,
        long version,
        String channel,
        String channelReference,
        String source,
        ComplainantRecord complainant,
        String respondent,
        String request,
        String narrative,
        Map<String, String> classification,
        String level,
        String status,
        Instant receivedAt,
        String receivingUnit,
        String firstContactHandler,
        String currentHandler,
        String relatedComplaintId,
        List<TimelineEventRecord> timeline,
        Map<String, LocalDate> dueDates) {

    public ComplaintRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(channelReference, "channelReference");
        Objects.requireNonNull(complainant, "complainant");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(receivedAt, "receivedAt");
        classification = classification == null ? Map.of() : Map.copyOf(classification);
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
        dueDates = dueDates == null ? Map.of() : Map.copyOf(dueDates);
    }

    /** A copy of this record with another version. */
    public ComplaintRecord withVersion(long newVersion) {
        return new ComplaintRecord(id, newVersion, channel, channelReference, source, complainant, respondent,
                request, narrative, classification, level, status, receivedAt, receivingUnit, firstContactHandler,
                currentHandler, relatedComplaintId, timeline, dueDates);
    }

    @Override
    public String toString() {
        return "ComplaintRecord[id=" + Redaction.code(id) + ", version=" + version + ", channel=" + Redaction.code(channel)
                + ", status=" + Redaction.code(status) + ", level=" + Redaction.code(level) + ", receivedAt=" + receivedAt
                + ", events=" + timeline.size() + "]";
    }
}
