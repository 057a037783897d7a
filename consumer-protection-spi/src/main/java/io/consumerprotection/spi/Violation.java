package io.consumerprotection.spi;

import java.util.Objects;

/**
 * One broken rule in a rejected input: the path of the offending field, the rule it breaks and a message
 * for people. The message never contains the offending value when that value may be personal data.
 *
 * @param field   the field path, for example {@code complainant.reference} or {@code classification[B]}
 * @param rule    a stable rule name, for example {@code NotBlank} or {@code TRANSITION_NOT_ALLOWED}
 * @param message a human-readable explanation
 */
public record Violation(String field, String rule, String message) {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    /** Creates a violation. */
    public static Violation of(String field, String rule, String message) {
        return new Violation(field, rule, message);
    }

    @Override
    public String toString() {
        return field + ": " + message + " [" + rule + "]";
    }
}
