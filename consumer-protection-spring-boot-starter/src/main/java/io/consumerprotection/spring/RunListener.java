package io.consumerprotection.spring;

import io.consumerprotection.core.audit.RunRecord;
import io.consumerprotection.core.deadline.ScanReport;

/**
 * What hears of the audit runs and deadline scans the application performs through {@link AuditRuns} and
 * {@link DeadlineScans}: declare a bean of this type. The starter's {@link ConsumerProtectionMetrics} is one.
 *
 * @implSpec Called on the thread that ran the audit or scan, after it finished; must not throw.
 */
public interface RunListener {

    /** An audit run finished (or was cancelled: {@link RunRecord#cancelled()}). */
    default void auditRunFinished(RunRecord run) {
    }

    /** A deadline scan finished. */
    default void deadlineScanFinished(ScanReport scan) {
    }
}
