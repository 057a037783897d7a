package io.consumerprotection.spi.rectification;

import io.consumerprotection.spi.internal.Redaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One stored rectification (整改) item: a problem found at a unit, who must fix it by when, and how far it
 * got. Optional text fields are empty strings, never {@code null}; the instants of steps not reached yet
 * are {@code null}. No field holds personal data: the owner is a role or staff id, never a name.
 *
 * @param id              the item's id
 * @param sourceKind      where the problem was found: {@code AUDIT_FINDING}, {@code INSPECTION},
 *                        {@code DUAL_CHECK}, {@code REGULATOR_OPINION} or {@code REPORT_ADVICE}
 * @param sourceReference the id of the finding, inspection, problem, opinion or report; may be empty
 * @param ruleKey         the rule or checklist item the problem breaks (links repeat findings); may be empty
 * @param unitId          the owner unit, where the problem is and which must fix it
 * @param ownerRole       the person responsible, as a role or staff id (never a name)
 * @param problem         what is wrong
 * @param plan            the rectification plan; may be empty while the item is open
 * @param dueDate         the last day to finish, inclusive
 * @param openedAt        when the item was opened
 * @param startedAt       when work started, or {@code null}
 * @param doneAt          when the owner reported it done, or {@code null}
 * @param evidence        references to the evidence of completion (document ids), in the order given
 * @param verifiedAt      when the consumer-protection department verified it, or {@code null}
 * @param verifiedBy      the verifier's role or staff id; empty when not verified
 * @param repeatOf        the id of the earlier item of the same rule at the same unit (回头看); may be empty
 * @param version         the stored version: 0 for an item never saved, then 1, 2, …
 */
public record RectificationRecord(String id, String sourceKind, String sourceReference, String ruleKey,
                                  String unitId, String ownerRole, String problem, String plan, LocalDate dueDate,
                                  Instant openedAt, Instant startedAt, Instant doneAt, List<String> evidence,
                                  Instant verifiedAt, String verifiedBy, String repeatOf, long version) {

    public RectificationRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourceKind, "sourceKind");
        sourceReference = Objects.requireNonNullElse(sourceReference, "");
        ruleKey = Objects.requireNonNullElse(ruleKey, "");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(ownerRole, "ownerRole");
        Objects.requireNonNull(problem, "problem");
        plan = Objects.requireNonNullElse(plan, "");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(openedAt, "openedAt");
        evidence = List.copyOf(Objects.requireNonNullElse(evidence, List.of()));
        verifiedBy = Objects.requireNonNullElse(verifiedBy, "");
        repeatOf = Objects.requireNonNullElse(repeatOf, "");
        if (version < 0) {
            throw new IllegalArgumentException("version must be >= 0, got " + version);
        }
    }

    /** A copy with this version. */
    public RectificationRecord withVersion(long newVersion) {
        return new RectificationRecord(id, sourceKind, sourceReference, ruleKey, unitId, ownerRole, problem, plan,
                dueDate, openedAt, startedAt, doneAt, evidence, verifiedAt, verifiedBy, repeatOf, newVersion);
    }

    @Override
    public String toString() {
        return "RectificationRecord[id=" + Redaction.code(id) + ", sourceKind=" + Redaction.code(sourceKind)
                + ", ruleKey=" + Redaction.code(ruleKey) + ", unitId=" + Redaction.code(unitId) + ", dueDate="
                + dueDate + ", doneAt=" + doneAt + ", verifiedAt=" + verifiedAt + ", repeatOf="
                + Redaction.code(repeatOf) + ", version=" + version + "]";
    }
}
