package io.consumerprotection.core.partner;

import io.consumerprotection.core.internal.text.StoredText;
import io.consumerprotection.core.privacy.AuditTrail;
import io.consumerprotection.spi.Violation;
import io.consumerprotection.spi.internal.Redaction;
import io.consumerprotection.spi.partner.PartnerRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The directory of cooperating institutions over the host's {@link PartnerRegistry}: application, admission
 * review with the consumer-protection agreement, periodic evaluation (the next one due {@code interval} after the
 * last), status changes with a reason (watch, suspend, blacklist 黑名单, exit) along
 * {@link PartnerStatus#next()}. Every step is saved optimistically ({@code StaleWriteException} when another
 * writer came first) and appended to the {@link AuditTrail} (action {@code PARTNER_…}, subject {@code PARTNER}).
 * Bad input throws one {@link InvalidPartnerException} listing every violation; nothing is written. Thread-safe.
 */
public final class PartnerDirectory {

    /** The subject type of the audit records. */
    public static final String SUBJECT_TYPE = "PARTNER";
    /** The most code points of a name, reason or note. */
    public static final int TEXT_LENGTH = 500;
    /** The longest evaluation interval accepted. */
    public static final Period LONGEST_INTERVAL = Period.ofMonths(36);

    private final PartnerRegistry registry;
    private final AuditTrail trail;
    private final Clock clock;
    private final ZoneId zone;

    private PartnerDirectory(PartnerRegistry registry, AuditTrail trail, Clock clock, ZoneId zone) {
        this.registry = registry;
        this.trail = trail;
        this.clock = clock;
        this.zone = zone;
    }

    /** A directory over {@code registry}, auditing to {@code trail}; days are counted in {@code zone}. */
    public static PartnerDirectory of(PartnerRegistry registry, AuditTrail trail, Clock clock, ZoneId zone) {
        return new PartnerDirectory(Objects.requireNonNull(registry, "registry"), Objects.requireNonNull(trail, "trail"),
                Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(zone, "zone"));
    }

    /** Records an application for admission: the partner is {@link PartnerStatus#PENDING}. */
    public Partner apply(PartnerId id, String name, PartnerKind kind, String actor) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        List<Violation> v = new ArrayList<>();
        actor(v, actor);
        if (name.isBlank()) {
            v.add(Violation.of("name", "NotBlank", "the institution's name is required"));
        }
        StoredText.check(v, "name", name, TEXT_LENGTH, false);
        if (registry.find(id.value()).isPresent()) {
            v.add(Violation.of("id", "Unique", "a partner with this id is already registered"));
        }
        fail(v, "the application was not recorded");
        Instant now = clock.instant();
        Partner p = new Partner(id, name.strip(), kind, PartnerStatus.PENDING, ProtectionAgreement.none(), null, Period.ZERO,
                null, List.of(new PartnerStatusChange(PartnerStatus.PENDING, now, actor, "申请准入")), List.of(), 0);
        return save(p, 0, actor, "PARTNER_APPLIED", Map.of("kind", kind.name()));
    }

    /**
     * Admits a partner after review, under its consumer-protection agreement; the first evaluation is due
     * {@code interval} from today.
     */
    public Partner admit(PartnerId id, String actor, ProtectionAgreement agreement, Period interval, String reason) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(interval, "interval");
        Partner p = get(id);
        List<Violation> v = new ArrayList<>();
        actor(v, actor);
        reason(v, reason);
        if (p.status() != PartnerStatus.PENDING) {
            v.add(Violation.of("status", "Pending", "only a partner under admission review is admitted; this one is " + p.status()));
        }
        if (agreement.reference().isBlank() || !Redaction.isCode(agreement.reference())) {
            v.add(Violation.of("agreement.reference", "Code", "the consumer-protection agreement's reference is a code"));
        }
        if (interval.isNegative() || interval.isZero() || interval.toTotalMonths() > LONGEST_INTERVAL.toTotalMonths()
                || interval.getDays() != 0) {
            v.add(Violation.of("interval", "Months", "the evaluation interval is 1 to 36 whole months"));
        }
        fail(v, "the partner was not admitted");
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        Partner admitted = withStatus(p, PartnerStatus.ADMITTED, actor, reason);
        admitted = new Partner(p.id(), p.name(), p.kind(), PartnerStatus.ADMITTED, agreement, today, interval,
                today.plus(interval), admitted.history(), p.evaluations(), p.version());
        Map<String, String> d = new LinkedHashMap<>();
        d.put("agreement", agreement.reference());
        d.put("dataScope", agreement.dataScope().stream().map(Enum::name).sorted().toList().toString());
        d.put("nextEvaluationDue", admitted.nextEvaluationDue().toString());
        return save(admitted, p.version(), actor, "PARTNER_ADMITTED", d);
    }

    /**
     * Records an evaluation; the next is due {@code interval} after {@code on}, and the partner takes the status the
     * conclusion leads to (pass: admitted, watch: watched, fail: suspended).
     */
    public Partner evaluate(PartnerId id, String actor, LocalDate on, int score, EvaluationConclusion conclusion,
                            String note) {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(conclusion, "conclusion");
        Objects.requireNonNull(note, "note");
        Partner p = get(id);
        List<Violation> v = new ArrayList<>();
        actor(v, actor);
        StoredText.check(v, "note", note, TEXT_LENGTH, true);
        if (score < 0 || score > 100) {
            v.add(Violation.of("score", "Range", "a score lies in 0..100"));
        }
        if (p.status() != PartnerStatus.ADMITTED && p.status() != PartnerStatus.WATCHED && p.status() != PartnerStatus.SUSPENDED) {
            v.add(Violation.of("status", "Admitted", "only an admitted, watched or suspended partner is evaluated; this one is "
                    + p.status()));
        }
        if (on.isAfter(LocalDate.ofInstant(clock.instant(), zone))) {
            v.add(Violation.of("on", "NotInFuture", "an evaluation is recorded once it is done"));
        }
        fail(v, "the evaluation was not recorded");
        List<PartnerEvaluation> evals = new ArrayList<>(p.evaluations());
        evals.add(new PartnerEvaluation(on, actor, score, conclusion, note));
        Partner next = p.status() == conclusion.leadsTo() ? p
                : withStatus(p, conclusion.leadsTo(), actor, "评估结论: " + conclusion.titleZh());
        next = new Partner(p.id(), p.name(), p.kind(), next.status(), p.agreement(), p.admittedOn(), p.evaluationInterval(),
                on.plus(p.evaluationInterval()), next.history(), evals, p.version());
        Map<String, String> d = new LinkedHashMap<>();
        d.put("on", on.toString());
        d.put("score", Integer.toString(score));
        d.put("conclusion", conclusion.name());
        d.put("status", next.status().name());
        d.put("nextEvaluationDue", next.nextEvaluationDue().toString());
        return save(next, p.version(), actor, "PARTNER_EVALUATED", d);
    }

    /** Moves a partner to another status, with the reason (watch, suspend, re-admit, exit). */
    public Partner changeStatus(PartnerId id, PartnerStatus to, String actor, String reason) {
        Objects.requireNonNull(to, "to");
        Partner p = get(id);
        List<Violation> v = new ArrayList<>();
        actor(v, actor);
        reason(v, reason);
        if (!p.status().next().contains(to)) {
            v.add(Violation.of("status", "Transition", "a " + p.status() + " partner cannot become " + to + "; allowed: "
                    + p.status().next()));
        } else if (p.status() == PartnerStatus.PENDING && to == PartnerStatus.ADMITTED) {
            v.add(Violation.of("status", "Admission", "a partner is admitted with its agreement (admit), not by a status change"));
        }
        fail(v, "the status was not changed");
        return save(withStatus(p, to, actor, reason), p.version(), actor, "PARTNER_STATUS_CHANGED",
                Map.of("from", p.status().name(), "to", to.name()));
    }

    /** Puts a partner on the blacklist (黑名单), with the reason. */
    public Partner blacklist(PartnerId id, String actor, String reason) {
        return changeStatus(id, PartnerStatus.BLACKLISTED, actor, reason);
    }

    /** The partner with this id. */
    public Partner get(PartnerId id) {
        return find(id).orElseThrow(() -> new PartnerNotFoundException(id));
    }

    /** The partner with this id, if any. */
    public Optional<Partner> find(PartnerId id) {
        Objects.requireNonNull(id, "id");
        return registry.find(id.value()).map(PartnerRecords::decode);
    }

    /** Every partner, by id. */
    public List<Partner> all() {
        return registry.findAll().stream().map(PartnerRecords::decode).toList();
    }

    /**
     * The partners in cooperation (admitted, watched or suspended) whose next evaluation is due on or before
     * {@code on + withinDays}, by due day.
     */
    public List<Partner> dueForEvaluation(LocalDate on, int withinDays) {
        Objects.requireNonNull(on, "on");
        LocalDate limit = on.plusDays(withinDays);
        return all().stream()
                .filter(p -> p.status().mayOperate() || p.status() == PartnerStatus.SUSPENDED)
                .filter(p -> p.nextEvaluationDue() != null && !p.nextEvaluationDue().isAfter(limit))
                .sorted(java.util.Comparator.comparing(Partner::nextEvaluationDue).thenComparing(p -> p.id().value()))
                .toList();
    }

    private Partner withStatus(Partner p, PartnerStatus to, String actor, String reason) {
        List<PartnerStatusChange> h = new ArrayList<>(p.history());
        h.add(new PartnerStatusChange(to, clock.instant(), actor, reason.strip()));
        return new Partner(p.id(), p.name(), p.kind(), to, p.agreement(), p.admittedOn(), p.evaluationInterval(),
                p.nextEvaluationDue(), h, p.evaluations(), p.version());
    }

    private Partner save(Partner p, long expected, String actor, String action, Map<String, String> d) {
        Partner stored = new Partner(p.id(), p.name(), p.kind(), p.status(), p.agreement(), p.admittedOn(),
                p.evaluationInterval(), p.nextEvaluationDue(), p.history(), p.evaluations(), expected + 1);
        registry.save(PartnerRecords.encode(stored, expected + 1), expected);
        Map<String, String> details = new LinkedHashMap<>(d);
        details.put("status", stored.status().name());
        trail.append(actor, action, SUBJECT_TYPE, p.id().value(), "partner management (seed 003)", "SUCCEEDED", details);
        return stored;
    }

    private static void actor(List<Violation> v, String actor) {
        Objects.requireNonNull(actor, "actor");
        if (actor.isBlank()) {
            v.add(Violation.of("actor", "NotBlank", "the actor is required (real-name access)"));
        }
        StoredText.check(v, "actor", actor, AuditTrail.ACTOR_LENGTH, false);
    }

    private static void reason(List<Violation> v, String reason) {
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            v.add(Violation.of("reason", "NotBlank", "a status change states its reason"));
        }
        StoredText.check(v, "reason", reason, TEXT_LENGTH, true);
    }

    private static void fail(List<Violation> v, String summary) {
        if (!v.isEmpty()) {
            throw new InvalidPartnerException(summary, v);
        }
    }
}
