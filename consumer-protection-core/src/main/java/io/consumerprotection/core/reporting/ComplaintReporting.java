package io.consumerprotection.core.reporting;

import io.consumerprotection.core.classification.ClassificationCatalog;
import io.consumerprotection.core.classification.Dimension;
import io.consumerprotection.core.statistics.ComplaintStatistics;
import io.consumerprotection.core.statistics.Grouping;
import io.consumerprotection.core.statistics.ReportingPeriod;
import io.consumerprotection.core.warning.HotSpotWatch;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A report run definition: which report, for which period, with which calendar, unit base and early
 * warning. {@link #compute(Stream)} reads the complaints once and feeds the statistics tally, the report's
 * own counters (months, 3-5-10, typical cases) and the hot-spot watch together; memory is bounded by groups,
 * cells and buckets, never by complaints. The stream must hold the period, the previous period and the same
 * period a year before (for the comparisons), and the watch's baseline weeks. Immutable and thread-safe.
 *
 * <pre>{@code
 * Report r = ComplaintReporting.builder(ReportKind.QUARTERLY_BULLETIN, ReportingPeriod.parse("2025-Q2"))
 *         .unitBase(UnitBase.perTenThousandCustomers(customers))
 *         .build()
 *         .compute(store.stream(query));
 * }</pre>
 *
 * <p>Advice is drafted by rule (version {@link #VERSION}): for each of the top cells with at least
 * {@code adviceMinimum} complaints that grew against the same period last year (or is new); for the unit
 * ranked first when it has at least {@code adviceMinimum} complaints; when regulator-transferred complaints
 * were not all decided on time; and for each surge or new-topic alert.
 */
public final class ComplaintReporting {

    /** The version of the report rules (typical cases, advice). */
    public static final String VERSION = "reporting-2026.1";

    private final ReportKind kind;
    private final ReportingPeriod period;
    private final ReportingCalendar calendar;
    private final ComplaintStatistics statistics;
    private final UnitBase unitBase;
    private final HotSpotWatch watch;
    private final int topCells;
    private final int typicalCases;
    private final int adviceMinimum;

    private ComplaintReporting(Builder b) {
        this.kind = b.kind;
        this.period = b.period;
        this.calendar = b.calendar;
        this.statistics = ComplaintStatistics.builder().period(b.period).catalog(b.catalog).zone(b.zone)
                .groupBy(Grouping.by(Dimension.SOURCE), Grouping.receivingUnit())
                .build();
        this.unitBase = b.unitBase;
        this.watch = b.watch;
        this.topCells = b.topCells;
        this.typicalCases = b.typicalCases;
        this.adviceMinimum = b.adviceMinimum;
    }

    /**
     * A builder of a report of this kind for this period.
     *
     * @throws InvalidReportingException when the kind is not computed here or the period's length does not fit it
     */
    public static Builder builder(ReportKind kind, ReportingPeriod period) {
        return new Builder(kind, period);
    }

    /** The report kind. */
    public ReportKind kind() {
        return kind;
    }

    /** The period. */
    public ReportingPeriod period() {
        return period;
    }

    /** The calendar. */
    public ReportingCalendar calendar() {
        return calendar;
    }

    /** The statistics run underneath (period, groupings, catalogue, zone). */
    public ComplaintStatistics statistics() {
        return statistics;
    }

    /** The unit base. */
    public UnitBase unitBase() {
        return unitBase;
    }

    /** The early warning, when wired. */
    public Optional<HotSpotWatch> watch() {
        return Optional.ofNullable(watch);
    }

    int topCells() {
        return topCells;
    }

    int typicalCases() {
        return typicalCases;
    }

    int adviceMinimum() {
        return adviceMinimum;
    }

    /** A new accumulator for callers that feed complaints themselves. Not thread-safe. */
    public ReportPass newPass() {
        return new ReportPass(this);
    }

    /** Reads the complaints once and returns the report. */
    public Report compute(Stream<ComplaintRecord> complaints) {
        Objects.requireNonNull(complaints, "complaints");
        ReportPass pass = newPass();
        complaints.forEach(pass::accept);
        return pass.report();
    }

    /** Builds a {@link ComplaintReporting}. */
    public static final class Builder {
        private final ReportKind kind;
        private final ReportingPeriod period;
        private ReportingCalendar calendar = ReportingCalendar.bundled();
        private ClassificationCatalog catalog = ClassificationCatalog.bundled();
        private ZoneId zone = ComplaintStatistics.DEFAULT_ZONE;
        private UnitBase unitBase = UnitBase.none();
        private HotSpotWatch watch;
        private int topCells = 5;
        private int typicalCases = 5;
        private int adviceMinimum = 10;

        private Builder(ReportKind kind, ReportingPeriod period) {
            this.kind = Objects.requireNonNull(kind, "kind");
            this.period = Objects.requireNonNull(period, "period");
            if (!kind.computed()) {
                throw InvalidReportingException.of("cannot compute report", "kind", "NOT_COMPUTED",
                        kind.chinese() + "不由本工具生成 / " + kind + " is tracked in the calendar, not computed");
            }
            if (period.kind() != kind.periodKind()) {
                throw InvalidReportingException.of("cannot compute report", "period", "PERIOD_KIND",
                        kind.chinese() + "的报告期应为" + kind.periodKind() + " / a " + kind + " covers a "
                                + kind.periodKind() + ", got " + period.kind());
            }
        }

        /** The reporting calendar (default bundled, monthly day 10). */
        public Builder calendar(ReportingCalendar value) {
            this.calendar = Objects.requireNonNull(value, "calendar");
            return this;
        }

        /** The classification catalogue (default bundled). */
        public Builder catalog(ClassificationCatalog value) {
            this.catalog = Objects.requireNonNull(value, "catalog");
            return this;
        }

        /** The bank's zone (default {@code Asia/Shanghai}). */
        public Builder zone(ZoneId value) {
            this.zone = Objects.requireNonNull(value, "zone");
            return this;
        }

        /** The base units are ranked by (default none: by count). */
        public Builder unitBase(UnitBase value) {
            this.unitBase = Objects.requireNonNull(value, "unitBase");
            return this;
        }

        /** The hot-spot early warning fed in the same pass; its alerts within the period go into the report. */
        public Builder watch(HotSpotWatch value) {
            this.watch = Objects.requireNonNull(value, "watch");
            return this;
        }

        /** How many top cells, typical cases, and the minimum count for advice (defaults 5, 5, 10). */
        public Builder limits(int cells, int cases, int adviceMin) {
            if (cells < 1 || cases < 0 || adviceMin < 1) {
                throw new IllegalArgumentException("need cells >= 1, cases >= 0, adviceMin >= 1");
            }
            this.topCells = cells;
            this.typicalCases = cases;
            this.adviceMinimum = adviceMin;
            return this;
        }

        /** The run definition. */
        public ComplaintReporting build() {
            return new ComplaintReporting(this);
        }
    }
}
