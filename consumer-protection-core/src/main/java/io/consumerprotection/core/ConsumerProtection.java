package io.consumerprotection.core;

import io.consumerprotection.core.complaint.ComplaintId;
import io.consumerprotection.core.complaint.Complaints;
import io.consumerprotection.core.internal.StoredComplaints;
import io.consumerprotection.spi.Violation;
import io.consumerprotection.spi.audit.AuditSink;
import io.consumerprotection.spi.complaint.ComplaintStore;
import io.consumerprotection.spi.notification.NotificationSender;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;

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

    private final ComplaintStore complaintStore;
    private final NotificationSender notificationSender;
    private final AuditSink auditSink;
    private final Clock clock;
    private final Complaints complaints;

    private ConsumerProtection(Builder b) {
        this.complaintStore = b.complaintStore;
        this.notificationSender = b.notificationSender;
        this.auditSink = b.auditSink;
        this.clock = b.clock;
        this.complaints = new StoredComplaints(complaintStore, notificationSender, auditSink, clock, b.complaintIds,
                text -> text, complaint -> complaint.dueDates(), b.validator);
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

        private Builder() {
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
