package io.consumerprotection.core.inspection;

import io.consumerprotection.core.internal.text.StoredText;
import io.consumerprotection.core.privacy.AuditTrail;
import io.consumerprotection.core.rectification.RectificationId;
import io.consumerprotection.core.rectification.RectificationItem;
import io.consumerprotection.core.rectification.RectificationSource;
import io.consumerprotection.core.rectification.RectificationStatus;
import io.consumerprotection.core.rectification.Rectifications;
import io.consumerprotection.core.rectification.SourceReference;
import io.consumerprotection.spi.Violation;
import io.consumerprotection.spi.appraisal.InspectionRecord;
import io.consumerprotection.spi.internal.Redaction;
import io.consumerprotection.spi.inspection.CadenceRecord;
import io.consumerprotection.spi.inspection.InspectionPlanRecord;
import io.consumerprotection.spi.inspection.InspectionProblemRecord;
import io.consumerprotection.spi.inspection.InspectionStore;
import io.consumerprotection.spi.inspection.ServiceInspectionRecord;
import io.consumerprotection.core.appraisal.IndicatorId;
import io.consumerprotection.core.appraisal.IndicatorValues;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Service inspections over the host's {@link InspectionStore}: plans with their sampled units, inspections scored
 * against a versioned {@link Checklist} (every aspect, within its maximum), each problem opened as a rectification
 * item of source {@code INSPECTION} through {@link Rectifications} (fixed on the spot: opened, planned and reported
 * done at once; otherwise due on its deadline) and tracked there to closure, and the cadence records of the three
 * levels. Plans, inspections and cadence records are appended to the {@link AuditTrail}. Bad input throws one
 * {@link InvalidInspectionException} listing every violation; nothing is written. Thread-safe.
 */
public final class Inspections {

    /** The subject type of the audit records. */
    public static final String SUBJECT_TYPE = "INSPECTION";
    /** The owner role of the rectification items opened for problems: the inspected unit's head. */
    public static final String OWNER_ROLE = "UNIT_HEAD";

    private final InspectionStore store;
    private final Rectifications rectifications;
    private final AuditTrail trail;
    private final Clock clock;
    private final ZoneId zone;
    private final Map<String, Checklist> checklists;

    private Inspections(InspectionStore store, Rectifications rectifications, AuditTrail trail, Clock clock, ZoneId zone,
                        Map<String, Checklist> checklists) {
        this.store = store;
        this.rectifications = rectifications;
        this.trail = trail;
        this.clock = clock;
        this.zone = zone;
        this.checklists = Map.copyOf(checklists);
    }

    /** Inspections with the bundled checklist {@code SERVICE-6}. */
    public static Inspections of(InspectionStore store, Rectifications rectifications, AuditTrail trail, Clock clock,
                                 ZoneId zone) {
        return new Inspections(Objects.requireNonNull(store, "store"), Objects.requireNonNull(rectifications, "rectifications"),
                Objects.requireNonNull(trail, "trail"), Objects.requireNonNull(clock, "clock"),
                Objects.requireNonNull(zone, "zone"), Map.of(Checklist.service6().id(), Checklist.service6()));
    }

    /** A copy that also knows {@code checklist} (replacing one with its id). */
    public Inspections withChecklist(Checklist checklist) {
        Map<String, Checklist> m = new LinkedHashMap<>(checklists);
        m.put(Objects.requireNonNull(checklist, "checklist").id(), checklist);
        return new Inspections(store, rectifications, trail, clock, zone, m);
    }

    /** The checklist with this id, if known. */
    public Optional<Checklist> findChecklist(String id) {
        return Optional.ofNullable(checklists.get(Objects.requireNonNull(id, "id")));
    }

    /** Records a plan sampling {@code percent} of {@code candidates} with {@code seed} ({@link InspectionPlan#sample}). */
    public InspectionPlan plan(String id, InspectionKind kind, String organiser, LocalDate from, LocalDate to, int percent,
                               String checklistId, List<String> candidates, String seed, String actor) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        List<Violation> v = new ArrayList<>();
        code(v, "id", id);
        code(v, "organiser", organiser);
        actor(v, actor);
        if (to.isBefore(from)) {
            v.add(Violation.of("to", "NotBeforeFrom", "the period ends on or after its first day"));
        }
        if (percent < 1 || percent > 100) {
            v.add(Violation.of("samplingPercent", "Range", "the sampling share is 1 to 100 percent"));
        }
        if (!checklists.containsKey(checklistId)) {
            v.add(Violation.of("checklistId", "Known", "the checklist is not known; add it with withChecklist"));
        }
        if (candidates.isEmpty()) {
            v.add(Violation.of("candidates", "NotEmpty", "a plan samples from at least one unit"));
        }
        if (v.isEmpty() && store.findPlan(id).isPresent()) {
            v.add(Violation.of("id", "Unique", "a plan with this id exists"));
        }
        fail(v, "the plan was not recorded");
        InspectionPlan plan = new InspectionPlan(id, kind, organiser, from, to, percent, checklistId,
                InspectionPlan.sample(candidates, percent, seed), 1);
        store.savePlan(new InspectionPlanRecord(id, kind.name(), organiser, from, to, percent, checklistId, plan.units(), 1), 0);
        trail.append(actor, "INSPECTION_PLANNED", "INSPECTION_PLAN", id, "service inspection (seed 000)", "SUCCEEDED",
                Map.of("kind", kind.name(), "units", Integer.toString(plan.units().size()), "from", from.toString(),
                        "to", to.toString()));
        return plan;
    }

    /** The plan with this id, if any. */
    public Optional<InspectionPlan> findPlan(String id) {
        return store.findPlan(id).map(r -> new InspectionPlan(r.id(), InspectionKind.valueOf(r.kind()), r.organiser(), r.from(),
                r.to(), r.samplingPercent(), r.checklistId(), r.units(), r.version()));
    }

    /** Records an inspection and opens a rectification item for each problem. */
    public ServiceInspection record(InspectionReport report) {
        Objects.requireNonNull(report, "report");
        List<Violation> v = new ArrayList<>();
        code(v, "id", report.id());
        code(v, "unitId", report.unitId());
        code(v, "inspector", report.inspector());
        actor(v, report.actor());
        Checklist checklist = checklists.get(report.checklistId());
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        if (checklist == null) {
            v.add(Violation.of("checklistId", "Known", "the checklist is not known; add it with withChecklist"));
        } else {
            for (Checklist.Aspect a : checklist.aspects()) {
                Integer s = report.scores().get(a.code());
                if (s == null) {
                    v.add(Violation.of("scores." + a.code(), "Required", "every aspect of the checklist is scored"));
                } else if (s < 0 || s > a.maxScore()) {
                    v.add(Violation.of("scores." + a.code(), "Range", "a score lies in 0.." + a.maxScore()));
                }
            }
            for (String k : report.scores().keySet()) {
                if (checklist.findAspect(k).isEmpty()) {
                    v.add(Violation.of("scores", "KnownAspect", "a score names an aspect the checklist does not have ("
                            + Redaction.code(k) + ")"));
                }
            }
            for (int i = 0; i < report.problems().size(); i++) {
                ProblemFound p = report.problems().get(i);
                if (checklist.findAspect(p.aspect()).isEmpty()) {
                    v.add(Violation.of("problems[" + i + "].aspect", "KnownAspect", "a problem names an aspect of the checklist"));
                }
                if (p.description().isBlank()) {
                    v.add(Violation.of("problems[" + i + "].description", "NotBlank", "a problem says what is wrong"));
                }
                StoredText.check(v, "problems[" + i + "].description", p.description(), 500, true);
                if (p.deadline() != null && p.deadline().isBefore(report.on())) {
                    v.add(Violation.of("problems[" + i + "].deadline", "NotBeforeInspection",
                            "a deadline is on or after the inspection day"));
                }
            }
        }
        if (report.on().isAfter(today)) {
            v.add(Violation.of("on", "NotInFuture", "an inspection is recorded once it took place"));
        }
        if (!report.planId().isEmpty() && store.findPlan(report.planId()).isEmpty()) {
            v.add(Violation.of("planId", "Known", "the plan is not recorded"));
        }
        if (v.isEmpty() && store.findInspection(report.id()).isPresent()) {
            v.add(Violation.of("id", "Unique", "an inspection with this id exists"));
        }
        fail(v, "the inspection was not recorded");

        Instant now = clock.instant();
        List<InspectionProblem> problems = new ArrayList<>();
        List<RectificationItem> items = new ArrayList<>();
        for (int i = 0; i < report.problems().size(); i++) {
            ProblemFound p = report.problems().get(i);
            RectificationId rid = RectificationId.of(report.id() + "-P" + (i + 1));
            items.add(RectificationItem.open(rid, SourceReference.of(RectificationSource.INSPECTION, report.id()),
                    "INSPECTION:" + checklist.id() + ":" + p.aspect(), report.unitId(), OWNER_ROLE, p.description(),
                    p.deadline() == null ? today : p.deadline(), now, zone));
            if (rectifications.find(rid).isPresent()) {
                v.add(Violation.of("problems[" + i + "]", "Unique", "a rectification item with the problem's id exists"));
            }
            problems.add(new InspectionProblem(p.aspect(), p.description(), p.deadline() == null, rid));
        }
        fail(v, "the inspection was not recorded");
        ServiceInspection inspection = new ServiceInspection(report.id(), report.planId(), report.kind(), report.unitId(),
                report.on(), report.inspector(), checklist.id(), checklist.version(), checklist.maxScore(), report.scores(),
                problems, 1);
        // the inspection is the commit point: when its save fails, no item has been opened
        store.saveInspection(encode(inspection), 0);
        openItems(inspection, items, now);
        Map<String, String> d = new LinkedHashMap<>();
        d.put("kind", report.kind().name());
        d.put("unitId", report.unitId());
        d.put("on", report.on().toString());
        d.put("checklist", checklist.id() + "@" + checklist.version());
        d.put("score", inspection.totalScore() + "/" + checklist.maxScore());
        d.put("problems", Integer.toString(problems.size()));
        trail.append(report.actor(), "INSPECTION_RECORDED", SUBJECT_TYPE, report.id(), "service inspection (seed 000)",
                "SUCCEEDED", d);
        return inspection;
    }

    /**
     * Opens the rectification items of a recorded inspection that are not yet in the rectification store, and
     * returns them: the repair after {@link #record} saved the inspection but the rectification store failed while
     * opening its items (the exception {@code record} threw says so). The caller passes the same report again.
     * Idempotent: a second call opens nothing.
     *
     * @throws InvalidInspectionException when no inspection has the report's id, or the stored one has other problems
     */
    public List<RectificationItem> openMissingItems(InspectionReport report) {
        Objects.requireNonNull(report, "report");
        ServiceInspection inspection = find(report.id()).orElseThrow(() -> new InvalidInspectionException(
                "the items were not opened", List.of(Violation.of("id", "Known", "the inspection is not recorded"))));
        if (inspection.problems().size() != report.problems().size() || !inspection.unitId().equals(report.unitId())) {
            throw new InvalidInspectionException("the items were not opened",
                    List.of(Violation.of("problems", "SameAsRecorded", "the report is the one recorded under this id")));
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<RectificationItem> items = new ArrayList<>();
        for (int i = 0; i < report.problems().size(); i++) {
            ProblemFound p = report.problems().get(i);
            InspectionProblem stored = inspection.problems().get(i);
            items.add(RectificationItem.open(stored.rectification(), SourceReference.of(RectificationSource.INSPECTION,
                            inspection.id()), "INSPECTION:" + inspection.checklistId() + ":" + stored.aspect(),
                    inspection.unitId(), OWNER_ROLE, stored.description(), p.deadline() == null ? today : p.deadline(), now, zone));
        }
        return openItems(inspection, items, now);
    }

    private List<RectificationItem> openItems(ServiceInspection inspection, List<RectificationItem> items, Instant now) {
        List<RectificationItem> opened = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            RectificationItem item = items.get(i);
            if (rectifications.find(item.id()).isPresent()) {
                continue;
            }
            RectificationItem stored = rectifications.open(item);
            if (inspection.problems().get(i).fixedOnSpot()) {
                stored = rectifications.save(stored.withPlan("当场整改 / fixed on the spot").complete(now,
                        List.of("ON_SPOT:" + inspection.id())));
            }
            opened.add(stored);
        }
        return List.copyOf(opened);
    }

    /** The inspection with this id, if any. */
    public Optional<ServiceInspection> find(String id) {
        return store.findInspection(Objects.requireNonNull(id, "id")).map(this::decode);
    }

    /** The inspections on days {@code [from, to]}, by day, then id. */
    public List<ServiceInspection> between(LocalDate from, LocalDate to) {
        return store.findInspections(from, to).stream().map(this::decode).toList();
    }

    /** Records one piece of the cadence done (a 通报, a monthly check, a daily reminder). */
    public void recordCadence(String id, CadenceKind kind, String unitId, LocalDate on, String reference, String actor) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(reference, "reference");
        List<Violation> v = new ArrayList<>();
        code(v, "id", id);
        code(v, "unitId", unitId);
        actor(v, actor);
        if (on.isAfter(LocalDate.ofInstant(clock.instant(), zone))) {
            v.add(Violation.of("on", "NotInFuture", "a check is recorded once it took place"));
        }
        fail(v, "the cadence record was not recorded");
        store.recordCadence(new CadenceRecord(id, kind.name(), unitId, on, reference));
        trail.append(actor, "INSPECTION_CADENCE", "INSPECTION_CADENCE", id, "three-level cadence (seed 000)", "SUCCEEDED",
                Map.of("kind", kind.name(), "unitId", unitId, "on", on.toString()));
    }

    /** The cadence periods of {@code schedule} wholly inside {@code [from, to]} with what was done in each. */
    public List<CadencePeriod> cadence(CadenceSchedule schedule, LocalDate from, LocalDate to) {
        return Objects.requireNonNull(schedule, "schedule").periods(from, to, store.findCadence(from, to));
    }

    /**
     * The unit's inspections on days {@code [from, to]} as the appraisal reads them: one {@link InspectionRecord}
     * per inspection, its issues the problems found and, of those, the ones whose rectification item is done or
     * verified now.
     */
    public List<InspectionRecord> appraisalRecords(String unitId, LocalDate from, LocalDate to) {
        Objects.requireNonNull(unitId, "unitId");
        Instant now = clock.instant();
        List<InspectionRecord> out = new ArrayList<>();
        for (ServiceInspection i : between(from, to)) {
            if (!i.unitId().equals(unitId)) {
                continue;
            }
            int rectified = 0;
            for (InspectionProblem p : i.problems()) {
                RectificationStatus s = rectifications.find(p.rectification()).map(r -> r.status(now, zone)).orElse(RectificationStatus.OPEN);
                if (s == RectificationStatus.DONE || s == RectificationStatus.VERIFIED) {
                    rectified++;
                }
            }
            out.add(new InspectionRecord(i.id(), i.unitId(), i.on(), i.kind().name(), i.problems().size(), rectified));
        }
        return List.copyOf(out);
    }

    /** The indicator of the unit's mean service-inspection score, in percent of the checklist maximum. */
    public static final IndicatorId SCORE_PERCENT = new IndicatorId("inspection.score-percent");
    /** The indicator of the problems the unit's service inspections found. */
    public static final IndicatorId PROBLEMS = new IndicatorId("inspection.problems");

    /**
     * The unit's service-inspection indicators on days {@code [from, to]}, for a scorecard beside
     * {@code FactIndicators}: {@link #SCORE_PERCENT} (the mean of the inspections' percentages, 2 decimals half up;
     * 0 when there was none) and {@link #PROBLEMS}, each with the inspection ids as evidence.
     */
    public IndicatorValues indicators(String unitId, LocalDate from, LocalDate to) {
        Objects.requireNonNull(unitId, "unitId");
        List<ServiceInspection> mine = between(from, to).stream().filter(i -> i.unitId().equals(unitId)).toList();
        List<String> ids = mine.stream().map(ServiceInspection::id).toList();
        BigDecimal mean = BigDecimal.ZERO;
        if (!mine.isEmpty()) {
            long scored = 0;
            BigDecimal sum = BigDecimal.ZERO;
            for (ServiceInspection i : mine) {
                if (i.maxScore() > 0) {
                    sum = sum.add(BigDecimal.valueOf(i.totalScore() * 100L).divide(BigDecimal.valueOf(i.maxScore()), 10,
                            RoundingMode.HALF_UP));
                    scored++;
                }
            }
            mean = scored == 0 ? BigDecimal.ZERO : sum.divide(BigDecimal.valueOf(scored), 2, RoundingMode.HALF_UP);
        }
        long problems = mine.stream().mapToLong(i -> i.problems().size()).sum();
        return IndicatorValues.empty().with(SCORE_PERCENT, mean, ids).with(PROBLEMS, BigDecimal.valueOf(problems),
                mine.stream().filter(i -> !i.problems().isEmpty()).map(ServiceInspection::id).toList());
    }

    private static ServiceInspectionRecord encode(ServiceInspection i) {
        return new ServiceInspectionRecord(i.id(), i.planId(), i.kind().name(), i.unitId(), i.on(), i.inspector(),
                i.checklistId(), i.checklistVersion(), i.scores(), i.problems().stream().map(p -> new InspectionProblemRecord(
                        p.aspect(), p.description(), p.fixedOnSpot(), p.rectification().value())).toList(), i.version());
    }

    private ServiceInspection decode(ServiceInspectionRecord r) {
        int max = Optional.ofNullable(checklists.get(r.checklistId())).map(Checklist::maxScore).orElse(0);
        return new ServiceInspection(r.id(), r.planId(), InspectionKind.valueOf(r.kind()), r.unitId(), r.on(), r.inspector(),
                r.checklistId(), r.checklistVersion(), max, r.scores(), r.problems().stream().map(p -> new InspectionProblem(
                        p.aspect(), p.description(), p.fixedOnSpot(), RectificationId.of(p.rectificationId()))).toList(),
                r.version());
    }

    private static void code(List<Violation> v, String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.isBlank() || !Redaction.isCode(value) || value.length() > 64) {
            v.add(Violation.of(field, "Code", field + " is a code of at most 64 letters, digits, '.', '_' or '-'"));
        }
    }

    private static void actor(List<Violation> v, String actor) {
        Objects.requireNonNull(actor, "actor");
        if (actor.isBlank()) {
            v.add(Violation.of("actor", "NotBlank", "the actor is required (real-name access)"));
        }
        StoredText.check(v, "actor", actor, AuditTrail.ACTOR_LENGTH, false);
    }

    private static void fail(List<Violation> v, String summary) {
        if (!v.isEmpty()) {
            throw new InvalidInspectionException(summary, v);
        }
    }
}
