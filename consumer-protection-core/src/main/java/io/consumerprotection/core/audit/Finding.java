package io.consumerprotection.core.audit;

import io.consumerprotection.spi.internal.Redaction;
import java.util.List;
import java.util.Objects;

/**
 * One conclusion of one rule about one subject: which rule (and version), which subject, the kind, the
 * severity in force, the evidence, and a message that states expected against actual.
 *
 * @param ruleId      the rule
 * @param ruleVersion the rule's version
 * @param subjectKind the kind of subject, a {@link SubjectKind#name()}
 * @param subjectId   the subject's id (complaint id, sale id, {@code institution/year}…)
 * @param kind        pass, fail, not applicable or needs review
 * @param severity    the rule's severity in force for this run (after host overrides)
 * @param message     expected against actual
 * @param evidence    the facts the finding rests on
 */
public record Finding(RuleId ruleId, String ruleVersion, String subjectKind, String subjectId, FindingKind kind,
                      Severity severity, String message, List<Evidence> evidence) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(ruleVersion, "ruleVersion");
        Objects.requireNonNull(subjectKind, "subjectKind");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        message = message == null ? "" : message;
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** The finding of a rule's outcome on a subject, with the severity in force. */
    public static Finding of(RuleDefinition rule, Severity severity, String subjectId, Outcome outcome) {
        return new Finding(rule.id(), rule.version(), rule.subjectKind(), subjectId, outcome.kind(), severity,
                outcome.message(), outcome.evidence());
    }

    /** Whether this is a failure at or above the threshold. */
    public boolean failsAtLeast(Severity threshold) {
        return kind == FindingKind.FAIL && severity.isAtLeast(threshold);
    }

    @Override
    public String toString() {
        return "Finding[ruleId=" + ruleId + ", ruleVersion=" + Redaction.code(ruleVersion) + ", subjectKind="
                + Redaction.code(subjectKind) + ", subjectId=" + Redaction.code(subjectId) + ", kind=" + kind + ", severity="
                + severity + ", message=" + Redaction.text(message) + ", evidence=" + evidence + "]";
    }
}
