package io.consumerprotection.core.warning;

import io.consumerprotection.core.classification.ClassificationCatalog;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A hot-spot early-warning run definition over the days {@code [from, to]}: per business × cause (major
 * class) × receiving unit, in day or week buckets, a surge alert when a bucket's count is at least the minimum
 * and improbably high against the cell's own baseline (the preceding buckets, or for days the same weekday of
 * the preceding weeks: Poisson, or negative binomial when the baseline is over-dispersed); a new-topic alert
 * when a business × cause code pair (as recorded) absent from the whole baseline appears; a repeat alert when
 * one customer, or one product (when the host says how to read it), reaches the repeat threshold within the
 * window. Each alert explains itself ({@link HotSpotAlert}).
 *
 * <p>{@link #newPass()} reads complaints once, in any order, keeping one counter per cell and bucket (memory
 * bounded by cells × buckets and by customers, never by complaints). The first {@code baselinePeriods}
 * buckets are history only: alerts start once a full baseline exists. Immutable and thread-safe.
 *
 * <pre>{@code
 * HotSpotWatch watch = HotSpotWatch.builder(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)).build();
 * List<HotSpotAlert> alerts = watch.compute(store.stream(query));
 * }</pre>
 */
public final class HotSpotWatch {

    private final LocalDate from;
    private final LocalDate to;
    private final WarningSettings settings;
    private final ClassificationCatalog catalog;
    private final ZoneId zone;
    private final Function<ComplaintRecord, String> productOf;
    private final String customerSalt;
    private final List<AlertDetector> detectors;

    private HotSpotWatch(Builder b) {
        this.detectors = List.copyOf(b.detectors);
        this.from = b.from;
        this.to = b.to;
        this.settings = b.settings;
        this.catalog = b.catalog;
        this.zone = b.zone;
        this.productOf = b.productOf;
        this.customerSalt = b.customerSalt;
    }

    /** A builder for the days {@code [from, to]} (both included). */
    public static Builder builder(LocalDate from, LocalDate to) {
        return new Builder(from, to);
    }

    /** The first day watched. */
    public LocalDate from() {
        return from;
    }

    /** The last day watched. */
    public LocalDate to() {
        return to;
    }

    /** The settings. */
    public WarningSettings settings() {
        return settings;
    }

    /** The classification catalogue that rolls codes up and names them. */
    public ClassificationCatalog catalog() {
        return catalog;
    }

    /** The zone in which days are taken. */
    public ZoneId zone() {
        return zone;
    }

    /** The first day of the first bucket: {@code from}, or for weeks the Monday on or before it. */
    public LocalDate firstBucketStart() {
        return settings.granularity() == Granularity.WEEK ? from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : from;
    }

    Function<ComplaintRecord, String> productOf() {
        return productOf;
    }

    String customerSalt() {
        return customerSalt;
    }

    /** The further detectors fed in the same pass ({@link Builder#detector}), in the order added. */
    public List<AlertDetector> detectors() {
        return detectors;
    }

    /** A new accumulator. Not thread-safe; one per thread. */
    public HotSpotPass newPass() {
        return new HotSpotPass(this);
    }

    /** Reads the complaints once and returns the alerts, by first day, kind and cell. */
    public List<HotSpotAlert> compute(Stream<ComplaintRecord> complaints) {
        HotSpotPass pass = newPass();
        complaints.forEach(pass::accept);
        return pass.alerts();
    }

    /** Builds a {@link HotSpotWatch}. */
    public static final class Builder {
        private final LocalDate from;
        private final LocalDate to;
        private WarningSettings settings = WarningSettings.defaults();
        private ClassificationCatalog catalog = ClassificationCatalog.bundled();
        private ZoneId zone = ZoneId.of("Asia/Shanghai");
        private Function<ComplaintRecord, String> productOf = r -> null;
        private String customerSalt = "";
        private final List<AlertDetector> detectors = new java.util.ArrayList<>();

        private Builder(LocalDate from, LocalDate to) {
            this.from = Objects.requireNonNull(from, "from");
            this.to = Objects.requireNonNull(to, "to");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("to " + to + " is before from " + from);
            }
        }

        /** The settings (default {@link WarningSettings#defaults()}). */
        public Builder settings(WarningSettings value) {
            this.settings = Objects.requireNonNull(value, "settings");
            return this;
        }

        /** The catalogue (default bundled). */
        public Builder catalog(ClassificationCatalog value) {
            this.catalog = Objects.requireNonNull(value, "catalog");
            return this;
        }

        /** The bank's zone (default {@code Asia/Shanghai}). */
        public Builder zone(ZoneId value) {
            this.zone = Objects.requireNonNull(value, "zone");
            return this;
        }

        /** How to read the product of a complaint ({@code null} or empty: none); no product alerts without it. */
        public Builder productOf(Function<ComplaintRecord, String> value) {
            this.productOf = Objects.requireNonNull(value, "productOf");
            return this;
        }

        /**
         * The bank's secret salt of customer tokens: an alert names a customer only as
         * {@code CUST-} and the first 16 hex digits of SHA-256(salt, reference), never the reference.
         */
        public Builder customerSalt(String value) {
            this.customerSalt = Objects.requireNonNull(value, "customerSalt");
            return this;
        }

        /**
         * Adds a further detector fed in the same pass, such as the partner rise alert
         * ({@code PartnerComplaints#detector}); its alerts join the others.
         */
        public Builder detector(AlertDetector value) {
            detectors.add(java.util.Objects.requireNonNull(value, "detector"));
            return this;
        }

        /** The run definition. */
        public HotSpotWatch build() {
            return new HotSpotWatch(this);
        }
    }
}
