package io.consumerprotection.core.privacy;

import io.consumerprotection.spi.internal.Redaction;
import java.util.List;
import java.util.Objects;

/**
 * A scrubbed text and what was found in the original. The text holds no C3 value and every C2 value
 * found is replaced as the {@link ScrubProfile} says.
 *
 * @param text     the scrubbed text, safe to store
 * @param findings what was found, in text order, with places in the original text
 */
public record ScrubResult(String text, List<ScrubFinding> findings) {

    public ScrubResult {
        Objects.requireNonNull(text, "text");
        findings = List.copyOf(findings);
    }

    /** Whether anything was found. */
    public boolean foundAny() {
        return !findings.isEmpty();
    }

    /** Whether a C3 value was found (and removed). */
    public boolean foundC3() {
        return findings.stream().anyMatch(f -> f.informationClass() == InformationClass.C3);
    }

    @Override
    public String toString() {
        return "ScrubResult[text=" + Redaction.text(text) + ", findings=" + findings + "]";
    }
}
