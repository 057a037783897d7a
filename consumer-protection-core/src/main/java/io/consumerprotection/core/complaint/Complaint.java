package io.consumerprotection.core.complaint;

import io.consumerprotection.spi.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A consumer complaint: who complains about what, through which channel, and everything that happened to
 * it since, as an append-only timeline. Immutable; {@link #apply} returns the next state or throws.
 *
 * <p>The lifecycle (NFRA Order 2020 No. 3, PBoC Order 2020 No. 5 and the 3-5-10 internal standard):
 * received → accepted or declined → assigned → investigating ⇄ paused → decided → closed, with extensions,
 * new facts, escalation, repeats merged, review of a branch's decision, satisfaction and withdrawal from
 * any open state. {@link #allowedActions()} lists what the current state allows.
 *
 * <p>{@link #toString()} never prints the narrative, the request or the complainant.
 *
 * @param id                  the complaint id
 * @param version             the stored version (0 before the first save)
 * @param channel             where it came in
 * @param channelReference    the channel's own reference, unique per channel
 * @param source              the source code (who brought it); by default the channel name
 * @param complainant         who complains
 * @param respondent          the unit or staff complained about; empty when not given
 * @param request             what the complainant asks for (诉求)
 * @param narrative           the facts and reasons, scrubbed
 * @param classification      code per classification dimension name
 * @param level               ordinary, complex or major
 * @param status              where it is in the lifecycle
 * @param receivedAt          when it was received
 * @param receivingUnit       the unit that received it
 * @param firstContactHandler the first-contact handler (首问负责人), accountable throughout
 * @param currentHandler      who handles it now; {@code null} before assignment
 * @param relatedComplaintId  the complaint this one was merged into; {@code null} when none
 * @param timeline            every event, oldest first
 * @param dueDates            the current due date per milestone name
 */
public record Complaint(
        ComplaintId id,
        long version,
        Channel channel,
        String channelReference,
        String source,
        Complainant complainant,
        String respondent,
        String request,
        String narrative,
        Map<String, String> classification,
        ComplaintLevel level,
        ComplaintStatus status,
        Instant receivedAt,
        String receivingUnit,
        String firstContactHandler,
        String currentHandler,
        ComplaintId relatedComplaintId,
        List<TimelineEvent> timeline,
        Map<String, LocalDate> dueDates) {

    /** The dimension names a complaint must have a code for before it is decided. */
    public static final Set<String> REQUIRED_DIMENSIONS = Set.of("BUSINESS", "CAUSE");

    /** The zone in which Chinese regulatory days are counted. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final Map<ComplaintStatus, Set<Class<? extends ComplaintAction>>> ALLOWED = allowedTable();

    public Complaint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(channelReference, "channelReference");
        Objects.requireNonNull(complainant, "complainant");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(firstContactHandler, "firstContactHandler");
        source = source == null ? channel.name() : source;
        respondent = respondent == null ? "" : respondent;
        request = request == null ? "" : request;
        narrative = narrative == null ? "" : narrative;
        receivingUnit = receivingUnit == null ? "" : receivingUnit;
        classification = classification == null ? Map.of() : Map.copyOf(classification);
        timeline = List.copyOf(Objects.requireNonNull(timeline, "timeline"));
        dueDates = dueDates == null ? Map.of() : Map.copyOf(dueDates);
        if (timeline.isEmpty() || timeline.get(0).type() != ComplaintEventType.RECEIVED) {
            throw new IllegalArgumentException("a complaint's timeline starts with a RECEIVED event");
        }
        for (int i = 0; i < timeline.size(); i++) {
            if (timeline.get(i).sequence() != i + 1) {
                throw new IllegalArgumentException("timeline event " + (i + 1) + " has sequence "
                        + timeline.get(i).sequence());
            }
        }
    }

    /**
     * A newly received complaint with its RECEIVED event; not yet stored (version 0).
     *
     * @param actor who registered it (usually the first-contact handler)
     */
    public static Complaint received(ComplaintId id, Intake intake, ComplaintLevel level, String actor) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put(EventDetail.LEVEL, level.name());
        if (intake.regulatorReceivedOn() != null) {
            details.put(EventDetail.REGULATOR_RECEIVED_ON, intake.regulatorReceivedOn().toString());
        }
        if (intake.regulatorFeedbackDue() != null) {
            details.put(EventDetail.REGULATOR_FEEDBACK_DUE, intake.regulatorFeedbackDue().toString());
        }
        TimelineEvent event = new TimelineEvent(1, ComplaintEventType.RECEIVED, intake.receivedAt(), actor, "", details);
        return new Complaint(id, 0, intake.channel(), intake.channelReference(), intake.source(),
                intake.complainant(), intake.respondent(), intake.request(), intake.narrative(),
                intake.classification(), level, ComplaintStatus.RECEIVED, intake.receivedAt(), intake.receivingUnit(),
                intake.firstContactHandler(), null, null, List.of(event), Map.of());
    }

    /** The actions the current state allows, by action type. */
    public Set<Class<? extends ComplaintAction>> allowedActions() {
        return ALLOWED.getOrDefault(status, Set.of());
    }

    /** Whether the current state allows this kind of action. */
    public boolean allows(ComplaintAction action) {
        // a handler's override of a suggestion is a classification
        return allowedActions().contains(action instanceof ComplaintAction.OverrideSuggestion
                ? ComplaintAction.Classify.class : action.getClass());
    }

    /** The handling tier reached through extensions: {@link HandlingTier#SIMPLE} until extended. */
    public HandlingTier tier() {
        HandlingTier tier = HandlingTier.SIMPLE;
        for (TimelineEvent e : timeline) {
            if (e.type() == ComplaintEventType.EXTENDED) {
                tier = HandlingTier.valueOf(e.details().get(EventDetail.TIER));
            }
        }
        return tier;
    }

    /** For a complaint a regulator forwarded: the day the regulator received it (art. 33), if recorded. */
    public Optional<LocalDate> findRegulatorReceivedOn() {
        return receiptDate(EventDetail.REGULATOR_RECEIVED_ON);
    }

    /** For a complaint a regulator forwarded: the day by which the regulator wants feedback, if it set one. */
    public Optional<LocalDate> findRegulatorFeedbackDue() {
        return receiptDate(EventDetail.REGULATOR_FEEDBACK_DUE);
    }

    private Optional<LocalDate> receiptDate(String key) {
        return timeline.get(0).findDetail(key).flatMap(text -> {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (java.time.format.DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    /** The last event of this type, if any. */
    public Optional<TimelineEvent> findLast(ComplaintEventType type) {
        for (int i = timeline.size() - 1; i >= 0; i--) {
            if (timeline.get(i).type() == type) {
                return Optional.of(timeline.get(i));
            }
        }
        return Optional.empty();
    }

    /** The last event on the timeline. */
    public TimelineEvent lastEvent() {
        return timeline.get(timeline.size() - 1);
    }

    /** The current handler, once assigned. */
    public Optional<String> findCurrentHandler() {
        return Optional.ofNullable(currentHandler);
    }

    /** The complaint this one was merged into, if merged. */
    public Optional<ComplaintId> findRelatedComplaintId() {
        return Optional.ofNullable(relatedComplaintId);
    }

    /** A copy with other due dates (the deadline engine's result); the timeline is unchanged. */
    public Complaint withDueDates(Map<String, LocalDate> newDueDates) {
        return new Complaint(id, version, channel, channelReference, source, complainant, respondent, request,
                narrative, classification, level, status, receivedAt, receivingUnit, firstContactHandler,
                currentHandler, relatedComplaintId, timeline, newDueDates);
    }

    /**
     * The complaint with a {@code NOTIFIED} event at the end of its timeline: a notification this change
     * requires was queued in the same transaction (a transactional outbox). The status does not change.
     *
     * @param notificationKind the notification kind name, for example {@code MAJOR_COMPLAINT_ALERT}
     * @param recipient        the recipient role name
     * @param at               when it was queued; not before the last event
     */
    public Complaint withNotificationQueued(String notificationKind, String recipient, Instant at) {
        Objects.requireNonNull(notificationKind, "notificationKind");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(at, "at");
        if (at.isBefore(lastEvent().at())) {
            throw new IllegalArgumentException("a notification cannot be queued before the last event of the timeline");
        }
        List<TimelineEvent> events = new ArrayList<>(timeline.size() + 1);
        events.addAll(timeline);
        events.add(new TimelineEvent(timeline.size() + 1, ComplaintEventType.NOTIFIED, at, "consumer-protection", "",
                Map.of(EventDetail.NOTIFICATION_KIND, notificationKind, EventDetail.RECIPIENT, recipient)));
        return new Complaint(id, version, channel, channelReference, source, complainant, respondent, request,
                narrative, classification, level, status, receivedAt, receivingUnit, firstContactHandler,
                currentHandler, relatedComplaintId, events, dueDates);
    }

    /** A copy with another stored version. */
    public Complaint withVersion(long newVersion) {
        return new Complaint(id, newVersion, channel, channelReference, source, complainant, respondent, request,
                narrative, classification, level, status, receivedAt, receivingUnit, firstContactHandler,
                currentHandler, relatedComplaintId, timeline, dueDates);
    }

    /**
     * The complaint after this action: one more event on the timeline, perhaps a new status.
     *
     * @param action what to do
     * @param actor  who does it (staff id)
     * @param at     when; not before the last event, nor after {@link ComplaintLimits#LATEST_INSTANT}
     * @throws IllegalTransitionException   when the current state does not allow the action
     * @throws ComplaintValidationException when the action's data breaks a rule (every violation listed), among
     *                                      them the limits of {@link ComplaintLimits}
     */
    public Complaint apply(ComplaintAction action, String actor, Instant at) {
        return apply(action, actor, at, ReviewWindow.bundled());
    }

    /**
     * The complaint after this action, a review request checked against this review window (the lifecycle
     * passes the one of its deadline policy and calendar).
     *
     * @param action       what to do
     * @param actor        who does it (staff id)
     * @param at           when; not before the last event
     * @param reviewWindow the period in which a review may be requested (art. 20)
     * @throws IllegalTransitionException   when the current state does not allow the action
     * @throws ComplaintValidationException when the action's data breaks a rule (every violation listed)
     * @throws io.consumerprotection.core.calendar.CalendarCoverageException when a review request needs calendar
     *                                      data the window's calendar does not have
     */
    public Complaint apply(ComplaintAction action, String actor, Instant at, ReviewWindow reviewWindow) {
        Objects.requireNonNull(reviewWindow, "reviewWindow");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        if (!allows(action)) {
            throw new IllegalTransitionException(id, status, action.getClass().getSimpleName());
        }
        List<Violation> violations = new ArrayList<>(ComplaintLimits.checkActor(actor));
        violations.addAll(ComplaintLimits.check(action));
        if (at.isBefore(lastEvent().at())) {
            violations.add(Violation.of("at", "TIMELINE_ORDER", "an event cannot precede the last event of the timeline"));
        } else if (at.isAfter(ComplaintLimits.LATEST_INSTANT)) {
            violations.add(Violation.of("at", "OUT_OF_RANGE", "an event's instant is at most " + ComplaintLimits.LATEST_INSTANT));
        }
        if (violations.stream().anyMatch(v -> v.field().equals("at"))) {
            // the checks below compute days from the instant
            throw new ComplaintValidationException("action " + action.getClass().getSimpleName() + " on complaint "
                    + id + " is invalid", violations);
        }
        Map<String, String> details = new LinkedHashMap<>();
        String reason = "";
        ComplaintStatus next = status;
        ComplaintLevel nextLevel = level;
        String handler = currentHandler;
        ComplaintId related = relatedComplaintId;
        Map<String, String> codes = classification;

        if (action instanceof ComplaintAction.Accept a) {
            next = ComplaintStatus.ACCEPTED;
        } else if (action instanceof ComplaintAction.Decline d) {
            requireText(violations, "explanation", d.explanation(), "the submitter must be told why");
            details.put(EventDetail.DECLINE_REASON, d.reason().name());
            reason = orEmpty(d.explanation());
            next = ComplaintStatus.DECLINED;
        } else if (action instanceof ComplaintAction.Assign a) {
            requireText(violations, "handler", a.handler(), "a handler is required");
            details.put(EventDetail.HANDLER, a.handler());
            handler = a.handler();
            next = ComplaintStatus.ASSIGNED;
        } else if (action instanceof ComplaintAction.HandOver h) {
            requireText(violations, "toHandler", h.toHandler(), "the new handler is required");
            requireText(violations, "reason", h.reason(), "every hand-over is recorded with its reason");
            if (h.toHandler().equals(currentHandler)) {
                violations.add(Violation.of("toHandler", "DIFFERENT_HANDLER", "the complaint is already with this handler"));
            }
            details.put(EventDetail.FROM_HANDLER, orEmpty(currentHandler));
            details.put(EventDetail.HANDLER, h.toHandler());
            reason = orEmpty(h.reason());
            handler = h.toHandler();
        } else if (action instanceof ComplaintAction.StartInvestigation s) {
            next = ComplaintStatus.INVESTIGATING;
        } else if (action instanceof ComplaintAction.RecordContact c) {
            details.put(EventDetail.NOTICE_METHOD, c.method().name());
        } else if (action instanceof ComplaintAction.ProposePlan p) {
            requireText(violations, "summary", p.summary(), "the plan must be stated");
            reason = orEmpty(p.summary());
        } else if (action instanceof ComplaintAction.Classify c) {
            c.codes().forEach((dimension, code) -> {
                if (dimension.isBlank() || code.isBlank()) {
                    violations.add(Violation.of("classification[" + dimension + "]", "NotBlank",
                            "dimension and code must not be blank"));
                }
            });
            Map<String, String> merged = new LinkedHashMap<>(classification);
            merged.putAll(c.codes());
            codes = merged;
            details.put(EventDetail.CLASSIFICATION, c.codes().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(",")));
        } else if (action instanceof ComplaintAction.OverrideSuggestion o) {
            if (o.codes().entrySet().stream().allMatch(e -> e.getValue().equals(o.suggested().get(e.getKey())))) {
                violations.add(Violation.of("codes", "SAME_AS_SUGGESTION",
                        "an override keeps at least one code other than the suggested one; use Classify"));
            }
            Map<String, String> merged = new LinkedHashMap<>(classification);
            merged.putAll(o.codes());
            codes = merged;
            details.put(EventDetail.CLASSIFICATION, pairs(o.codes()));
            details.put(EventDetail.SUGGESTED, pairs(o.suggested()));
            details.put(EventDetail.SUGGESTION_VERSION, o.suggestionVersion());
        } else if (action instanceof ComplaintAction.ChangeLevel l) {
            if (l.level() == level) {
                violations.add(Violation.of("level", "DIFFERENT_LEVEL", "the complaint already has level " + level));
            }
            requireText(violations, "reason", l.reason(), "a level change needs a reason");
            details.put(EventDetail.LEVEL, l.level().name());
            reason = orEmpty(l.reason());
            nextLevel = l.level();
        } else if (action instanceof ComplaintAction.Pause p) {
            if (p.notice() == null) {
                violations.add(Violation.of("notice", "NOTICE_REQUIRED",
                        "the complainant must be told of a pause (NFRA Order 2020 No. 3 arts 18, 23)"));
            } else {
                details.put(EventDetail.NOTICE_METHOD, p.notice().name());
            }
            details.put(EventDetail.PAUSE_REASON, p.reason().name());
            reason = orEmpty(p.explanation());
            next = ComplaintStatus.PAUSED;
        } else if (action instanceof ComplaintAction.Resume r) {
            next = ComplaintStatus.INVESTIGATING;
        } else if (action instanceof ComplaintAction.Extend x) {
            if (x.tier().compareTo(tier()) <= 0) {
                violations.add(Violation.of("tier", "EXTENSION_ORDER",
                        "the period is already " + tier() + "; an extension must go to a longer tier"));
            }
            if (x.tier() == HandlingTier.VERY_COMPLEX) {
                requireText(violations, "approver", x.approver(),
                        "an extension to 60 days needs the approval of the superior body or a head-office senior manager (NFRA Order 2020 No. 3 art. 18)");
                if (x.notice() == null) {
                    violations.add(Violation.of("notice", "NOTICE_REQUIRED",
                            "the complainant must be told of an extension to 60 days (NFRA Order 2020 No. 3 art. 18)"));
                }
            }
            requireText(violations, "reason", x.reason(), "an extension needs a reason");
            details.put(EventDetail.TIER, x.tier().name());
            if (x.approver() != null) {
                details.put(EventDetail.APPROVER, x.approver());
            }
            if (x.notice() != null) {
                details.put(EventDetail.NOTICE_METHOD, x.notice().name());
            }
            reason = orEmpty(x.reason());
        } else if (action instanceof ComplaintAction.NewFacts f) {
            requireText(violations, "summary", f.summary(), "the new facts must be summarised");
            reason = orEmpty(f.summary());
        } else if (action instanceof ComplaintAction.Escalate e) {
            requireText(violations, "unit", e.unit(), "the unit escalated to is required");
            details.put(EventDetail.UNIT, e.unit());
            reason = orEmpty(e.reason());
        } else if (action instanceof ComplaintAction.MergeInto m) {
            if (m.earlier().equals(id)) {
                violations.add(Violation.of("earlier", "DIFFERENT_COMPLAINT", "a complaint cannot be merged into itself"));
            }
            details.put(EventDetail.RELATED_COMPLAINT, m.earlier().value());
            related = m.earlier();
            next = ComplaintStatus.MERGED;
        } else if (action instanceof ComplaintAction.LinkRepeat l) {
            if (l.repeat().equals(id)) {
                violations.add(Violation.of("repeat", "DIFFERENT_COMPLAINT", "a complaint cannot repeat itself"));
            }
            details.put(EventDetail.RELATED_COMPLAINT, l.repeat().value());
        } else if (action instanceof ComplaintAction.Decide d) {
            checkDecision(violations, "decision", d.decision(), at);
            for (String dimension : REQUIRED_DIMENSIONS.stream().sorted().toList()) {
                if (!classification.containsKey(dimension)) {
                    violations.add(Violation.of("classification[" + dimension + "]", "CLASSIFICATION_REQUIRED",
                            "a complaint must be classified before it is decided"));
                }
            }
            putDecision(details, d.decision());
            next = ComplaintStatus.DECIDED;
        } else if (action instanceof ComplaintAction.RecordSatisfaction s) {
            details.put(EventDetail.SATISFACTION, s.satisfaction().name());
        } else if (action instanceof ComplaintAction.RequestReview r) {
            findLast(ComplaintEventType.DECIDED).ifPresent(decided -> {
                LocalDate received = noticeReceivedOn(decided);
                LocalDate last = reviewWindow.lastDay(received);
                LocalDate day = at.atZone(CHINA).toLocalDate();
                if (day.isAfter(last)) {
                    violations.add(Violation.of("at", "REVIEW_WINDOW",
                            "review must be requested within 30 days of receiving the decision (NFRA Order 2020 No. 3"
                                    + " art. 20; Civil Code arts 201-203): received " + received + ", the period ended on "
                                    + last + ", requested " + day));
                }
            });
            reason = orEmpty(r.reason());
            next = ComplaintStatus.REVIEW_REQUESTED;
        } else if (action instanceof ComplaintAction.DecideReview d) {
            checkDecision(violations, "decision", d.decision(), at);
            putDecision(details, d.decision());
            next = ComplaintStatus.REVIEWED;
        } else if (action instanceof ComplaintAction.ReportToRegulator f) {
            if (!channel.isRegulatorTransferred()) {
                violations.add(Violation.of("channel", "NOT_FORWARDED",
                        "feedback goes to the regulator that forwarded the complaint; " + channel + " is not a regulator's"));
            }
            requireText(violations, "summary", f.summary(), "the feedback states the outcome");
            reason = orEmpty(f.summary());
        } else if (action instanceof ComplaintAction.Withdraw w) {
            reason = orEmpty(w.reason());
            next = ComplaintStatus.WITHDRAWN;
        } else if (action instanceof ComplaintAction.Close c) {
            next = ComplaintStatus.CLOSED;
        }
        if (codes.size() > ComplaintLimits.CLASSIFICATION_CODES && !(action instanceof ComplaintAction.Classify c
                && c.codes().size() > ComplaintLimits.CLASSIFICATION_CODES)) {
            violations.add(Violation.of("classification", "MAX_ENTRIES", "the complaint would hold " + codes.size()
                    + " classification codes; at most " + ComplaintLimits.CLASSIFICATION_CODES + " are stored"));
        }
        Violation full = ComplaintLimits.timeline(timeline, actor, reason, details);
        if (full != null) {
            violations.add(full);
        }
        if (!violations.isEmpty()) {
            throw new ComplaintValidationException("action " + action.getClass().getSimpleName() + " on complaint "
                    + id + " is invalid", violations);
        }
        List<TimelineEvent> events = new ArrayList<>(timeline.size() + 1);
        events.addAll(timeline);
        events.add(new TimelineEvent(timeline.size() + 1, action.eventType(), at, actor, reason, details));
        return new Complaint(id, version, channel, channelReference, source, complainant, respondent, request,
                narrative, codes, nextLevel, next, receivedAt, receivingUnit, firstContactHandler, handler, related,
                events, dueDates);
    }

    /** The day the complainant received the decision of this event: as recorded, else the day of the decision. */
    private static LocalDate noticeReceivedOn(TimelineEvent decided) {
        LocalDate decidedOn = decided.at().atZone(CHINA).toLocalDate();
        return decided.findDetail(EventDetail.NOTICE_RECEIVED_ON).map(text -> {
            try {
                LocalDate d = LocalDate.parse(text);
                return d.isBefore(decidedOn) ? decidedOn : d;
            } catch (java.time.format.DateTimeParseException e) {
                return decidedOn;
            }
        }).orElse(decidedOn);
    }

    private static void checkDecision(List<Violation> violations, String path, Decision d, Instant at) {
        LocalDate day = at.atZone(CHINA).toLocalDate();
        if (d.noticeReceivedOn() != null && d.noticeReceivedOn().isBefore(day)) {
            violations.add(Violation.of(path + ".noticeReceivedOn", "NOTICE_BEFORE_DECISION",
                    "the complainant cannot receive the decision before the day it is made"));
        } else if (d.noticeReceivedOn() != null && d.noticeReceivedOn().isAfter(day.plusDays(ComplaintLimits.NOTICE_DELAY_DAYS))) {
            violations.add(Violation.of(path + ".noticeReceivedOn", "OUT_OF_RANGE", "the notice of a decision made on "
                    + day + " is received within " + ComplaintLimits.NOTICE_DELAY_DAYS + " days"));
        }
        if (d.outcome() == null) {
            violations.add(Violation.of(path + ".outcome", "NotNull", "the outcome is required"));
        }
        requireText(violations, path + ".findings", d.findings(), "the notice states the facts found (art. 19)");
        requireText(violations, path + ".grounds", d.grounds(), "the notice states the grounds (art. 19)");
        if (d.remedies().isEmpty()) {
            violations.add(Violation.of(path + ".remedies", "REMEDIES_REQUIRED",
                    "the notice states the remedies: review, mediation, arbitration, litigation (art. 19)"));
        }
        if (d.noticeMethod() == null) {
            violations.add(Violation.of(path + ".noticeMethod", "NotNull", "how the complainant was told is required (art. 21)"));
        }
        requireText(violations, path + ".noticeProof", d.noticeProof(), "proof of notice is kept (art. 21)");
    }

    private static void putDecision(Map<String, String> details, Decision d) {
        if (d.outcome() != null) {
            details.put(EventDetail.OUTCOME, d.outcome().name());
        }
        details.put(EventDetail.FINDINGS, d.findings());
        details.put(EventDetail.GROUNDS, d.grounds());
        details.put(EventDetail.REMEDIES, d.remedies().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
        if (d.noticeMethod() != null) {
            details.put(EventDetail.NOTICE_METHOD, d.noticeMethod().name());
        }
        details.put(EventDetail.NOTICE_PROOF, d.noticeProof());
        if (d.noticeReceivedOn() != null) {
            details.put(EventDetail.NOTICE_RECEIVED_ON, d.noticeReceivedOn().toString());
        }
    }

    private static void requireText(List<Violation> violations, String field, String value, String message) {
        if (value == null || value.isBlank()) {
            violations.add(Violation.of(field, "NotBlank", message));
        }
    }

    private static String pairs(Map<String, String> codes) {
        return codes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static Map<ComplaintStatus, Set<Class<? extends ComplaintAction>>> allowedTable() {
        Map<ComplaintStatus, Set<Class<? extends ComplaintAction>>> t = new EnumMap<>(ComplaintStatus.class);
        t.put(ComplaintStatus.RECEIVED, Set.of(ComplaintAction.Accept.class, ComplaintAction.Decline.class,
                ComplaintAction.Classify.class, ComplaintAction.ChangeLevel.class, ComplaintAction.Withdraw.class,
                ComplaintAction.MergeInto.class, ComplaintAction.LinkRepeat.class));
        t.put(ComplaintStatus.ACCEPTED, Set.of(ComplaintAction.Assign.class, ComplaintAction.Classify.class,
                ComplaintAction.ChangeLevel.class, ComplaintAction.RecordContact.class, ComplaintAction.Extend.class,
                ComplaintAction.NewFacts.class, ComplaintAction.Escalate.class, ComplaintAction.Withdraw.class,
                ComplaintAction.MergeInto.class, ComplaintAction.LinkRepeat.class));
        Set<Class<? extends ComplaintAction>> handling = Set.of(ComplaintAction.HandOver.class,
                ComplaintAction.RecordContact.class, ComplaintAction.ProposePlan.class, ComplaintAction.Classify.class,
                ComplaintAction.ChangeLevel.class, ComplaintAction.Extend.class, ComplaintAction.NewFacts.class,
                ComplaintAction.Escalate.class, ComplaintAction.MergeInto.class, ComplaintAction.LinkRepeat.class,
                ComplaintAction.Decide.class, ComplaintAction.Withdraw.class);
        Set<Class<? extends ComplaintAction>> assigned = new java.util.HashSet<>(handling);
        assigned.add(ComplaintAction.StartInvestigation.class);
        t.put(ComplaintStatus.ASSIGNED, Set.copyOf(assigned));
        Set<Class<? extends ComplaintAction>> investigating = new java.util.HashSet<>(handling);
        investigating.add(ComplaintAction.Pause.class);
        t.put(ComplaintStatus.INVESTIGATING, Set.copyOf(investigating));
        t.put(ComplaintStatus.PAUSED, Set.of(ComplaintAction.Resume.class, ComplaintAction.HandOver.class,
                ComplaintAction.Classify.class, ComplaintAction.LinkRepeat.class, ComplaintAction.Withdraw.class));
        t.put(ComplaintStatus.DECIDED, Set.of(ComplaintAction.RecordSatisfaction.class,
                ComplaintAction.RequestReview.class, ComplaintAction.ReportToRegulator.class, ComplaintAction.Close.class));
        t.put(ComplaintStatus.REVIEW_REQUESTED, Set.of(ComplaintAction.DecideReview.class,
                ComplaintAction.HandOver.class, ComplaintAction.Withdraw.class));
        t.put(ComplaintStatus.REVIEWED, Set.of(ComplaintAction.RecordSatisfaction.class,
                ComplaintAction.ReportToRegulator.class, ComplaintAction.Close.class));
        for (ComplaintStatus s : EnumSet.allOf(ComplaintStatus.class)) {
            t.putIfAbsent(s, Set.of());
        }
        return Map.copyOf(t);
    }

    @Override
    public String toString() {
        return "Complaint[id=" + id + ", version=" + version + ", channel=" + channel + ", status=" + status
                + ", level=" + level + ", tier=" + tier() + ", receivedAt=" + receivedAt + ", events="
                + timeline.size() + "]";
    }
}
