package io.consumerprotection.core.audit;

import io.consumerprotection.core.rectification.RectificationItem;
import io.consumerprotection.core.rectification.RectificationStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * The built-in rules over rectification (整改) items, subject {@code RECTIFICATION}: an item not done by its
 * due date ({@code CP-RECT-001}), an item reported done but not verified by the consumer-protection
 * department within a grace period ({@code CP-RECT-002}), and the same rule found at the same unit a third
 * time within a window ({@code CP-RECT-003}, the 回头看 of seed 003). The defaults are {@link #all()}; a
 * host builds other settings with the factories and adds them to its own {@link RuleSet}.
 */
public final class RectificationRules {

    /** Days after completion within which verification is expected by default. */
    public static final int DEFAULT_VERIFICATION_GRACE_DAYS = 15;
    /** How many findings of one rule at one unit make a repeat, by default. */
    public static final int DEFAULT_REPEAT_COUNT = 3;
    /** The window in which repeats are counted, by default. */
    public static final Period DEFAULT_REPEAT_WINDOW = Period.ofMonths(12);

    private static final Citation SEEDS_001 = Citations.seed(
            "seed 001: 双查问题逐项制定整改措施、落实责任人、限期整改; seed 000: 限期整改，看到实效");
    private static final Citation SEED_003 = Citations.seed(
            "seed 003: 对投诉集中的业务领域开展“回头看”专项督查，巩固治理成效; seed 000: 对消费者多次投诉的问题加倍处罚");

    private RectificationRules() {
    }

    /** The three rules with their default settings. */
    public static List<Rule<?>> all() {
        return List.of(overdue(), unverified(DEFAULT_VERIFICATION_GRACE_DAYS),
                repeated(DEFAULT_REPEAT_COUNT, DEFAULT_REPEAT_WINDOW));
    }

    /** {@code CP-RECT-001}: not done by the due date (fails too when it was done after it). */
    public static Rule<RectificationSubject> overdue() {
        return new Overdue();
    }

    /** {@code CP-RECT-002}: done, and not verified within {@code graceDays} calendar days of completion. */
    public static Rule<RectificationSubject> unverified(int graceDays) {
        if (graceDays < 0) {
            throw new IllegalArgumentException("graceDays must be >= 0, got " + graceDays);
        }
        return new Unverified(graceDays);
    }

    /**
     * {@code CP-RECT-003}: this item is at least the {@code times}-th of the same rule at the same unit opened
     * within {@code window} up to its own opening.
     */
    public static Rule<RectificationSubject> repeated(int times, Period window) {
        if (times < 2) {
            throw new IllegalArgumentException("times must be >= 2, got " + times);
        }
        Objects.requireNonNull(window, "window");
        return new Repeated(times, window);
    }

    private static final class Overdue extends BuiltInRule<RectificationSubject> {
        Overdue() {
            super(SubjectKind.RECTIFICATION, "CP-RECT-001", "整改事项逾期未完成", "Rectification not done by its due date",
                    SEEDS_001, Severity.HIGH);
        }

        @Override
        public Outcome check(RectificationSubject s, AuditContext context) {
            RectificationItem i = s.item();
            RectificationStatus status = i.status(context.asOf(), context.zone());
            if (status == RectificationStatus.OVERDUE) {
                long late = ChronoUnit.DAYS.between(i.dueDate(), context.asOfDate());
                return Outcome.fail("due " + i.dueDate() + ", not done by " + context.asOfDate() + ": " + BuiltInRule.days(late)
                        + " overdue", Evidence.of("dueDate", i.dueDate()), Evidence.of("unit", i.ownerUnit()),
                        Evidence.of("status", status));
            }
            if ((status == RectificationStatus.DONE || status == RectificationStatus.VERIFIED)
                    && i.finishedLate(context.zone())) {
                LocalDate done = context.dayOf(i.doneAt().orElseThrow());
                long late = ChronoUnit.DAYS.between(i.dueDate(), done);
                return Outcome.fail("due " + i.dueDate() + ", done " + done + ": " + BuiltInRule.days(late) + " late",
                        Evidence.of("dueDate", i.dueDate()), Evidence.of("doneOn", done), Evidence.of("unit", i.ownerUnit()));
            }
            return Outcome.pass();
        }
    }

    private static final class Unverified extends BuiltInRule<RectificationSubject> {
        private final int graceDays;

        Unverified(int graceDays) {
            super(SubjectKind.RECTIFICATION, "CP-RECT-002", "整改已报完成但消保部门未验证",
                    "Rectification reported done but not verified by the consumer-protection department", SEEDS_001,
                    Severity.MEDIUM);
            this.graceDays = graceDays;
        }

        @Override
        public Outcome check(RectificationSubject s, AuditContext context) {
            RectificationItem i = s.item();
            RectificationStatus status = i.status(context.asOf(), context.zone());
            if (status != RectificationStatus.DONE) {
                return status == RectificationStatus.VERIFIED ? Outcome.pass()
                        : Outcome.notApplicable("not reported done by " + context.asOfDate());
            }
            Instant done = i.doneAt().orElseThrow();
            LocalDate doneOn = context.dayOf(done);
            LocalDate verifyBy = doneOn.plusDays(graceDays);
            if (context.asOfDate().isAfter(verifyBy)) {
                return Outcome.fail("done " + doneOn + ", to be verified by " + verifyBy + ", not verified by "
                        + context.asOfDate(), Evidence.of("doneOn", doneOn), Evidence.of("verifyBy", verifyBy),
                        Evidence.of("evidence", i.evidence().size() + " items"));
            }
            return Outcome.pass("awaiting verification until " + verifyBy);
        }
    }

    private static final class Repeated extends BuiltInRule<RectificationSubject> {
        private final int times;
        private final Period window;

        Repeated(int times, Period window) {
            super(SubjectKind.RECTIFICATION, "CP-RECT-003", "同一问题在同一机构重复发生",
                    "The same finding repeated at the same unit", SEED_003, Severity.HIGH);
            this.times = times;
            this.window = window;
        }

        @Override
        public Outcome check(RectificationSubject s, AuditContext context) {
            RectificationItem i = s.item();
            if (i.ruleKey().isEmpty()) {
                return Outcome.notApplicable("the item names no rule");
            }
            LocalDate opened = context.dayOf(i.openedAt());
            LocalDate from = opened.minus(window);
            List<RectificationItem> inWindow = s.earlier().stream()
                    .filter(e -> !context.dayOf(e.openedAt()).isBefore(from)).toList();
            int count = inWindow.size() + 1;
            if (count >= times) {
                return Outcome.fail("the same finding (" + i.ruleKey() + ") " + count + " times at the unit between " + from + " and " + opened, Evidence.of("ruleKey", i.ruleKey()), Evidence.of("unit", i.ownerUnit()),
                        Evidence.of("earlier", inWindow.stream().map(e -> e.id().value()).toList()));
            }
            return Outcome.pass();
        }
    }
}
