package io.consumerprotection.core.audit;

import io.consumerprotection.spi.internal.Redaction;
import java.util.List;
import java.util.Objects;

/**
 * What one rule check returns: the kind of finding, a message stating expected against actual, and the
 * evidence. The engine turns it into a {@link Finding} by adding the rule and the subject. Passing
 * outcomes without details are shared constants, so a passing check allocates nothing.
 *
 * @param kind     pass, fail, not applicable or needs review
 * @param message  expected against actual, for example {@code due 2024-10-08 (…), decided 2024-10-10: 2 days late}
 * @param evidence the facts the outcome rests on
 */
public record Outcome(FindingKind kind, String message, List<Evidence> evidence) {

    private static final Outcome PASS = new Outcome(FindingKind.PASS, "", List.of());

    public Outcome {
        Objects.requireNonNull(kind, "kind");
        message = message == null ? "" : message;
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** A pass without details (a shared constant). */
    public static Outcome pass() {
        return PASS;
    }

    /** A pass with a message and evidence. */
    public static Outcome pass(String message, Evidence... evidence) {
        return new Outcome(FindingKind.PASS, message, List.of(evidence));
    }

    /** A failure: the message states expected against actual. */
    public static Outcome fail(String message, Evidence... evidence) {
        return new Outcome(FindingKind.FAIL, Objects.requireNonNull(message, "message"), List.of(evidence));
    }

    /** The rule does not apply, and why. */
    public static Outcome notApplicable(String why) {
        return new Outcome(FindingKind.NOT_APPLICABLE, Objects.requireNonNull(why, "why"), List.of());
    }

    /** The facts are not enough: a person must look, and why. */
    public static Outcome needsReview(String message, Evidence... evidence) {
        return new Outcome(FindingKind.NEEDS_REVIEW, Objects.requireNonNull(message, "message"), List.of(evidence));
    }

    @Override
    public String toString() {
        return "Outcome[kind=" + kind + ", message=" + Redaction.text(message) + ", evidence=" + evidence + "]";
    }
}
