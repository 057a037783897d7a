package io.consumerprotection.core.deadline;

import io.consumerprotection.core.complaint.Channel;
import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.complaint.ComplaintQuery;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.ComplaintStore;
import io.consumerprotection.spi.notification.Notification;
import io.consumerprotection.spi.notification.NotificationKind;
import io.consumerprotection.spi.notification.NotificationSender;
import io.consumerprotection.spi.notification.RecipientRole;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The overdue scan the host calls on its own schedule (no threads of our own): it streams complaints from
 * the {@link ComplaintStore}, evaluates them with the {@link DeadlineEngine}, and sends a
 * {@link NotificationKind#DEADLINE_WARNING} to the handler for each running milestone at risk or due today,
 * and a {@link NotificationKind#BREACH_ALERT} to the handler and the supervisor (and the regulator liaison
 * for regulator-transferred complaints) for each overdue one.
 *
 * <p>Notification ids are stable: {@code deadline/<complaint>/<milestone>/<due date>/<status>/<recipient>},
 * so a re-run on the same day, or a later run while the status and due date are unchanged, hands the sender
 * the same id, which the sender's contract delivers once. A complaint that cannot be evaluated (bad timeline,
 * date beyond calendar coverage) or whose notification fails is listed in the report and the scan goes on.
 */
public final class DeadlineScan {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineScan.class);
    private static final Set<String> REGULATOR_CHANNELS = Set.of(Channel.REGULATOR_TRANSFER.name(), Channel.PBOC_TRANSFER.name());

    private final DeadlineEngine engine;
    private final ComplaintStore store;
    private final NotificationSender sender;

    private DeadlineScan(DeadlineEngine engine, ComplaintStore store, NotificationSender sender) {
        this.engine = engine;
        this.store = store;
        this.sender = sender;
    }

    /** A scan over this store, sending through this sender. */
    public static DeadlineScan of(DeadlineEngine engine, ComplaintStore store, NotificationSender sender) {
        return new DeadlineScan(Objects.requireNonNull(engine, "engine"), Objects.requireNonNull(store, "store"),
                Objects.requireNonNull(sender, "sender"));
    }

    /**
     * Runs the scan once.
     *
     * @param query  which complaints (for example open ones received in the last year)
     * @param policy the policy to time them by (regulator transfers switch as the policy says)
     * @param now    the instant of the run
     */
    public ScanReport run(ComplaintQuery query, PolicyId policy, Instant now) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(now, "now");
        int complaints = 0;
        int warnings = 0;
        int breaches = 0;
        int sent = 0;
        List<String> failures = new ArrayList<>();
        try (Stream<ComplaintRecord> stream = store.stream(query)) {
            for (ComplaintRecord c : (Iterable<ComplaintRecord>) stream::iterator) {
                complaints++;
                try {
                    DeadlineEvaluation e = engine.evaluate(c, policy, now);
                    for (MilestoneEvaluation m : e.milestones()) {
                        List<RecipientRole> to;
                        NotificationKind kind;
                        if (m.status() == DeadlineStatus.AT_RISK || m.status() == DeadlineStatus.DUE_TODAY) {
                            warnings++;
                            kind = NotificationKind.DEADLINE_WARNING;
                            to = List.of(RecipientRole.HANDLER);
                        } else if (m.status() == DeadlineStatus.OVERDUE) {
                            breaches++;
                            kind = NotificationKind.BREACH_ALERT;
                            to = REGULATOR_CHANNELS.contains(c.channel())
                                    ? List.of(RecipientRole.HANDLER, RecipientRole.SUPERVISOR, RecipientRole.REGULATOR_LIAISON)
                                    : List.of(RecipientRole.HANDLER, RecipientRole.SUPERVISOR);
                        } else {
                            continue;
                        }
                        for (RecipientRole r : to) {
                            sender.send(notification(c, e, m, kind, r, now));
                            sent++;
                        }
                    }
                } catch (ConsumerProtectionException ex) {
                    LOG.warn("deadline scan skipped complaint {}: {}", c.id(), ex.code());
                    failures.add(c.id() + ": " + ex.code() + " " + ex.getMessage());
                }
            }
        }
        return new ScanReport(complaints, warnings, breaches, sent, failures);
    }

    /** The stable id of a deadline notification. */
    public static String notificationId(String complaintId, String milestone, LocalDate due, DeadlineStatus status,
                                        RecipientRole recipient) {
        return "deadline/" + complaintId + "/" + milestone + "/" + due + "/" + status + "/" + recipient;
    }

    private static Notification notification(ComplaintRecord c, DeadlineEvaluation e, MilestoneEvaluation m,
                                             NotificationKind kind, RecipientRole r, Instant now) {
        String text = m.milestone() + " due " + m.dueDate() + ": " + m.status() + " (policy " + e.policy() + " "
                + e.policyVersion() + ", calendar " + e.calendar() + " " + e.calendarVersion() + ")";
        return new Notification(notificationId(c.id(), m.milestone(), m.dueDate(), m.status(), r), kind, r, c.id(),
                c.channel(), Map.of(m.milestone(), m.dueDate()), now, text);
    }
}
