package io.consumerprotection.core.statistics;

import io.consumerprotection.core.classification.ClassificationCatalog;
import io.consumerprotection.core.classification.CodeMapping;
import io.consumerprotection.core.classification.Dimension;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A statistics run definition: the reporting period, the groupings and the classification catalogue used to
 * roll codes up and name them. {@link #compute(Stream)} reads the complaints once, keeping one set of
 * counters per group and period (memory bounded by the number of groups, not of complaints); the stream
 * must hold the complaints of the current period and, for the comparisons, of the previous period and of
 * the same period a year before (other complaints are skipped). Immutable and thread-safe; a parallel
 * stream is fine.
 *
 * <p>The regulator table's groupings (business and cause at major level, their pair, intake channel) are always
 * included. Days are taken in the bank's zone, {@code Asia/Shanghai} by default: the received day of a
 * complaint, and the decision day (the first {@code DECIDED} event) compared with the {@code DECISION} due
 * date.
 *
 * <pre>{@code
 * StatisticsReport r = ComplaintStatistics.builder()
 *         .period(ReportingPeriod.halfYear(2025, 1))
 *         .groupBy(Grouping.by(Dimension.BUSINESS, 2))
 *         .build()
 *         .compute(store.stream(query));
 * r.yearOnYear().percent();   // Optional[-15.8]
 * }</pre>
 */
public final class ComplaintStatistics {

    /** The bank's zone used by default. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    static final Grouping BUSINESS_MAJOR = Grouping.by(Dimension.BUSINESS, 1);
    static final Grouping CAUSE_MAJOR = Grouping.by(Dimension.CAUSE, 1);
    static final Grouping CHANNEL = Grouping.intakeChannel();
    static final Grouping BUSINESS_BY_CAUSE = BUSINESS_MAJOR.and(CAUSE_MAJOR);

    private final ReportingPeriod period;
    private final List<Grouping> groupings;
    private final ClassificationCatalog catalog;
    private final ZoneId zone;
    private final CodeMapping mapping;

    private ComplaintStatistics(Builder b) {
        this.period = Objects.requireNonNull(b.period, "period");
        Set<Grouping> g = new LinkedHashSet<>(List.of(BUSINESS_MAJOR, CAUSE_MAJOR, CHANNEL, BUSINESS_BY_CAUSE));
        g.addAll(b.groupings);
        this.groupings = List.copyOf(g);
        this.catalog = b.catalog;
        this.zone = b.zone;
        this.mapping = b.mapping;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The current period. */
    public ReportingPeriod period() {
        return period;
    }

    /** Every grouping counted, the built-in ones first. */
    public List<Grouping> groupings() {
        return groupings;
    }

    /** The catalogue used to roll codes up and name them. */
    public ClassificationCatalog catalog() {
        return catalog;
    }

    /** The zone in which days are taken. */
    public ZoneId zone() {
        return zone;
    }

    /** The mapping applied to codes before grouping, so that periods under different scheme versions compare. */
    public Optional<CodeMapping> mapping() {
        return Optional.ofNullable(mapping);
    }

    /** A new empty accumulator, for callers that feed complaints themselves. */
    public Tally newTally() {
        return new Tally(this);
    }

    /** Reads the complaints once and reports. */
    public StatisticsReport compute(Stream<ComplaintRecord> complaints) {
        Objects.requireNonNull(complaints, "complaints");
        return complaints.collect(this::newTally, Tally::accumulate, Tally::combine).report();
    }

    /** Builds a {@link ComplaintStatistics}. */
    public static final class Builder {
        private ReportingPeriod period;
        private final List<Grouping> groupings = new ArrayList<>();
        private ClassificationCatalog catalog = ClassificationCatalog.bundled();
        private ZoneId zone = DEFAULT_ZONE;
        private CodeMapping mapping;

        private Builder() {
        }

        /** The current period (required). */
        public Builder period(ReportingPeriod period) {
            this.period = Objects.requireNonNull(period, "period");
            return this;
        }

        /** More groupings to count. */
        public Builder groupBy(Grouping... more) {
            for (Grouping g : more) {
                groupings.add(Objects.requireNonNull(g, "groupBy element"));
            }
            return this;
        }

        /** The catalogue (default: bundled). */
        public Builder catalog(ClassificationCatalog catalog) {
            this.catalog = Objects.requireNonNull(catalog, "catalog");
            return this;
        }

        /** The bank's zone (default {@code Asia/Shanghai}). */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /** A code mapping applied before grouping (old codes counted under their primary new code). */
        public Builder mapping(CodeMapping mapping) {
            this.mapping = Objects.requireNonNull(mapping, "mapping");
            return this;
        }

        /** The run definition. */
        public ComplaintStatistics build() {
            if (period == null) {
                throw new IllegalStateException("period is required");
            }
            return new ComplaintStatistics(this);
        }
    }
}
