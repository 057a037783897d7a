package io.consumerprotection.core.privacy;

import io.consumerprotection.core.internal.text.StoredText;
import io.consumerprotection.spi.Violation;
import io.consumerprotection.spi.internal.Redaction;
import io.consumerprotection.spi.privacy.IncidentStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The register of personal-data incidents over the host's {@link IncidentStore}: records an incident, its
 * containment, the consumers' notification, the report to the regulator, its cause, its rectification item and
 * its closing; every step is saved (optimistically, {@code StaleWriteException} when another writer came first)
 * and then appended to the {@link AuditTrail} (action {@code INCIDENT_…}, subject {@code DATA_INCIDENT}, purpose
 * the article). Bad input throws one {@link InvalidIncidentException} listing every violation; nothing is
 * written. The clock is {@link #clock()}. Thread-safe.
 */
public final class IncidentRegister {

    /** The subject type of the audit records. */
    public static final String SUBJECT_TYPE = "DATA_INCIDENT";
    /** The purpose of the audit records. */
    public static final String PURPOSE = "PBoC Order 2020 No. 5 art. 34";
    /** The most code points of a cause. */
    public static final int CAUSE_LENGTH = 2_000;
    /** The most code points of a unit id, group, reference or rectification id. */
    public static final int CODE_LENGTH = 64;

    private final IncidentStore store;
    private final AuditTrail trail;
    private final Clock clock;
    private final IncidentClock incidentClock;

    private IncidentRegister(IncidentStore store, AuditTrail trail, Clock clock, IncidentPolicy policy) {
        this.store = store;
        this.trail = trail;
        this.clock = clock;
        this.incidentClock = IncidentClock.of(policy);
    }

    /** A register over {@code store}, auditing to {@code trail}, with the bundled policy. */
    public static IncidentRegister of(IncidentStore store, AuditTrail trail, Clock clock) {
        return of(store, trail, clock, IncidentPolicy.bundled());
    }

    /** A register over {@code store}, auditing to {@code trail}, with {@code policy}. */
    public static IncidentRegister of(IncidentStore store, AuditTrail trail, Clock clock, IncidentPolicy policy) {
        return new IncidentRegister(Objects.requireNonNull(store, "store"), Objects.requireNonNull(trail, "trail"),
                Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(policy, "policy"));
    }

    /** The incident clock under this register's policy. */
    public IncidentClock clock() {
        return incidentClock;
    }

    /** Records a newly discovered incident. */
    public DataIncident record(IncidentReport report) {
        Objects.requireNonNull(report, "report");
        List<Violation> v = new ArrayList<>();
        actor(v, report.actor());
        code(v, "unitId", report.unitId());
        code(v, "affected.group", report.affected().group());
        if (report.affected().count() < 1) {
            v.add(Violation.of("affected.count", "Min", "at least one consumer is affected"));
        }
        if (report.dataKinds().isEmpty()) {
            v.add(Violation.of("dataKinds", "NotEmpty", "name at least one kind of data concerned"));
        }
        StoredText.check(v, "cause", report.cause(), CAUSE_LENGTH, true);
        if (report.discoveredAt().isAfter(clock.instant())) {
            v.add(Violation.of("discoveredAt", "NotInFuture", "the discovery instant must not lie in the future"));
        }
        if (store.find(report.id().value()).isPresent()) {
            v.add(Violation.of("id", "Unique", "an incident with this id is already recorded"));
        }
        fail(v, "the incident was not recorded");
        DataIncident incident = new DataIncident(report.id(), report.unitId(), report.discoveredAt(), report.dataKinds(),
                report.affected(), report.cause().strip(), report.mayEndangerSafety(), "",
                incidentClock.policy().version(), List.of(), 0);
        Map<String, String> d = new LinkedHashMap<>();
        d.put("unitId", incident.unitId());
        d.put("discoveredAt", incident.discoveredAt().toString());
        d.put("dataKinds", incident.dataKinds().stream().map(Enum::name).sorted().toList().toString());
        d.put("affectedGroup", incident.affected().group());
        d.put("affectedCount", Long.toString(incident.affected().count()));
        d.put("mayEndangerSafety", Boolean.toString(incident.mayEndangerSafety()));
        for (IncidentDue due : incidentClock.evaluate(incident, clock.instant())) {
            d.put(due.duty().name() + ".dueAt", due.dueAt().toString());
        }
        return save(incident, 0, report.actor(), "INCIDENT_RECORDED", d);
    }

    /** Records that the leak was contained at {@code at}. */
    public DataIncident contain(IncidentId id, String actor, Instant at) {
        return step(id, actor, new IncidentEvent(IncidentEventType.CONTAINED, at, actor, "", 0));
    }

    /** Records that {@code count} affected consumers were told at {@code at} (reference: the batch). */
    public DataIncident notifyConsumers(IncidentId id, String actor, Instant at, long count, String reference) {
        return step(id, actor, new IncidentEvent(IncidentEventType.CONSUMERS_NOTIFIED, at, actor, reference, count));
    }

    /** Records that the regulator was told at {@code at} (reference: its receipt). */
    public DataIncident reportToRegulator(IncidentId id, String actor, Instant at, String reference) {
        return step(id, actor, new IncidentEvent(IncidentEventType.REGULATOR_REPORTED, at, actor, reference, 0));
    }

    /** Records that handling ended at {@code at}. */
    public DataIncident close(IncidentId id, String actor, Instant at) {
        return step(id, actor, new IncidentEvent(IncidentEventType.CLOSED, at, actor, "", 0));
    }

    /** Records the cause found. */
    public DataIncident recordCause(IncidentId id, String actor, String cause) {
        Objects.requireNonNull(cause, "cause");
        DataIncident current = get(id);
        List<Violation> v = new ArrayList<>();
        actor(v, actor);
        if (cause.isBlank()) {
            v.add(Violation.of("cause", "NotBlank", "the cause is required"));
        }
        StoredText.check(v, "cause", cause, CAUSE_LENGTH, true);
        fail(v, "the cause was not recorded");
        return save(current.withCause(cause.strip()), current.version(), actor, "INCIDENT_CAUSE_RECORDED",
                Map.of("causeLength", Integer.toString(cause.strip().codePointCount(0, cause.strip().length()))));
    }

    /** Links the rectification (整改) item opened for the incident. */
    public DataIncident linkRectification(IncidentId id, String actor, String rectificationRef) {
        Objects.requireNonNull(rectificationRef, "rectificationRef");
        DataIncident current = get(id);
        List<Violation> v = new ArrayList<>();
        actor(v, actor);
        code(v, "rectificationRef", rectificationRef);
        fail(v, "the rectification item was not linked");
        return save(current.withRectificationRef(rectificationRef), current.version(), actor,
                "INCIDENT_RECTIFICATION_LINKED", Map.of("rectificationRef", rectificationRef));
    }

    /** The incident with this id. */
    public DataIncident get(IncidentId id) {
        return find(id).orElseThrow(() -> new IncidentNotFoundException(id));
    }

    /** The incident with this id, if any. */
    public Optional<DataIncident> find(IncidentId id) {
        Objects.requireNonNull(id, "id");
        return store.find(id.value()).map(IncidentRecords::decode);
    }

    /** The incidents discovered in {@code [from, to)}, by discovery instant. */
    public List<DataIncident> discoveredBetween(Instant from, Instant to) {
        return store.findDiscoveredBetween(from, to).stream().map(IncidentRecords::decode).toList();
    }

    /** The incident's duties now. */
    public List<IncidentDue> dues(DataIncident incident) {
        return incidentClock.evaluate(incident, clock.instant());
    }

    private DataIncident step(IncidentId id, String actor, IncidentEvent event) {
        DataIncident current = get(id);
        List<Violation> v = new ArrayList<>();
        actor(v, actor);
        if (current.isClosed()) {
            v.add(Violation.of("incident", "NotClosed", "the incident is closed; no further step is recorded"));
        }
        if (event.at().isBefore(current.discoveredAt())) {
            v.add(Violation.of("at", "NotBeforeDiscovery", "a step cannot come before the incident was discovered"));
        }
        if (event.at().isAfter(clock.instant())) {
            v.add(Violation.of("at", "NotInFuture", "a step is recorded once it has happened"));
        }
        if (event.type() == IncidentEventType.CONSUMERS_NOTIFIED && event.count() < 1) {
            v.add(Violation.of("count", "Min", "a notification reaches at least one consumer"));
        }
        if (!event.reference().isEmpty()) {
            code(v, "reference", event.reference());
        }
        fail(v, "the step " + event.type() + " was not recorded");
        Map<String, String> d = new LinkedHashMap<>();
        d.put("at", event.at().toString());
        if (!event.reference().isEmpty()) {
            d.put("reference", event.reference());
        }
        if (event.count() > 0) {
            d.put("count", Long.toString(event.count()));
        }
        DataIncident next = current.withEvent(event);
        IncidentDuty met = null;
        for (IncidentDuty duty : IncidentDuty.values()) {
            if (duty.metBy() == event.type() && current.findFirst(event.type()).isEmpty()) {
                met = duty;
            }
        }
        if (met != null) {
            IncidentDue due = incidentClock.evaluate(next, met, clock.instant());
            d.put("dueAt", due.dueAt().toString());
            d.put("status", due.status().name());
        }
        return save(next, current.version(), actor, "INCIDENT_" + event.type().name(), d);
    }

    private DataIncident save(DataIncident incident, long expected, String actor, String action, Map<String, String> d) {
        Map<String, String> details = new LinkedHashMap<>(d);
        details.put("policyVersion", incident.policyVersion());
        DataIncident stored = incident.withVersion(expected + 1);
        store.save(IncidentRecords.encode(stored, expected + 1), expected);
        trail.append(actor, action, SUBJECT_TYPE, incident.id().value(), PURPOSE, "SUCCEEDED", details);
        return stored;
    }

    private static void actor(List<Violation> v, String actor) {
        Objects.requireNonNull(actor, "actor");
        if (actor.isBlank()) {
            v.add(Violation.of("actor", "NotBlank", "the actor is required (real-name access)"));
        }
        StoredText.check(v, "actor", actor, AuditTrail.ACTOR_LENGTH, false);
    }

    private static void code(List<Violation> v, String field, String value) {
        if (value.isBlank()) {
            v.add(Violation.of(field, "NotBlank", field + " is required"));
        } else if (!Redaction.isCode(value) || value.length() > CODE_LENGTH) {
            v.add(Violation.of(field, "Code", field + " is a code of at most " + CODE_LENGTH
                    + " letters, digits, '.', '_' or '-', never personal data"));
        }
    }

    private static void fail(List<Violation> v, String summary) {
        if (!v.isEmpty()) {
            throw new InvalidIncidentException(summary, v);
        }
    }
}
