package io.consumerprotection.core.audit;

import io.consumerprotection.core.classification.ClassificationValidator;
import io.consumerprotection.core.complaint.Complaint;
import io.consumerprotection.core.internal.ZoneDay;
import io.consumerprotection.core.privacy.NarrativeScrubber;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What every rule check may read besides its subject: the reference instant of the run ("as of"), the
 * zone in which days are counted, the engines (deadlines, classification, narrative inspection, alert
 * evidence) and the parameters. Immutable and thread-safe; built with {@link #builder(Instant)}.
 */
public final class AuditContext {

    private final Instant asOf;
    private final ZoneId zone;
    private final ZoneDay days;
    private final LocalDate asOfDate;
    private final DeadlineEvaluator deadlines;
    private final ClassificationCheck classification;
    private final NarrativeInspector narratives;
    private final AlertEvidence alerts;
    private final AuditParameters parameters;

    private AuditContext(Builder b) {
        this.asOf = b.asOf;
        this.zone = b.zone;
        this.days = ZoneDay.of(zone);
        this.asOfDate = days.dayOf(asOf);
        this.deadlines = b.deadlines;
        this.classification = b.classification;
        this.narratives = b.narratives;
        this.alerts = b.alerts;
        this.parameters = b.parameters;
    }

    /**
     * A builder for a run as of this instant, with the defaults: days counted in {@code Asia/Shanghai},
     * stored due dates, the bundled classification scheme, the privacy engine's standard narrative
     * scrubber, no alert evidence and {@link AuditParameters#defaults()}.
     */
    public static Builder builder(Instant asOf) {
        return new Builder(asOf);
    }

    /** The reference instant: what has not happened by then has not happened. */
    public Instant asOf() {
        return asOf;
    }

    /** The reference day in {@link #zone()}. */
    public LocalDate asOfDate() {
        return asOfDate;
    }

    /** The zone in which days are counted. */
    public ZoneId zone() {
        return zone;
    }

    /** The day of an instant in {@link #zone()}. */
    public LocalDate dayOf(Instant instant) {
        return days.dayOf(instant);
    }

    /** Where due dates come from. */
    public DeadlineEvaluator deadlines() {
        return deadlines;
    }

    /** The classification check. */
    public ClassificationCheck classification() {
        return classification;
    }

    /** The narrative inspector. */
    public NarrativeInspector narratives() {
        return narratives;
    }

    /** The major-complaint alert evidence. */
    public AlertEvidence alerts() {
        return alerts;
    }

    /** The rule parameters. */
    public AuditParameters parameters() {
        return parameters;
    }

    /** The data versions and parameters this context uses, sorted, for the run record. */
    public Map<String, String> describe() {
        Map<String, String> m = new TreeMap<>();
        deadlines.dataVersions().forEach(m::put);
        m.put("classification", classification.version());
        m.put("narrativeInspector", narratives.version());
        m.put("zone", zone.getId());
        parameters.describe().forEach((k, v) -> m.put("parameter." + k, v));
        return m;
    }

    /** Builds an {@link AuditContext}; not thread-safe. */
    public static final class Builder {

        private final Instant asOf;
        private ZoneId zone = Complaint.CHINA;
        private DeadlineEvaluator deadlines = DeadlineEvaluator.stored();
        private ClassificationCheck classification = ClassificationCheck.scheme(ClassificationValidator.bundled());
        private NarrativeInspector narratives = NarrativeInspector.scrubber(NarrativeScrubber.standard());
        private AlertEvidence alerts = AlertEvidence.none();
        private AuditParameters parameters = AuditParameters.defaults();

        private Builder(Instant asOf) {
            this.asOf = Objects.requireNonNull(asOf, "asOf");
        }

        /** The zone in which days are counted ({@code Asia/Shanghai} by default). */
        public Builder zone(ZoneId value) {
            this.zone = Objects.requireNonNull(value, "zone");
            return this;
        }

        /** Where due dates come from (the deadline engine). */
        public Builder deadlines(DeadlineEvaluator value) {
            this.deadlines = Objects.requireNonNull(value, "deadlines");
            return this;
        }

        /** The classification check (the code scheme validator). */
        public Builder classification(ClassificationCheck value) {
            this.classification = Objects.requireNonNull(value, "classification");
            return this;
        }

        /** The narrative inspector (the PII detector). */
        public Builder narratives(NarrativeInspector value) {
            this.narratives = Objects.requireNonNull(value, "narratives");
            return this;
        }

        /** The major-complaint alert evidence. */
        public Builder alerts(AlertEvidence value) {
            this.alerts = Objects.requireNonNull(value, "alerts");
            return this;
        }

        /** The rule parameters. */
        public Builder parameters(AuditParameters value) {
            this.parameters = Objects.requireNonNull(value, "parameters");
            return this;
        }

        /** The context. */
        public AuditContext build() {
            return new AuditContext(this);
        }
    }
}
