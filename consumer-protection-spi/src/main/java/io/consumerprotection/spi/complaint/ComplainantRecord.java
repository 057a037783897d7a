package io.consumerprotection.spi.complaint;

import io.consumerprotection.spi.internal.Redaction;
import java.util.Objects;

/**
 * The person or organisation who complains, as a host persists it.
 *
 * <p>{@code toString()} never prints the name or the references: they are personal data.
 *
 * @param kind                    {@code PERSON} or {@code ORGANISATION}
 * @param reference               the host's own customer or party reference (opaque to the SDK)
 * @param name                    the complainant's name, personal data
 * @param representation          {@code SELF}, {@code AGENT} (power of attorney), {@code LEGAL_REPRESENTATIVE} or {@code HEIR}
 * @param representativeReference the agent's, legal representative's or heir's reference; {@code null} when {@code SELF}
 * @param jointComplainants       how many people complain together (1 for a single complainant)
 */
public record ComplainantRecord(String kind, String reference, String name, String representation,
                                String representativeReference, int jointComplainants) {

    public ComplainantRecord {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(representation, "representation");
    }

    @Override
    public String toString() {
        return "ComplainantRecord[kind=" + Redaction.code(kind) + ", representation=" + Redaction.code(representation)
                + ", jointComplainants=" + jointComplainants + ", reference=" + Redaction.personal(reference) + ", name="
                + Redaction.personal(name) + ", representativeReference=" + Redaction.personal(representativeReference) + "]";
    }
}
