package io.consumerprotection.spi.contract;

import io.consumerprotection.spi.audit.ComplaintFileDeletionRecord;
import io.consumerprotection.spi.audit.DataSharingRecord;
import io.consumerprotection.spi.audit.GovernanceProfileRecord;
import io.consumerprotection.spi.audit.ProductSaleRecord;
import io.consumerprotection.spi.audit.StoredDataRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Sample facts for the audit fact-source contract tests; every field set. */
public final class SampleAuditFacts {

    private SampleAuditFacts() {
    }

    /** A complete governance profile of a legal entity for a year. */
    public static GovernanceProfileRecord profile(String institution, int year) {
        return new GovernanceProfileRecord(institution, year, true, true, true,
                List.of(LocalDate.of(year, 3, 28)), List.of(LocalDate.of(year, 9, 15)),
                Map.of("SENIOR_MANAGEMENT", 1, "MIDDLE_MANAGEMENT", 2, "STAFF", 4), LocalDate.of(year - 1, 6, 1),
                LocalDate.of(year, 4, 30), LocalDate.of(year + 1, 1, 20), Set.of("TIMELINESS_RATE", "PASS_RATE"),
                LocalDate.of(year, 11, 1));
    }

    /** A deletion of a complaint file. */
    public static ComplaintFileDeletionRecord deletion(String complaintId, LocalDate deletedOn) {
        return new ComplaintFileDeletionRecord(complaintId, deletedOn.minusYears(4), deletedOn, "EMP-ARCHIVE");
    }

    /** A sale on this date. */
    public static ProductSaleRecord sale(String id, LocalDate soldOn) {
        return new ProductSaleRecord(id, soldOn, "CUST-" + id, "WM-2024-01", "WEALTH_MANAGEMENT", 3, 4, 45,
                "BRANCH", "REC-" + id, false, true, true);
    }

    /** A provision of data to a partner on this date. */
    public static DataSharingRecord sharing(String id, LocalDate sharedOn) {
        return new DataSharingRecord(id, sharedOn, "Partner Insurer", "PARTNER", "insurance underwriting", "CONSENT",
                "CONSENT-" + id, true, true, Set.of("NAME", "MOBILE"), Set.of("NAME", "MOBILE", "ID_NUMBER"), "CN",
                null);
    }

    /** An entry of the data inventory. */
    public static StoredDataRecord stored(String system, String field) {
        return new StoredDataRecord(system, field, "C2", "ENCRYPTED", false);
    }
}
