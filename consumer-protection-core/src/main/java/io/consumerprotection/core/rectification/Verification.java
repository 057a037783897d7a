package io.consumerprotection.core.rectification;

import io.consumerprotection.spi.internal.Redaction;
import java.time.Instant;
import java.util.Objects;

/**
 * The consumer-protection department's verification that a rectification really was done.
 *
 * @param at       when it was verified
 * @param verifier the verifier, as a role or staff id (never a name)
 */
public record Verification(Instant at, String verifier) {

    public Verification {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(verifier, "verifier");
    }

    @Override
    public String toString() {
        return "Verification[at=" + at + ", verifier=" + Redaction.code(verifier) + "]";
    }
}
