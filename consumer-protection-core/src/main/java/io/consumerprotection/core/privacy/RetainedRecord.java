package io.consumerprotection.core.privacy;

import io.consumerprotection.spi.internal.Redaction;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A record the host keeps, as the retention review sees it.
 *
 * @param id          the record's id
 * @param recordType  its type, for example {@code COMPLAINT_FILE} (see {@code retention-periods.tsv})
 * @param createdOn   the day it was made
 * @param closedOn    the day the file was closed, or {@code null} while open
 * @param relationshipEndedOn the day the business relationship ended, or {@code null} while it lasts
 * @param legalHold   whether a litigation, investigation or regulator hold forbids deletion
 */
public record RetainedRecord(String id, String recordType, LocalDate createdOn, LocalDate closedOn,
                             LocalDate relationshipEndedOn, boolean legalHold) {

    public RetainedRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(createdOn, "createdOn");
    }

    /** The day of a trigger, if it has happened. */
    public Optional<LocalDate> triggerDate(RetentionPeriod.Trigger trigger) {
        return Optional.ofNullable(switch (trigger) {
            case CREATED -> createdOn;
            case CLOSED -> closedOn;
            case RELATIONSHIP_ENDED -> relationshipEndedOn;
        });
    }

    @Override
    public String toString() {
        return "RetainedRecord[id=" + Redaction.code(id) + ", recordType=" + Redaction.code(recordType) + ", createdOn="
                + createdOn + ", closedOn=" + closedOn + ", relationshipEndedOn=" + relationshipEndedOn + ", legalHold="
                + legalHold + "]";
    }
}
