package io.consumerprotection.core.rectification;

import io.consumerprotection.spi.Violation;
import io.consumerprotection.spi.internal.Redaction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One rectification (整改) item: what is wrong at which unit, where it was found, who must fix it by when,
 * the plan, the evidence of completion and the consumer-protection department's verification. Immutable:
 * each step ({@link #withPlan}, {@link #start}, {@link #complete}, {@link #verify}) returns a copy and
 * throws {@link InvalidRectificationException} when it comes out of order.
 *
 * <p>The {@linkplain #status status} is derived, never stored: from the steps reached by an as-of instant
 * and the due date (inclusive, as a day in the host's zone). A repeat of the same rule at the same unit
 * links to the earlier item through {@link #repeatOf()} (回头看); {@link Rectifications#open} sets it.
 *
 * @param id         the item's id
 * @param source     where the problem was found
 * @param ruleKey    the rule or checklist item broken (links repeats); empty when there is none
 * @param ownerUnit  the unit that must fix it
 * @param ownerRole  the responsible person as a role or staff id, never a name
 * @param problem    what is wrong
 * @param plan       the plan; empty until given
 * @param dueDate    the last day to finish, inclusive
 * @param openedAt   when the item was opened
 * @param startedAt  when work started
 * @param doneAt     when the owner reported it done
 * @param evidence   references to the evidence of completion, in order
 * @param verification the verification, once given
 * @param repeatOf   the earlier item of the same rule at the same unit
 * @param version    the stored version (0 before the first save)
 */
public record RectificationItem(RectificationId id, SourceReference source, String ruleKey, String ownerUnit,
                                String ownerRole, String problem, String plan, LocalDate dueDate, Instant openedAt,
                                Optional<Instant> startedAt, Optional<Instant> doneAt, List<String> evidence,
                                Optional<Verification> verification, Optional<RectificationId> repeatOf,
                                long version) {

    public RectificationItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(ruleKey, "ruleKey");
        Objects.requireNonNull(ownerUnit, "ownerUnit");
        Objects.requireNonNull(ownerRole, "ownerRole");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(doneAt, "doneAt");
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(verification, "verification");
        Objects.requireNonNull(repeatOf, "repeatOf");
    }

    /**
     * A new open item.
     *
     * @param zone the zone in which the due date is a day (to check it is not before the opening day)
     * @throws InvalidRectificationException listing every blank field and a due date before the opening day
     */
    public static RectificationItem open(RectificationId id, SourceReference source, String ruleKey, String ownerUnit,
                                         String ownerRole, String problem, LocalDate dueDate, Instant openedAt,
                                         ZoneId zone) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(ruleKey, "ruleKey");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(zone, "zone");
        List<Violation> violations = new ArrayList<>();
        requireText(violations, "ownerUnit", ownerUnit);
        requireText(violations, "ownerRole", ownerRole);
        requireText(violations, "problem", problem);
        if (dueDate.isBefore(openedAt.atZone(zone).toLocalDate())) {
            violations.add(Violation.of("dueDate", "DUE_BEFORE_OPENING",
                    "整改期限早于立项日 / the due date is before the day the item is opened"));
        }
        reject("cannot open rectification item " + id, violations);
        return new RectificationItem(id, source, ruleKey, ownerUnit, ownerRole, problem, "", dueDate, openedAt,
                Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), 0);
    }

    /**
     * The status at an instant: {@code VERIFIED} when verified by then; {@code DONE} when reported done by
     * then; otherwise {@code OVERDUE} when the day of {@code asOf} in {@code zone} is after the due date;
     * otherwise {@code IN_PROGRESS} when started by then, else {@code OPEN}. Steps after {@code asOf} do not
     * count, so a past status can be recomputed.
     */
    public RectificationStatus status(Instant asOf, ZoneId zone) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(zone, "zone");
        if (verification.isPresent() && !verification.get().at().isAfter(asOf)) {
            return RectificationStatus.VERIFIED;
        }
        if (doneAt.isPresent() && !doneAt.get().isAfter(asOf)) {
            return RectificationStatus.DONE;
        }
        if (asOf.atZone(zone).toLocalDate().isAfter(dueDate)) {
            return RectificationStatus.OVERDUE;
        }
        if (startedAt.isPresent() && !startedAt.get().isAfter(asOf)) {
            return RectificationStatus.IN_PROGRESS;
        }
        return RectificationStatus.OPEN;
    }

    /** Whether it was reported done after its due date (in {@code zone}); {@code false} while not done. */
    public boolean finishedLate(ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        return doneAt.map(d -> d.atZone(zone).toLocalDate().isAfter(dueDate)).orElse(false);
    }

    /** A copy with this plan. */
    public RectificationItem withPlan(String newPlan) {
        List<Violation> violations = new ArrayList<>();
        requireText(violations, "plan", newPlan);
        reject("cannot set the plan of " + id, violations);
        return new RectificationItem(id, source, ruleKey, ownerUnit, ownerRole, problem, newPlan, dueDate, openedAt, startedAt,
                doneAt, evidence, verification, repeatOf, version);
    }

    /** A copy linked to the earlier item of the same rule at the same unit. */
    public RectificationItem withRepeatOf(RectificationId earlier) {
        Objects.requireNonNull(earlier, "earlier");
        if (earlier.equals(id)) {
            throw new IllegalArgumentException("earlier must not be the item itself");
        }
        return new RectificationItem(id, source, ruleKey, ownerUnit, ownerRole, problem, plan, dueDate, openedAt,
                startedAt, doneAt, evidence, verification, Optional.of(earlier), version);
    }

    /** A copy with this stored version. */
    public RectificationItem withVersion(long newVersion) {
        return new RectificationItem(id, source, ruleKey, ownerUnit, ownerRole, problem, plan, dueDate, openedAt,
                startedAt, doneAt, evidence, verification, repeatOf, newVersion);
    }

    /**
     * A copy in which work started at {@code at}.
     *
     * @throws InvalidRectificationException when already started or {@code at} is before the opening
     */
    public RectificationItem start(Instant at) {
        Objects.requireNonNull(at, "at");
        List<Violation> violations = new ArrayList<>();
        if (startedAt.isPresent()) {
            violations.add(Violation.of("startedAt", "ALREADY_STARTED", "整改已开始 / work has already started"));
        }
        notBefore(violations, "startedAt", at, openedAt, "BEFORE_OPENING", "立项");
        reject("cannot start " + id, violations);
        return new RectificationItem(id, source, ruleKey, ownerUnit, ownerRole, problem, plan, dueDate, openedAt,
                Optional.of(at), doneAt, evidence, verification, repeatOf, version);
    }

    /**
     * A copy reported done at {@code at} with this evidence (started then too, if it had not been).
     *
     * @throws InvalidRectificationException when already done, without a plan, without evidence, or
     *                                       {@code at} is before the start
     */
    public RectificationItem complete(Instant at, List<String> evidenceOfCompletion) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(evidenceOfCompletion, "evidenceOfCompletion");
        List<Violation> violations = new ArrayList<>();
        if (doneAt.isPresent()) {
            violations.add(Violation.of("doneAt", "ALREADY_DONE", "已报告完成 / already reported done"));
        }
        if (plan.isBlank()) {
            violations.add(Violation.of("plan", "PLAN_REQUIRED", "完成前须有整改方案 / a plan is required before completion"));
        }
        if (evidenceOfCompletion.isEmpty() || evidenceOfCompletion.stream().anyMatch(e -> e == null || e.isBlank())) {
            violations.add(Violation.of("evidence", "EVIDENCE_REQUIRED",
                    "须提供非空的整改佐证 / evidence of completion is required and must not be blank"));
        }
        notBefore(violations, "doneAt", at, startedAt.orElse(openedAt), "BEFORE_START", "开始");
        reject("cannot complete " + id, violations);
        return new RectificationItem(id, source, ruleKey, ownerUnit, ownerRole, problem, plan, dueDate, openedAt,
                Optional.of(startedAt.orElse(at)), Optional.of(at), evidenceOfCompletion, verification, repeatOf,
                version);
    }

    /**
     * A copy verified at {@code at} by the consumer-protection department.
     *
     * @throws InvalidRectificationException when not done, already verified, {@code verifier} blank or
     *                                       {@code at} before the completion
     */
    public RectificationItem verify(Instant at, String verifier) {
        Objects.requireNonNull(at, "at");
        List<Violation> violations = new ArrayList<>();
        requireText(violations, "verifier", verifier);
        if (doneAt.isEmpty()) {
            violations.add(Violation.of("verification", "NOT_DONE", "未完成的整改不能验证 / an item not done cannot be verified"));
        } else {
            notBefore(violations, "verification.at", at, doneAt.get(), "BEFORE_DONE", "完成");
        }
        if (verification.isPresent()) {
            violations.add(Violation.of("verification", "ALREADY_VERIFIED", "已验证 / already verified"));
        }
        reject("cannot verify " + id, violations);
        return new RectificationItem(id, source, ruleKey, ownerUnit, ownerRole, problem, plan, dueDate, openedAt,
                startedAt, doneAt, evidence, Optional.of(new Verification(at, verifier)), repeatOf, version);
    }

    private static void requireText(List<Violation> violations, String field, String value) {
        if (value == null || value.isBlank()) {
            violations.add(Violation.of(field, "NOT_BLANK", field + " 不能为空 / must not be blank"));
        }
    }

    private static void notBefore(List<Violation> violations, String field, Instant at, Instant earlier, String rule,
                                  String step) {
        if (at.isBefore(earlier)) {
            violations.add(Violation.of(field, rule, "时间早于" + step + " / the time is before the previous step"));
        }
    }

    private static void reject(String summary, List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidRectificationException(summary, violations);
        }
    }

    @Override
    public String toString() {
        return "RectificationItem[id=" + Redaction.code(id.value()) + ", source=" + source + ", ruleKey=" + Redaction.code(ruleKey)
                + ", ownerUnit=" + Redaction.code(ownerUnit) + ", dueDate=" + dueDate + ", doneAt="
                + doneAt.map(Instant::toString).orElse("-") + ", verified=" + verification.isPresent()
                + ", repeatOf=" + repeatOf.map(r -> Redaction.code(r.value())).orElse("-") + ", version=" + version + "]";
    }
}
