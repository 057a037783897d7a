package io.consumerprotection.core.appraisal;

import io.consumerprotection.spi.appraisal.AppraisalFactsSource;
import io.consumerprotection.spi.appraisal.EducationActivityRecord;
import io.consumerprotection.spi.appraisal.InspectionRecord;
import io.consumerprotection.spi.appraisal.PenaltyRecord;
import io.consumerprotection.spi.appraisal.PublicOpinionEventRecord;
import io.consumerprotection.spi.appraisal.TrainingRecord;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Computes the host-fact indicators of a unit and period from an {@link AppraisalFactsSource}. Every
 * indicator below is always present (0 when there is no record), with the ids of the records it counts
 * as evidence:
 * <ul>
 *   <li>{@code training.sessions}, {@code training.participation-rate} (attended / enrolled, 0 when no
 *       one was enrolled), {@code training.pass-rate} (passed / examined, 0 when no one sat a test);</li>
 *   <li>{@code education.activities}, {@code education.audience};</li>
 *   <li>{@code inspection.issues}, {@code inspection.unrectified};</li>
 *   <li>{@code opinion.events}, {@code opinion.major-events} (major and the institution responsible);</li>
 *   <li>{@code penalty.count}, {@code penalty.amount}.</li>
 * </ul>
 * Rates are rounded to 6 decimal places, half up. An instance ({@link #on}) is this computation bound to one
 * host source, as the facade hands it out; it is immutable and as thread-safe as the source.
 */
public final class FactIndicators {

    private final AppraisalFactsSource source;

    private FactIndicators(AppraisalFactsSource source) {
        this.source = source;
    }

    /** The host-fact indicators read from {@code source}. */
    public static FactIndicators on(AppraisalFactsSource source) {
        return new FactIndicators(Objects.requireNonNull(source, "source"));
    }

    /** The host-fact indicators of {@code unit} in {@code period}, read from this instance's source. */
    public IndicatorValues derive(UnitId unit, AppraisalPeriod period) {
        return derive(source, unit, period);
    }

    /** The host-fact indicators of {@code unit} in {@code period}. */
    public static IndicatorValues derive(AppraisalFactsSource source, UnitId unit, AppraisalPeriod period) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(period, "period");
        String u = unit.value();
        List<TrainingRecord> trainings = source.trainings(u, period.from(), period.to());
        List<EducationActivityRecord> activities = source.educationActivities(u, period.from(), period.to());
        List<InspectionRecord> inspections = source.inspections(u, period.from(), period.to());
        List<PublicOpinionEventRecord> opinions = source.publicOpinionEvents(u, period.from(), period.to());
        List<PenaltyRecord> penalties = source.penalties(u, period.from(), period.to());

        List<String> trainingIds = trainings.stream().map(TrainingRecord::id).toList();
        long enrolled = trainings.stream().mapToLong(TrainingRecord::enrolled).sum();
        long attended = trainings.stream().mapToLong(TrainingRecord::attended).sum();
        long examined = trainings.stream().mapToLong(TrainingRecord::examined).sum();
        long passed = trainings.stream().mapToLong(TrainingRecord::passed).sum();
        List<PublicOpinionEventRecord> major = opinions.stream().filter(o -> o.major() && o.responsible()).toList();

        return IndicatorValues.empty()
                .with(IndicatorId.TRAINING_SESSIONS, BigDecimal.valueOf(trainings.size()), trainingIds)
                .with(IndicatorId.TRAINING_PARTICIPATION_RATE, rate(attended, enrolled), trainingIds)
                .with(IndicatorId.TRAINING_PASS_RATE, rate(passed, examined), trainingIds)
                .with(IndicatorId.EDUCATION_ACTIVITIES, BigDecimal.valueOf(activities.size()),
                        activities.stream().map(EducationActivityRecord::id).toList())
                .with(IndicatorId.EDUCATION_AUDIENCE,
                        BigDecimal.valueOf(activities.stream().mapToLong(EducationActivityRecord::audience).sum()),
                        activities.stream().map(EducationActivityRecord::id).toList())
                .with(IndicatorId.INSPECTION_ISSUES,
                        BigDecimal.valueOf(inspections.stream().mapToLong(InspectionRecord::issuesFound).sum()),
                        inspections.stream().filter(i -> i.issuesFound() > 0).map(InspectionRecord::id).toList())
                .with(IndicatorId.INSPECTION_UNRECTIFIED,
                        BigDecimal.valueOf(inspections.stream()
                                .mapToLong(i -> (long) i.issuesFound() - i.issuesRectified()).sum()),
                        inspections.stream().filter(i -> i.issuesFound() > i.issuesRectified())
                                .map(InspectionRecord::id).toList())
                .with(IndicatorId.OPINION_EVENTS, BigDecimal.valueOf(opinions.size()),
                        opinions.stream().map(PublicOpinionEventRecord::id).toList())
                .with(IndicatorId.OPINION_MAJOR_EVENTS, BigDecimal.valueOf(major.size()),
                        major.stream().map(PublicOpinionEventRecord::id).toList())
                .with(IndicatorId.PENALTY_COUNT, BigDecimal.valueOf(penalties.size()),
                        penalties.stream().map(PenaltyRecord::id).toList())
                .with(IndicatorId.PENALTY_AMOUNT,
                        penalties.stream().map(PenaltyRecord::amount).reduce(BigDecimal.ZERO, BigDecimal::add),
                        penalties.stream().map(PenaltyRecord::id).toList());
    }

    private static BigDecimal rate(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO;
        }
        return Rounding.divide(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }
}
