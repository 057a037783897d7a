package io.consumerprotection.core.audit;

import io.consumerprotection.spi.internal.Redaction;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The settings the built-in rules read, each marked "open" in {@code regulation-facts.md} or chosen by
 * the bank; the run record lists them so a run can be reproduced.
 *
 * @param elderlyAge                    from which age a customer counts as elderly for sales (default 65; open)
 * @param highRiskLevel                 from which product risk level (R1..R5) a product counts as high risk (default 4)
 * @param recordedSaleProductTypes      product types whose sale at a branch must be recorded (双录)
 * @param recordedSaleChannels          channels where those sales must be recorded
 * @param fileRetentionYears            years a complaint file is kept from closing (PBoC Order 2020 No. 5 art. 44: 3)
 * @param satisfactionGraceDays         days after the decision before a missing satisfaction record is a failure
 * @param trainingStaffLevels           the staff levels that each need a training a year (PBoC art. 10)
 * @param repeatWindowDays              how far back the run looks for an earlier open complaint on the same matter
 * @param repeatWindowMaxEntries        at most this many recent complaints are remembered for that (memory bound)
 */
public record AuditParameters(
        int elderlyAge,
        int highRiskLevel,
        Set<String> recordedSaleProductTypes,
        Set<String> recordedSaleChannels,
        int fileRetentionYears,
        int satisfactionGraceDays,
        List<String> trainingStaffLevels,
        int repeatWindowDays,
        int repeatWindowMaxEntries) {

    public AuditParameters {
        if (elderlyAge < 1) {
            throw new IllegalArgumentException("elderlyAge must be positive, got " + elderlyAge);
        }
        if (highRiskLevel < 1 || highRiskLevel > 5) {
            throw new IllegalArgumentException("highRiskLevel must be 1..5, got " + highRiskLevel);
        }
        recordedSaleProductTypes = Set.copyOf(Objects.requireNonNull(recordedSaleProductTypes, "recordedSaleProductTypes"));
        recordedSaleChannels = Set.copyOf(Objects.requireNonNull(recordedSaleChannels, "recordedSaleChannels"));
        if (fileRetentionYears < 0) {
            throw new IllegalArgumentException("fileRetentionYears must not be negative, got " + fileRetentionYears);
        }
        if (satisfactionGraceDays < 0) {
            throw new IllegalArgumentException("satisfactionGraceDays must not be negative, got " + satisfactionGraceDays);
        }
        trainingStaffLevels = List.copyOf(Objects.requireNonNull(trainingStaffLevels, "trainingStaffLevels"));
        if (repeatWindowDays < 0) {
            throw new IllegalArgumentException("repeatWindowDays must not be negative, got " + repeatWindowDays);
        }
        if (repeatWindowMaxEntries < 1) {
            throw new IllegalArgumentException("repeatWindowMaxEntries must be positive, got " + repeatWindowMaxEntries);
        }
    }

    /** The defaults: elderly from 65, high risk from R4, recorded sales of wealth and agency products at branches, 3 years, 30 days, 60 days, 200,000 entries. */
    public static AuditParameters defaults() {
        return new AuditParameters(65, 4, Set.of("WEALTH_MANAGEMENT", "AGENCY_FUND", "AGENCY_INSURANCE"),
                Set.of("BRANCH"), 3, 30, List.of("SENIOR_MANAGEMENT", "MIDDLE_MANAGEMENT", "STAFF"), 60, 200_000);
    }

    /** A copy with another elderly age. */
    public AuditParameters withElderlyAge(int age) {
        return new AuditParameters(age, highRiskLevel, recordedSaleProductTypes, recordedSaleChannels,
                fileRetentionYears, satisfactionGraceDays, trainingStaffLevels, repeatWindowDays, repeatWindowMaxEntries);
    }

    /** A copy with another high-risk threshold. */
    public AuditParameters withHighRiskLevel(int level) {
        return new AuditParameters(elderlyAge, level, recordedSaleProductTypes, recordedSaleChannels,
                fileRetentionYears, satisfactionGraceDays, trainingStaffLevels, repeatWindowDays, repeatWindowMaxEntries);
    }

    /** A copy with other recorded-sale product types. */
    public AuditParameters withRecordedSaleProductTypes(Set<String> types) {
        return new AuditParameters(elderlyAge, highRiskLevel, types, recordedSaleChannels,
                fileRetentionYears, satisfactionGraceDays, trainingStaffLevels, repeatWindowDays, repeatWindowMaxEntries);
    }

    /** A copy with another satisfaction grace period. */
    public AuditParameters withSatisfactionGraceDays(int days) {
        return new AuditParameters(elderlyAge, highRiskLevel, recordedSaleProductTypes, recordedSaleChannels,
                fileRetentionYears, days, trainingStaffLevels, repeatWindowDays, repeatWindowMaxEntries);
    }

    /** A copy with another repeat window. */
    public AuditParameters withRepeatWindow(int days, int maxEntries) {
        return new AuditParameters(elderlyAge, highRiskLevel, recordedSaleProductTypes, recordedSaleChannels,
                fileRetentionYears, satisfactionGraceDays, trainingStaffLevels, days, maxEntries);
    }

    /** The parameters as sorted name → value text, for the run record. */
    public Map<String, String> describe() {
        Map<String, String> m = new TreeMap<>();
        m.put("elderlyAge", Integer.toString(elderlyAge));
        m.put("highRiskLevel", "R" + highRiskLevel);
        m.put("recordedSaleProductTypes", String.join(",", new java.util.TreeSet<>(recordedSaleProductTypes)));
        m.put("recordedSaleChannels", String.join(",", new java.util.TreeSet<>(recordedSaleChannels)));
        m.put("fileRetentionYears", Integer.toString(fileRetentionYears));
        m.put("satisfactionGraceDays", Integer.toString(satisfactionGraceDays));
        m.put("trainingStaffLevels", String.join(",", trainingStaffLevels));
        m.put("repeatWindowDays", Integer.toString(repeatWindowDays));
        m.put("repeatWindowMaxEntries", Integer.toString(repeatWindowMaxEntries));
        return m;
    }

    @Override
    public String toString() {
        return "AuditParameters[elderlyAge=" + elderlyAge + ", highRiskLevel=" + highRiskLevel
                + ", recordedSaleProductTypes=" + Redaction.codes(recordedSaleProductTypes) + ", recordedSaleChannels="
                + Redaction.codes(recordedSaleChannels) + ", fileRetentionYears=" + fileRetentionYears
                + ", satisfactionGraceDays=" + satisfactionGraceDays + ", trainingStaffLevels="
                + Redaction.codes(trainingStaffLevels) + ", repeatWindowDays=" + repeatWindowDays
                + ", repeatWindowMaxEntries=" + repeatWindowMaxEntries + "]";
    }
}
