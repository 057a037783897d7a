package io.consumerprotection.testkit;

import io.consumerprotection.spi.appraisal.AppraisalFactsSource;
import io.consumerprotection.spi.appraisal.EducationActivityRecord;
import io.consumerprotection.spi.appraisal.InspectionRecord;
import io.consumerprotection.spi.appraisal.PenaltyRecord;
import io.consumerprotection.spi.appraisal.PublicOpinionEventRecord;
import io.consumerprotection.spi.appraisal.TrainingRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** An {@link AppraisalFactsSource} holding records in memory. Thread-safe. */
public final class InMemoryAppraisalFactsSource implements AppraisalFactsSource {

    private final List<TrainingRecord> trainings = new ArrayList<>();
    private final List<EducationActivityRecord> activities = new ArrayList<>();
    private final List<InspectionRecord> inspections = new ArrayList<>();
    private final List<PublicOpinionEventRecord> opinions = new ArrayList<>();
    private final List<PenaltyRecord> penalties = new ArrayList<>();

    /** Adds a training record; returns this source. */
    public synchronized InMemoryAppraisalFactsSource add(TrainingRecord r) {
        trainings.add(Objects.requireNonNull(r, "r"));
        return this;
    }

    /** Adds an education activity; returns this source. */
    public synchronized InMemoryAppraisalFactsSource add(EducationActivityRecord r) {
        activities.add(Objects.requireNonNull(r, "r"));
        return this;
    }

    /** Adds an inspection; returns this source. */
    public synchronized InMemoryAppraisalFactsSource add(InspectionRecord r) {
        inspections.add(Objects.requireNonNull(r, "r"));
        return this;
    }

    /** Adds a public-opinion event; returns this source. */
    public synchronized InMemoryAppraisalFactsSource add(PublicOpinionEventRecord r) {
        opinions.add(Objects.requireNonNull(r, "r"));
        return this;
    }

    /** Adds a penalty; returns this source. */
    public synchronized InMemoryAppraisalFactsSource add(PenaltyRecord r) {
        penalties.add(Objects.requireNonNull(r, "r"));
        return this;
    }

    @Override
    public synchronized List<TrainingRecord> trainings(String unitId, LocalDate from, LocalDate to) {
        return select(trainings, unitId, from, to, TrainingRecord::unitId, TrainingRecord::date, TrainingRecord::id);
    }

    @Override
    public synchronized List<EducationActivityRecord> educationActivities(String unitId, LocalDate from, LocalDate to) {
        return select(activities, unitId, from, to, EducationActivityRecord::unitId, EducationActivityRecord::date,
                EducationActivityRecord::id);
    }

    @Override
    public synchronized List<InspectionRecord> inspections(String unitId, LocalDate from, LocalDate to) {
        return select(inspections, unitId, from, to, InspectionRecord::unitId, InspectionRecord::date,
                InspectionRecord::id);
    }

    @Override
    public synchronized List<PublicOpinionEventRecord> publicOpinionEvents(String unitId, LocalDate from, LocalDate to) {
        return select(opinions, unitId, from, to, PublicOpinionEventRecord::unitId, PublicOpinionEventRecord::date,
                PublicOpinionEventRecord::id);
    }

    @Override
    public synchronized List<PenaltyRecord> penalties(String unitId, LocalDate from, LocalDate to) {
        return select(penalties, unitId, from, to, PenaltyRecord::unitId, PenaltyRecord::date, PenaltyRecord::id);
    }

    private static <T> List<T> select(List<T> all, String unitId, LocalDate from, LocalDate to,
                                      Function<T, String> unit, Function<T, LocalDate> date, Function<T, String> id) {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        return all.stream()
                .filter(r -> unit.apply(r).equals(unitId))
                .filter(r -> !date.apply(r).isBefore(from) && !date.apply(r).isAfter(to))
                .sorted(Comparator.comparing(date).thenComparing(id))
                .toList();
    }
}
