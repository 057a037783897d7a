package io.consumerprotection.core.inspection;

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

/**
 * The host's appraisal facts with the service inspections recorded here in place of host totals: {@link #inspections}
 * returns the host's other inspections (regulator, internal audit: those whose inspector is not an
 * {@link InspectionKind}) plus {@link Inspections#appraisalRecords}, so the appraisal's {@code inspection.issues}
 * and {@code inspection.unrectified} indicators read the problems and rectification items tracked here.
 */
public final class InspectionFacts implements AppraisalFactsSource {

    private final AppraisalFactsSource host;
    private final Inspections inspections;

    private InspectionFacts(AppraisalFactsSource host, Inspections inspections) {
        this.host = host;
        this.inspections = inspections;
    }

    /** The host's facts, with inspections from {@code inspections}. */
    public static InspectionFacts over(AppraisalFactsSource host, Inspections inspections) {
        return new InspectionFacts(Objects.requireNonNull(host, "host"), Objects.requireNonNull(inspections, "inspections"));
    }

    @Override
    public List<TrainingRecord> trainings(String unitId, LocalDate from, LocalDate to) {
        return host.trainings(unitId, from, to);
    }

    @Override
    public List<EducationActivityRecord> educationActivities(String unitId, LocalDate from, LocalDate to) {
        return host.educationActivities(unitId, from, to);
    }

    @Override
    public List<InspectionRecord> inspections(String unitId, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from must not be after to");
        }
        List<InspectionRecord> all = new ArrayList<>();
        for (InspectionRecord r : host.inspections(unitId, from, to)) {
            boolean service = false;
            for (InspectionKind k : InspectionKind.values()) {
                service |= k.name().equals(r.inspector());
            }
            if (!service) {
                all.add(r);
            }
        }
        all.addAll(inspections.appraisalRecords(unitId, from, to));
        all.sort(Comparator.comparing(InspectionRecord::date).thenComparing(InspectionRecord::id));
        return List.copyOf(all);
    }

    @Override
    public List<PublicOpinionEventRecord> publicOpinionEvents(String unitId, LocalDate from, LocalDate to) {
        return host.publicOpinionEvents(unitId, from, to);
    }

    @Override
    public List<PenaltyRecord> penalties(String unitId, LocalDate from, LocalDate to) {
        return host.penalties(unitId, from, to);
    }
}
