package io.consumerprotection.core.audit;

/** How serious a failed rule is, from least to most; {@code compareTo} orders them. */
public enum Severity {
    /** For information. */
    INFO,
    /** Low. */
    LOW,
    /** Medium. */
    MEDIUM,
    /** High. */
    HIGH,
    /** Critical: a breach regulators treat as serious, or data that must never be kept. */
    CRITICAL;

    /** Whether this severity is at least {@code threshold}. */
    public boolean isAtLeast(Severity threshold) {
        return compareTo(threshold) >= 0;
    }
}
