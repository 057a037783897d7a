package io.consumerprotection.core.appraisal;

import io.consumerprotection.spi.internal.Redaction;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The id of an indicator a scorecard reads, for example {@code complaint.on-time-rate}: lower-case
 * letters and digits in words joined by {@code .} or {@code -}.
 *
 * <p>The constants name the indicators whose values the SDK defines. Those starting with
 * {@code complaint.} are fed by the complaint statistics package (or by the host); those derived from
 * {@link io.consumerprotection.spi.appraisal.AppraisalFactsSource} are computed by {@link FactIndicators}.
 * Rates are fractions ({@code 0.96}, not {@code 96}); counts are whole numbers.
 *
 * @param value the id
 */
public record IndicatorId(String value) implements Comparable<IndicatorId> {

    private static final Pattern FORM = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

    /** Complaints received in the period (count). Never the only complaint indicator (PBoC Order 2020 No. 5 art. 11). */
    public static final IndicatorId COMPLAINT_COUNT = new IndicatorId("complaint.count");
    /** Reduction of complaints against the same period a year before: {@code (previous - current) / previous}; negative for a rise. */
    public static final IndicatorId COMPLAINT_REDUCTION_RATE = new IndicatorId("complaint.reduction-rate");
    /** Share of complaints closed in the period that were decided within their deadline (fraction). */
    public static final IndicatorId COMPLAINT_ON_TIME_RATE = new IndicatorId("complaint.on-time-rate");
    /** Share of surveyed complainants who were satisfied (fraction). */
    public static final IndicatorId COMPLAINT_SATISFACTION_RATE = new IndicatorId("complaint.satisfaction-rate");
    /** Complaints transferred by a regulator (NFRA 12378, PBoC 12363) in the period (count). */
    public static final IndicatorId COMPLAINT_REGULATOR_TRANSFERRED = new IndicatorId("complaint.regulator-transferred");
    /** Share of regulator-transferred complaints closed on time (fraction; the expected standard is 1). */
    public static final IndicatorId COMPLAINT_REGULATOR_TRANSFERRED_ON_TIME_RATE =
            new IndicatorId("complaint.regulator-transferred-on-time-rate");

    /** Training sessions held (count), from {@link FactIndicators}. */
    public static final IndicatorId TRAINING_SESSIONS = new IndicatorId("training.sessions");
    /** Attended / enrolled over all training sessions (fraction), from {@link FactIndicators}. */
    public static final IndicatorId TRAINING_PARTICIPATION_RATE = new IndicatorId("training.participation-rate");
    /** Passed / examined over all tests (fraction), from {@link FactIndicators}. */
    public static final IndicatorId TRAINING_PASS_RATE = new IndicatorId("training.pass-rate");
    /** Education and outreach activities held (count), from {@link FactIndicators}. */
    public static final IndicatorId EDUCATION_ACTIVITIES = new IndicatorId("education.activities");
    /** Consumers reached by education activities (count), from {@link FactIndicators}. */
    public static final IndicatorId EDUCATION_AUDIENCE = new IndicatorId("education.audience");
    /** Issues found by inspections (count), from {@link FactIndicators}. */
    public static final IndicatorId INSPECTION_ISSUES = new IndicatorId("inspection.issues");
    /** Issues found by inspections and not rectified yet (count), from {@link FactIndicators}. */
    public static final IndicatorId INSPECTION_UNRECTIFIED = new IndicatorId("inspection.unrectified");
    /** Major negative public-opinion events for which the institution was responsible (count), from {@link FactIndicators}. */
    public static final IndicatorId OPINION_MAJOR_EVENTS = new IndicatorId("opinion.major-events");
    /** All public-opinion events (count), from {@link FactIndicators}. */
    public static final IndicatorId OPINION_EVENTS = new IndicatorId("opinion.events");
    /** Regulatory penalties (count), from {@link FactIndicators}. */
    public static final IndicatorId PENALTY_COUNT = new IndicatorId("penalty.count");
    /** Regulatory fines in yuan, from {@link FactIndicators}. */
    public static final IndicatorId PENALTY_AMOUNT = new IndicatorId("penalty.amount");
    /** Share of new products and services reviewed for consumer protection before launch (fraction), host-supplied. */
    public static final IndicatorId PRODUCT_PRE_REVIEW_COVERAGE = new IndicatorId("product.pre-review-coverage");

    public IndicatorId {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("value (" + Redaction.shape(value) + ") is not an indicator id (" + FORM + ")");
        }
    }

    /** The id with this text. */
    public static IndicatorId of(String value) {
        return new IndicatorId(value);
    }

    /** Whether complaint statistics feed this indicator (its id starts with {@code complaint.}). */
    public boolean isComplaintIndicator() {
        return value.startsWith("complaint.");
    }

    @Override
    public int compareTo(IndicatorId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
