package io.consumerprotection.core.privacy;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a {@link RevealRequest}: granted with the value, or denied with the reason; either way the
 * id of the audit record written. {@link #toString()} shows the masked value only.
 */
public final class RevealResult {

    /** Why a reveal was denied. */
    public enum Denial {
        /** No purpose was given. */
        NO_PURPOSE,
        /** The host's permission check refused. */
        NOT_PERMITTED
    }

    private final String value;
    private final String masked;
    private final Denial denial;
    private final String auditRecordId;

    RevealResult(String value, String masked, Denial denial, String auditRecordId) {
        this.value = value;
        this.masked = masked;
        this.denial = denial;
        this.auditRecordId = Objects.requireNonNull(auditRecordId, "auditRecordId");
    }

    /** Whether the value was revealed. */
    public boolean isGranted() {
        return denial == null;
    }

    /** The unmasked value, when granted. */
    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    /** The masked value (for display whatever the outcome). */
    public String masked() {
        return masked;
    }

    /** Why it was denied, when denied. */
    public Optional<Denial> denial() {
        return Optional.ofNullable(denial);
    }

    /** The id of the audit record of this reveal. */
    public String auditRecordId() {
        return auditRecordId;
    }

    @Override
    public String toString() {
        return "RevealResult[" + (denial == null ? "GRANTED" : "DENIED " + denial) + ", masked=" + masked
                + ", audit=" + auditRecordId + "]";
    }
}
