package io.consumerprotection.spi.audit;

import io.consumerprotection.spi.internal.Redaction;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of the host's log of deleted complaint files (PBoC Order 2020 No. 5 art. 44 requires keeping
 * them at least 3 years from closing).
 *
 * @param complaintId the complaint whose file was deleted
 * @param closedOn    when the complaint was closed; {@code null} when the host does not know
 * @param deletedOn   when the file was deleted
 * @param approvedBy  who approved the deletion (staff id); may be empty
 */
public record ComplaintFileDeletionRecord(String complaintId, LocalDate closedOn, LocalDate deletedOn, String approvedBy) {

    public ComplaintFileDeletionRecord {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(deletedOn, "deletedOn");
        approvedBy = approvedBy == null ? "" : approvedBy;
    }

    @Override
    public String toString() {
        return "ComplaintFileDeletionRecord[complaintId=" + Redaction.code(complaintId) + ", closedOn=" + closedOn
                + ", deletedOn=" + deletedOn + ", approvedBy=" + Redaction.code(approvedBy) + "]";
    }
}
