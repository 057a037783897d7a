package io.consumerprotection.core.internal;

import io.consumerprotection.core.classification.ClassificationValidator;
import io.consumerprotection.core.complaint.Channel;
import io.consumerprotection.core.complaint.Complaint;
import io.consumerprotection.core.complaint.ComplaintAction;
import io.consumerprotection.core.complaint.ComplaintEventType;
import io.consumerprotection.core.complaint.ComplaintId;
import io.consumerprotection.core.complaint.ComplaintLimits;
import io.consumerprotection.core.complaint.ComplaintLevel;
import io.consumerprotection.core.complaint.ComplaintNotFoundException;
import io.consumerprotection.core.complaint.ComplaintValidationException;
import io.consumerprotection.core.complaint.Complaints;
import io.consumerprotection.core.complaint.Decision;
import io.consumerprotection.core.complaint.EventDetail;
import io.consumerprotection.core.complaint.Intake;
import io.consumerprotection.core.complaint.IntakeChecks;
import io.consumerprotection.core.complaint.IntakeResult;
import io.consumerprotection.core.complaint.NotificationFailedException;
import io.consumerprotection.core.complaint.ReviewWindow;
import io.consumerprotection.core.complaint.TimelineEvent;
import io.consumerprotection.core.privacy.AuditTrail;
import io.consumerprotection.spi.Violation;
import io.consumerprotection.spi.audit.AuditRecord;
import io.consumerprotection.spi.complaint.AtomicAuditedComplaintStore;
import io.consumerprotection.spi.complaint.AtomicComplaintStore;
import io.consumerprotection.spi.complaint.AuditedComplaintStore;
import io.consumerprotection.spi.complaint.AuditedSave;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.ComplaintSave;
import io.consumerprotection.spi.complaint.ComplaintStore;
import io.consumerprotection.spi.complaint.DuplicateChannelReferenceException;
import io.consumerprotection.spi.complaint.OutboxComplaintStore;
import io.consumerprotection.spi.complaint.VersionConflictException;
import io.consumerprotection.spi.notification.Notification;
import io.consumerprotection.spi.notification.NotificationKind;
import io.consumerprotection.spi.notification.NotificationSender;
import io.consumerprotection.spi.notification.RecipientRole;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** {@link Complaints} over the host's {@link ComplaintStore}, {@link NotificationSender} and audit trail. */
public final class StoredComplaints implements Complaints {

    private static final Logger LOG = LoggerFactory.getLogger(StoredComplaints.class);
    private static final ComplaintMapper MAPPER = ComplaintMapper.INSTANCE;
    /** The milestone an extension lengthens. */
    private static final String DECISION = "DECISION";

    private final ComplaintStore store;
    private final NotificationSender sender;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final Supplier<ComplaintId> ids;
    private final UnaryOperator<String> textScrubber;
    private final Function<Complaint, Map<String, LocalDate>> dueDates;
    private final Validator validator;
    private final ClassificationValidator classifications;
    private final ReviewWindow reviewWindow;

    /**
     * @param textScrubber removes personal data a narrative must not keep, before anything is stored; applied to
     *                     every free-text field of an intake and of an action, and to a decision's proof of notice
     * @param dueDates     the current due dates of a complaint (the deadline engine)
     * @param validator    a Jakarta validator for the intake's annotations; {@code null} when the host has none
     * @param reviewWindow the period in which a review may be requested (art. 20), on the lifecycle's calendar
     */
    public StoredComplaints(ComplaintStore store, NotificationSender sender, AuditTrail auditTrail, Clock clock,
                            Supplier<ComplaintId> ids, UnaryOperator<String> textScrubber,
                            Function<Complaint, Map<String, LocalDate>> dueDates, Validator validator,
                            ClassificationValidator classifications, ReviewWindow reviewWindow) {
        this.store = Objects.requireNonNull(store, "store");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.textScrubber = Objects.requireNonNull(textScrubber, "textScrubber");
        this.dueDates = Objects.requireNonNull(dueDates, "dueDates");
        this.validator = validator;
        this.classifications = Objects.requireNonNull(classifications, "classifications");
        this.reviewWindow = Objects.requireNonNull(reviewWindow, "reviewWindow");
    }

    @Override
    public IntakeResult intake(Intake intake, String actor) {
        Objects.requireNonNull(intake, "intake");
        Objects.requireNonNull(actor, "actor");
        intake = intake.withClassification(
                ClassificationDefaults.complete(intake.classification(), intake.channel(), intake.initialLevel()));
        List<Violation> violations = new ArrayList<>(IntakeChecks.check(intake, clock.instant()));
        if (intake.receivedAt() != null && violations.stream().noneMatch(v -> v.field().equals("receivedAt"))) {
            // the scheme in force on the day of receipt; its "receivedOn" is the intake's receivedAt
            for (Violation v : classifications.violations(intake.classification(),
                    intake.receivedAt().atZone(Complaint.CHINA).toLocalDate(), false)) {
                violations.add(v.field().equals("receivedOn") ? Violation.of("receivedAt", v.rule(), v.message()) : v);
            }
        }
        if (validator != null) {
            for (ConstraintViolation<Intake> cv : validator.validate(intake)) {
                String annotation = cv.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
                if (annotation.equals("Size")) {
                    // @Size counts UTF-16 units; the SDK's own checks count code points (ComplaintLimits)
                    continue;
                }
                Violation v = Violation.of(cv.getPropertyPath().toString(), annotation, cv.getMessage());
                if (violations.stream().noneMatch(x -> x.field().equals(v.field()))) {
                    violations.add(v);
                }
            }
        }
        violations.addAll(ComplaintLimits.checkActor(actor));
        if (!violations.isEmpty()) {
            violations.sort(Comparator.comparing(Violation::field));
            throw new ComplaintValidationException("complaint from " + intake.channel() + " is invalid; nothing was stored",
                    violations);
        }
        Optional<Complaint> existing = findByChannelReference(intake.channel(), intake.channelReference());
        if (existing.isPresent()) {
            return new IntakeResult(existing.get(), false);
        }
        Intake clean = intake.withNarrative(scrub(intake.narrative())).withRequest(scrub(intake.request()))
                .withRespondent(scrub(intake.respondent()));
        // a mask can be longer than what it replaces: the stored texts are within the limits too
        List<Violation> scrubbed = IntakeChecks.check(clean, clock.instant());
        if (!scrubbed.isEmpty()) {
            throw new ComplaintValidationException("complaint from " + intake.channel()
                    + " is invalid once personal data is masked; nothing was stored", scrubbed);
        }
        Complaint received = Complaint.received(ids.get(), clean, intake.initialLevel(), actor);
        received = received.withDueDates(dueDates.apply(received));
        Complaint saved;
        try {
            saved = save(received, 0);
        } catch (DuplicateChannelReferenceException race) {
            // a concurrent retry registered it first: idempotent intake returns that one
            return new IntakeResult(findByChannelReference(intake.channel(), intake.channelReference())
                    .orElseThrow(() -> race), false);
        }
        return new IntakeResult(saved, true);
    }

    @Override
    public Complaint get(ComplaintId id) {
        return find(id).orElseThrow(() -> new ComplaintNotFoundException(id));
    }

    @Override
    public Optional<Complaint> find(ComplaintId id) {
        Objects.requireNonNull(id, "id");
        return store.findById(id.value()).map(ComplaintDecoder::decode);
    }

    @Override
    public Optional<Complaint> findByChannelReference(Channel channel, String channelReference) {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(channelReference, "channelReference");
        return store.findByChannelReference(channel.name(), channelReference).map(ComplaintDecoder::decode);
    }

    @Override
    public Complaint act(ComplaintId id, long expectedVersion, ComplaintAction action, String actor) {
        Complaint current = get(id);
        if (current.version() != expectedVersion) {
            throw new VersionConflictException(id.value(), expectedVersion, current.version());
        }
        return apply(current, action, actor);
    }

    @Override
    public Complaint act(ComplaintId id, ComplaintAction action, String actor) {
        return apply(get(id), action, actor);
    }

    @Override
    public Complaint act(Complaint current, ComplaintAction action, String actor) {
        Objects.requireNonNull(current, "current");
        return apply(current, action, actor);
    }

    @Override
    public Complaint merge(ComplaintId repeat, ComplaintId earlier, String actor) {
        Complaint target = get(earlier);
        Complaint source = get(repeat);
        // check both before writing either, so an invalid merge changes nothing
        source.apply(new ComplaintAction.MergeInto(earlier), actor, clock.instant());
        target.apply(new ComplaintAction.LinkRepeat(repeat), actor, clock.instant());
        if (store instanceof AtomicAuditedComplaintStore audited) {
            // one transaction of the store: both versions and both audit records, or nothing
            Complaint linked = next(target, new ComplaintAction.LinkRepeat(repeat), actor);
            Complaint merged = next(source, new ComplaintAction.MergeInto(earlier), actor);
            return saveTogetherAudited(audited, linked, target.version(), merged, source.version());
        }
        if (store instanceof AtomicComplaintStore atomic && !(store instanceof OutboxComplaintStore)) {
            // one atomic save: a failure of either half (a concurrent change, the store) writes neither
            Complaint linked = next(target, new ComplaintAction.LinkRepeat(repeat), actor);
            Complaint merged = next(source, new ComplaintAction.MergeInto(earlier), actor);
            return saveTogether(atomic, linked, target.version(), merged, source.version());
        }
        apply(target, new ComplaintAction.LinkRepeat(repeat), actor);
        return apply(source, new ComplaintAction.MergeInto(earlier), actor);
    }

    private Complaint apply(Complaint current, ComplaintAction action, String actor) {
        return save(next(current, action, actor), current.version());
    }

    /** The complaint after the action, checked and with its due dates, not yet saved. */
    private Complaint next(Complaint current, ComplaintAction action, String actor) {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
        // the texts as given, before the scrubber reads them (Complaint.apply checks them again, scrubbed)
        List<Violation> limits = new ArrayList<>(ComplaintLimits.checkActor(actor));
        limits.addAll(ComplaintLimits.check(action));
        if (!limits.isEmpty()) {
            throw new ComplaintValidationException("action " + action.getClass().getSimpleName() + " on complaint "
                    + current.id() + " is invalid; nothing was stored", limits);
        }
        Instant now = clock.instant();
        Instant at = now.isBefore(current.lastEvent().at()) ? current.lastEvent().at() : now;
        Violation lateExtension = action instanceof ComplaintAction.Extend ? lateExtension(current, at) : null;
        Complaint next;
        try {
            next = current.apply(scrubbed(action), actor, at, reviewWindow);
        } catch (ComplaintValidationException invalid) {
            if (lateExtension == null) {
                throw invalid;
            }
            List<Violation> all = new ArrayList<>(invalid.violations());
            all.add(0, lateExtension);
            throw new ComplaintValidationException("action Extend on complaint " + current.id() + " is invalid", all);
        }
        if (lateExtension != null) {
            throw new ComplaintValidationException("action Extend on complaint " + current.id() + " is invalid",
                    List.of(lateExtension));
        }
        if (action instanceof ComplaintAction.Classify || action instanceof ComplaintAction.OverrideSuggestion
                || action instanceof ComplaintAction.Decide) {
            // a decided complaint is fully classified under the scheme in force on its received date
            List<Violation> invalid = classifications.violations(next.classification(),
                    next.receivedAt().atZone(Complaint.CHINA).toLocalDate(), action instanceof ComplaintAction.Decide);
            if (!invalid.isEmpty()) {
                throw new ComplaintValidationException("classification of complaint " + current.id()
                        + " is invalid; nothing was stored", invalid);
            }
        }
        return next.withDueDates(dueDates.apply(next));
    }

    /**
     * The violation of an extension recorded after the decision's due date in force (NFRA Order 2020 No. 3
     * art. 18: an extension lengthens a period still running, it cannot revive one that has ended), or
     * {@code null} when the period is still running or has no due date.
     */
    private Violation lateExtension(Complaint current, Instant at) {
        LocalDate due = dueDates.apply(current).get(DECISION);
        LocalDate day = at.atZone(Complaint.CHINA).toLocalDate();
        if (due == null || !day.isAfter(due)) {
            return null;
        }
        return Violation.of("at", "EXTENSION_AFTER_DUE_DATE", "the period to decide ended on " + due
                + "; an extension recorded on " + day + " cannot lengthen it (NFRA Order 2020 No. 3 art. 18)");
    }

    /**
     * Saves a complaint change, appends it to the audit trail and sends the notifications it requires. With an
     * {@link AuditedComplaintStore} the version, its notifications and its audit record are one transaction of
     * the store; with an {@link OutboxComplaintStore} the version and its notifications are, and the record is
     * appended after the commit; with a plain store the notifications are sent after both.
     */
    private Complaint save(Complaint next, long expectedVersion) {
        try (MDC.MDCCloseable ignored = MDC.putCloseable("complaintId", next.id().value())) {
            TimelineEvent event = next.lastEvent();
            List<Notification> notifications = notificationsFor(next, event);
            Complaint saved;
            if (store instanceof OutboxComplaintStore outbox) {
                ComplaintRecord record = recordWithNotices(next, event, notifications);
                if (store instanceof AuditedComplaintStore audited) {
                    ComplaintRecord stored = record.withVersion(expectedVersion + 1);
                    saved = ComplaintDecoder.decode(audited.saveAudited(record, expectedVersion, notifications,
                            auditRecord(stored, event), auditTrail.link()));
                } else {
                    saved = ComplaintDecoder.decode(outbox.saveWithNotifications(record, expectedVersion, notifications));
                    auditTrail.append(auditRecord(record.withVersion(expectedVersion + 1), event));
                }
            } else {
                ComplaintRecord stored = store.save(MAPPER.toRecord(next), expectedVersion);
                saved = ComplaintDecoder.decode(stored);
                auditTrail.append(auditRecord(stored, event));
            }
            LOG.debug("complaint {} by {}: now {} (version {})", event.type(), event.actor(), saved.status(),
                    saved.version());
            if (!(store instanceof OutboxComplaintStore)) {
                for (Notification n : notifications) {
                    send(saved, n);
                }
            }
            return saved;
        }
    }

    /**
     * Saves two complaint changes in one atomic unit of the store, then appends their audit records and sends
     * their notifications, as {@link #save} does for one change on a plain store.
     *
     * @return the second complaint, saved
     */
    private Complaint saveTogether(AtomicComplaintStore atomic, Complaint first, long firstVersion, Complaint second,
                                   long secondVersion) {
        List<ComplaintRecord> stored = atomic.saveAll(List.of(new ComplaintSave(MAPPER.toRecord(first), firstVersion),
                new ComplaintSave(MAPPER.toRecord(second), secondVersion)));
        List<Complaint> saved = new ArrayList<>(2);
        for (ComplaintRecord record : stored) {
            Complaint c = ComplaintDecoder.decode(record);
            try (MDC.MDCCloseable ignored = MDC.putCloseable("complaintId", c.id().value())) {
                auditTrail.append(auditRecord(record, c.lastEvent()));
                LOG.debug("complaint {} by {}: now {} (version {})", c.lastEvent().type(), c.lastEvent().actor(),
                        c.status(), c.version());
            }
            saved.add(c);
        }
        for (Complaint c : saved) {
            for (Notification n : notificationsFor(c, c.lastEvent())) {
                send(c, n);
            }
        }
        return saved.get(1);
    }

    /**
     * Saves two complaint changes, their notifications and their audit records in one transaction of the store, as
     * {@link #save} does for one change on an {@link AuditedComplaintStore}.
     *
     * @return the second complaint, saved
     */
    private Complaint saveTogetherAudited(AtomicAuditedComplaintStore audited, Complaint first, long firstVersion,
                                          Complaint second, long secondVersion) {
        List<AuditedSave> saves = List.of(auditedSave(first, firstVersion), auditedSave(second, secondVersion));
        List<ComplaintRecord> stored = audited.saveAllAudited(saves, auditTrail.link());
        Complaint last = null;
        for (ComplaintRecord record : stored) {
            last = ComplaintDecoder.decode(record);
            try (MDC.MDCCloseable ignored = MDC.putCloseable("complaintId", last.id().value())) {
                LOG.debug("complaint {} by {}: now {} (version {})", last.lastEvent().type(), last.lastEvent().actor(),
                        last.status(), last.version());
            }
        }
        return last;
    }

    /** One change as an audited store takes it: the record with its notifications queued, and its audit record. */
    private AuditedSave auditedSave(Complaint next, long expectedVersion) {
        TimelineEvent event = next.lastEvent();
        List<Notification> notifications = notificationsFor(next, event);
        ComplaintRecord record = recordWithNotices(next, event, notifications);
        return new AuditedSave(record, expectedVersion, notifications,
                auditRecord(record.withVersion(expectedVersion + 1), event));
    }

    /** The record of a change whose notifications are queued in the same transaction: the timeline says so. */
    private static ComplaintRecord recordWithNotices(Complaint next, TimelineEvent event,
                                                     List<Notification> notifications) {
        Complaint withNotices = next;
        for (Notification n : notifications) {
            withNotices = withNotices.withNotificationQueued(n.kind().name(), n.recipient().name(), event.at());
        }
        return MAPPER.toRecord(withNotices);
    }

    /**
     * The action with every free-text field scrubbed the way the intake scrubs narratives: reasons, explanations,
     * summaries, a decision's findings and grounds, and its proof of notice (an SMS id or a post receipt may
     * carry the complainant's mobile or ID number). Staff, unit and complaint ids and codes are kept as given:
     * they are compared and looked up, and are not free text.
     */
    private ComplaintAction scrubbed(ComplaintAction action) {
        if (action instanceof ComplaintAction.Decline d) {
            return new ComplaintAction.Decline(d.reason(), scrub(d.explanation()));
        }
        if (action instanceof ComplaintAction.HandOver h) {
            return new ComplaintAction.HandOver(h.toHandler(), scrub(h.reason()));
        }
        if (action instanceof ComplaintAction.ProposePlan p) {
            return new ComplaintAction.ProposePlan(scrub(p.summary()));
        }
        if (action instanceof ComplaintAction.ChangeLevel l) {
            return new ComplaintAction.ChangeLevel(l.level(), scrub(l.reason()));
        }
        if (action instanceof ComplaintAction.Pause p) {
            return new ComplaintAction.Pause(p.reason(), p.notice(), scrub(p.explanation()));
        }
        if (action instanceof ComplaintAction.Extend x) {
            return new ComplaintAction.Extend(x.tier(), x.approver(), x.notice(), scrub(x.reason()));
        }
        if (action instanceof ComplaintAction.NewFacts f) {
            return new ComplaintAction.NewFacts(scrub(f.summary()));
        }
        if (action instanceof ComplaintAction.Escalate e) {
            return new ComplaintAction.Escalate(e.unit(), scrub(e.reason()));
        }
        if (action instanceof ComplaintAction.Decide d) {
            return new ComplaintAction.Decide(scrubbed(d.decision()));
        }
        if (action instanceof ComplaintAction.RequestReview r) {
            return new ComplaintAction.RequestReview(scrub(r.reason()));
        }
        if (action instanceof ComplaintAction.DecideReview d) {
            return new ComplaintAction.DecideReview(scrubbed(d.decision()));
        }
        if (action instanceof ComplaintAction.Withdraw w) {
            return new ComplaintAction.Withdraw(scrub(w.reason()));
        }
        if (action instanceof ComplaintAction.ReportToRegulator f) {
            return new ComplaintAction.ReportToRegulator(scrub(f.summary()));
        }
        // Accept, Assign, StartInvestigation, RecordContact, Classify, Resume, MergeInto, LinkRepeat,
        // RecordSatisfaction and Close carry no free text
        return action;
    }

    private Decision scrubbed(Decision d) {
        return new Decision(d.outcome(), scrub(d.findings()), scrub(d.grounds()), d.remedies(), d.noticeMethod(),
                scrub(d.noticeProof()), d.noticeReceivedOn());
    }

    /** The scrubbed text; {@code null} and blank texts as they are (the lifecycle reports them missing). */
    private String scrub(String text) {
        return text == null || text.isBlank() ? text : textScrubber.apply(text);
    }

    private List<Notification> notificationsFor(Complaint c, TimelineEvent event) {
        List<Notification> out = new ArrayList<>(2);
        switch (event.type()) {
            case ACCEPTED, DECLINED -> out.add(notification(c, NotificationKind.ACKNOWLEDGEMENT, RecipientRole.CUSTOMER));
            case PAUSED -> out.add(notification(c, NotificationKind.PAUSE_NOTICE, RecipientRole.CUSTOMER));
            case EXTENDED -> out.add(notification(c, NotificationKind.EXTENSION_NOTICE, RecipientRole.CUSTOMER));
            case DECIDED, REVIEWED -> out.add(notification(c, NotificationKind.DECISION_NOTICE, RecipientRole.CUSTOMER));
            case RECEIVED, LEVEL_CHANGED -> {
                if (c.level() == ComplaintLevel.MAJOR) {
                    out.add(notification(c, NotificationKind.MAJOR_COMPLAINT_ALERT, RecipientRole.SUPERVISOR));
                    out.add(notification(c, NotificationKind.MAJOR_COMPLAINT_ALERT, RecipientRole.REGULATOR_LIAISON));
                }
            }
            default -> {
                // no notification required
            }
        }
        return out;
    }

    private Notification notification(Complaint c, NotificationKind kind, RecipientRole recipient) {
        TimelineEvent event = c.lastEvent();
        return new Notification(c.id().value() + ":" + event.sequence() + ":" + kind + ":" + recipient,
                kind, recipient, c.id().value(), c.channel().name(), c.dueDates(), clock.instant(),
                kind + " for complaint " + c.id() + " (" + event.type() + ")");
    }

    private void send(Complaint saved, Notification n) {
        try {
            sender.send(n);
        } catch (RuntimeException e) {
            LOG.warn("notification {} for complaint event {} was not delivered", n.id(), saved.lastEvent().type());
            throw new NotificationFailedException(saved, n, e);
        }
    }

    /** The audit record of a complaint change: the version stored and the hash of its content. */
    private static AuditRecord auditRecord(ComplaintRecord stored, TimelineEvent event) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put(AuditTrail.VERSION, Long.toString(stored.version()));
        details.put("status", stored.status());
        event.findDetail(EventDetail.TIER).ifPresent(t -> details.put(EventDetail.TIER, t));
        details.put(AuditTrail.COMPLAINT_HASH, AuditTrail.complaintHash(stored));
        return new AuditRecord(stored.id() + ":" + event.sequence(), event.at(), event.actor(),
                "COMPLAINT_" + event.type().name(), "COMPLAINT", stored.id(),
                event.type() == ComplaintEventType.RECEIVED ? "intake" : "complaint handling", "SUCCEEDED",
                details, null, null);
    }
}
