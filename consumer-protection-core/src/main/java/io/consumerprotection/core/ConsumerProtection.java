package io.consumerprotection.core;

import io.consumerprotection.core.calendar.CalendarCoverageException;
import io.consumerprotection.core.calendar.WorkingCalendars;
import io.consumerprotection.core.complaint.Complaint;
import io.consumerprotection.core.complaint.ComplaintId;
import io.consumerprotection.core.deadline.DeadlineEngine;
import io.consumerprotection.core.deadline.DeadlinePolicies;
import io.consumerprotection.core.deadline.DeadlinePolicy;
import io.consumerprotection.core.deadline.DeadlineScan;
import io.consumerprotection.core.deadline.PolicyId;
import io.consumerprotection.core.internal.ComplaintMapper;
import io.consumerprotection.core.complaint.Complaints;
import io.consumerprotection.core.internal.StoredComplaints;
import io.consumerprotection.spi.Violation;
import io.consumerprotection.spi.audit.AuditSink;
import io.consumerprotection.spi.calendar.HolidayCalendarProvider;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.ComplaintStore;
import io.consumerprotection.spi.notification.NotificationSender;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point of the SDK: one immutable, thread-safe object wired explicitly to the host's SPI
 * implementations.
 *
 * <pre>{@code
 * ConsumerProtection cp = ConsumerProtection.builder()
 *         .complaintStore(store)
 *         .notificationSender(sender)
 *         .auditSink(auditSink)
 *         .clock(Clock.systemUTC())
 *         .build();
 * }</pre>
 *
 * A required SPI that is missing fails at {@link Builder#build()}, never later, and never falls back to a
 * no-op. {@link Builder#discoverProviders()} fills the gaps from {@link ServiceLoader} as an optional
 * convenience.
 */
public final class ConsumerProtection {

    private static final Logger LOG = LoggerFactory.getLogger(ConsumerProtection.class);

    private final ComplaintStore complaintStore;
    private final NotificationSender notificationSender;
    private final AuditSink auditSink;
    private final Clock clock;
    private final Complaints complaints;
    private final WorkingCalendars calendars;
    private final DeadlineEngine deadlines;
    private final List<PolicyId> complaintPolicies;

    private ConsumerProtection(Builder b) {
        this.complaintStore = b.complaintStore;
        this.notificationSender = b.notificationSender;
        this.auditSink = b.auditSink;
        this.clock = b.clock;
        WorkingCalendars.Builder calendarBuilder = WorkingCalendars.builder();
        b.calendarProviders.forEach(calendarBuilder::add);
        this.calendars = calendarBuilder.build();
        DeadlinePolicies.Builder policyBuilder = DeadlinePolicies.builder();
        b.policies.forEach(policyBuilder::add);
        this.deadlines = DeadlineEngine.builder().calendars(calendars).policies(policyBuilder.build()).clock(clock)
                .allowProvisional(b.allowProvisionalCalendar).build();
        this.complaintPolicies = List.copyOf(b.complaintPolicies);
        complaintPolicies.forEach(deadlines.policies()::get);   // an unknown policy fails at build()
        this.complaints = new StoredComplaints(complaintStore, notificationSender, auditSink, clock, b.complaintIds,
                text -> text, this::dueDates, b.validator);
    }

    /**
     * The due dates of a complaint under every policy the lifecycle tracks. A milestone whose due date needs
     * calendar data that is not there (and no provisional projection was allowed) is left out and logged:
     * the complaint is still registered, never given a wrong date.
     */
    private Map<String, LocalDate> dueDates(Complaint complaint) {
        ComplaintRecord record = ComplaintMapper.INSTANCE.toRecord(complaint);
        Map<String, LocalDate> due = new LinkedHashMap<>();
        for (PolicyId policy : complaintPolicies) {
            try {
                deadlines.dueDates(record, policy).forEach(due::putIfAbsent);
            } catch (CalendarCoverageException e) {
                LOG.warn("no due dates under {} for complaint {}: {}", policy, complaint.id(), e.getMessage());
            }
        }
        return due;
    }

    /** The working-day calendars: the bundled ones and those of the host's providers. */
    public WorkingCalendars calendars() {
        return calendars;
    }

    /** The deadline engine, over {@link #calendars()} and the bundled and host policies. */
    public DeadlineEngine deadlines() {
        return deadlines;
    }

    /** The policies whose due dates the lifecycle keeps on every complaint, in precedence order. */
    public List<PolicyId> complaintPolicies() {
        return complaintPolicies;
    }

    /** A scan that sends deadline warnings and breach alerts; the host runs it on its own schedule. */
    public DeadlineScan deadlineScan() {
        return DeadlineScan.of(deadlines, complaintStore, notificationSender);
    }

    /** Complaint intake and handling over the host's store. */
    public Complaints complaints() {
        return complaints;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The complaint store this instance was built with. */
    public ComplaintStore complaintStore() {
        return complaintStore;
    }

    /** The notification sender this instance was built with. */
    public NotificationSender notificationSender() {
        return notificationSender;
    }

    /** The audit sink this instance was built with. */
    public AuditSink auditSink() {
        return auditSink;
    }

    /** The clock this instance reads the time from. */
    public Clock clock() {
        return clock;
    }

    /** Builds a {@link ConsumerProtection}; not thread-safe, use it from one thread. */
    public static final class Builder {

        private ComplaintStore complaintStore;
        private NotificationSender notificationSender;
        private AuditSink auditSink;
        private Clock clock = Clock.systemUTC();
        private Supplier<ComplaintId> complaintIds = ComplaintId::random;
        private jakarta.validation.Validator validator;
        private final List<HolidayCalendarProvider> calendarProviders = new ArrayList<>();
        private final List<DeadlinePolicy> policies = new ArrayList<>();
        private List<PolicyId> complaintPolicies = List.of(PolicyId.NFRA_2020_3, PolicyId.INTERNAL_3_5_10);
        private boolean allowProvisionalCalendar;

        private Builder() {
        }

        /**
         * Adds a host calendar provider (its own closure days, Hong Kong, Macau, or a newer State Council
         * notice); providers are merged after the bundled data, in the order added, and a conflicting
         * duplicate date fails at {@link #build()}.
         */
        public Builder holidayCalendarProvider(HolidayCalendarProvider provider) {
            calendarProviders.add(Objects.requireNonNull(provider, "provider"));
            return this;
        }

        /** Adds a host deadline policy (or a newer version of a bundled one). */
        public Builder deadlinePolicy(DeadlinePolicy policy) {
            policies.add(Objects.requireNonNull(policy, "policy"));
            return this;
        }

        /**
         * The policies whose due dates the lifecycle keeps on every complaint; by default {@code NFRA-2020-3}
         * (decision, review) and {@code INTERNAL-3-5-10} (contact, plan, resolve). Regulator-transferred
         * complaints switch policy as the policy data says.
         */
        public Builder complaintPolicies(PolicyId... ids) {
            if (ids.length == 0) {
                throw new IllegalArgumentException("ids must name at least one policy");
            }
            this.complaintPolicies = List.of(ids);
            return this;
        }

        /**
         * Whether dates past a calendar's data may use a provisional Monday–Friday projection (every result
         * then says it is provisional); off by default, so such dates raise {@link CalendarCoverageException}.
         */
        public Builder allowProvisionalCalendar(boolean allow) {
            this.allowProvisionalCalendar = allow;
            return this;
        }

        /** Where new complaint ids come from; random {@code CP-<uuid>} ids by default. */
        public Builder complaintIds(Supplier<ComplaintId> supplier) {
            this.complaintIds = Objects.requireNonNull(supplier, "supplier");
            return this;
        }

        /**
         * A Jakarta Validation validator to run the intake's annotations too (optional: the SDK always runs
         * its own equivalent checks, so no validation provider is required).
         */
        public Builder validator(jakarta.validation.Validator jakartaValidator) {
            this.validator = Objects.requireNonNull(jakartaValidator, "jakartaValidator");
            return this;
        }

        /** The host's complaint persistence (required). */
        public Builder complaintStore(ComplaintStore store) {
            this.complaintStore = Objects.requireNonNull(store, "store");
            return this;
        }

        /** The host's notification delivery (required). */
        public Builder notificationSender(NotificationSender sender) {
            this.notificationSender = Objects.requireNonNull(sender, "sender");
            return this;
        }

        /** The host's append-only audit trail (required). */
        public Builder auditSink(AuditSink sink) {
            this.auditSink = Objects.requireNonNull(sink, "sink");
            return this;
        }

        /** The clock to read "now" from; {@link Clock#systemUTC()} by default. */
        public Builder clock(Clock newClock) {
            this.clock = Objects.requireNonNull(newClock, "clock");
            return this;
        }

        /**
         * Fills every SPI not set explicitly from {@link ServiceLoader}, when exactly one provider is
         * registered; explicit wiring always wins.
         */
        public Builder discoverProviders() {
            if (complaintStore == null) {
                complaintStore = single(ComplaintStore.class).orElse(null);
            }
            if (notificationSender == null) {
                notificationSender = single(NotificationSender.class).orElse(null);
            }
            if (auditSink == null) {
                auditSink = single(AuditSink.class).orElse(null);
            }
            return this;
        }

        private static <T> Optional<T> single(Class<T> type) {
            List<T> found = new ArrayList<>();
            ServiceLoader.load(type).forEach(found::add);
            if (found.size() > 1) {
                throw new MissingProviderException(List.of(Violation.of(type.getSimpleName(), "AMBIGUOUS_PROVIDER",
                        found.size() + " providers registered through ServiceLoader; wire one explicitly")));
            }
            return found.stream().findFirst();
        }

        /**
         * Builds the facade.
         *
         * @throws MissingProviderException naming every required SPI that is missing
         */
        public ConsumerProtection build() {
            List<Violation> missing = new ArrayList<>();
            if (complaintStore == null) {
                missing.add(Violation.of("complaintStore", "REQUIRED", "a ComplaintStore is required"));
            }
            if (notificationSender == null) {
                missing.add(Violation.of("notificationSender", "REQUIRED", "a NotificationSender is required"));
            }
            if (auditSink == null) {
                missing.add(Violation.of("auditSink", "REQUIRED", "an AuditSink is required"));
            }
            if (!missing.isEmpty()) {
                throw new MissingProviderException(missing);
            }
            return new ConsumerProtection(this);
        }
    }
}
