package io.consumerprotection.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.spi.appraisal.AppraisalFactsSource;
import io.consumerprotection.spi.appraisal.EducationActivityRecord;
import io.consumerprotection.spi.appraisal.InspectionRecord;
import io.consumerprotection.spi.appraisal.PenaltyRecord;
import io.consumerprotection.spi.appraisal.PublicOpinionEventRecord;
import io.consumerprotection.spi.appraisal.TrainingRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link AppraisalFactsSource} meets: per unit, inclusive period, ordered by date then
 * id, immutable, never {@code null}. A host extends this class and implements {@link #newSource(Facts)},
 * which returns a source holding exactly the given records.
 */
public abstract class AppraisalFactsSourceContractTest {

    /** The records a source under test must hold. */
    public record Facts(List<TrainingRecord> trainings, List<EducationActivityRecord> activities,
                        List<InspectionRecord> inspections, List<PublicOpinionEventRecord> opinions,
                        List<PenaltyRecord> penalties) {
    }

    protected static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    protected static final LocalDate TO = LocalDate.of(2025, 6, 30);

    /** Sample facts of two branches, some on the period's edges, some outside, deliberately unordered. */
    protected static final Facts SAMPLES = new Facts(
            List.of(new TrainingRecord("T3", "ZX", LocalDate.of(2025, 6, 30), "应知应会考试", 120, 120, 120, 120),
                    new TrainingRecord("T1", "ZX", LocalDate.of(2025, 1, 1), "监管新规", 40, 38, 0, 0),
                    new TrainingRecord("T2", "ZX", LocalDate.of(2025, 1, 1), "投诉处理技巧", 30, 30, 30, 28),
                    new TrainingRecord("T0", "ZX", LocalDate.of(2024, 12, 31), "old", 10, 10, 10, 10),
                    new TrainingRecord("T9", "QD", LocalDate.of(2025, 3, 1), "other branch", 10, 9, 9, 9)),
            List.of(new EducationActivityRecord("E2", "ZX", LocalDate.of(2025, 3, 15), "OFFLINE", "3·15", 5000),
                    new EducationActivityRecord("E1", "ZX", LocalDate.of(2025, 3, 15), "ONLINE", "消保小课堂", 30000),
                    new EducationActivityRecord("E3", "ZX", LocalDate.of(2025, 7, 1), "OFFLINE", "late", 10)),
            List.of(new InspectionRecord("I1", "ZX", LocalDate.of(2025, 5, 20), "INTERNAL_AUDIT", 15, 15),
                    new InspectionRecord("I2", "QD", LocalDate.of(2025, 5, 20), "NFRA", 3, 1)),
            List.of(new PublicOpinionEventRecord("O1", "QD", LocalDate.of(2025, 4, 2), true, true, "")),
            List.of(new PenaltyRecord("P1", "QD", LocalDate.of(2025, 2, 28), "NFRA", "X银罚决字〔2025〕1号",
                    new BigDecimal("300000"))));

    protected AppraisalFactsSource source;

    /** A source holding exactly these records. */
    protected abstract AppraisalFactsSource newSource(Facts facts);

    @BeforeEach
    void createSource() {
        source = newSource(SAMPLES);
    }

    @Test
    void returnsTheUnitsRecordsInThePeriodIncludingBothEdgesOrderedByDateThenId() {
        assertThat(source.trainings("ZX", FROM, TO)).extracting(TrainingRecord::id).containsExactly("T1", "T2", "T3");
        assertThat(source.educationActivities("ZX", FROM, TO)).extracting(EducationActivityRecord::id)
                .containsExactly("E1", "E2");
        assertThat(source.inspections("ZX", FROM, TO)).extracting(InspectionRecord::id).containsExactly("I1");
    }

    @Test
    void keepsEveryField() {
        assertThat(source.trainings("ZX", FROM, TO).get(0)).isEqualTo(SAMPLES.trainings().get(1));
        assertThat(source.penalties("QD", FROM, TO)).containsExactly(SAMPLES.penalties().get(0));
        assertThat(source.publicOpinionEvents("QD", FROM, TO)).containsExactly(SAMPLES.opinions().get(0));
        assertThat(source.inspections("QD", FROM, TO)).containsExactly(SAMPLES.inspections().get(1));
    }

    @Test
    void returnsAnEmptyListNotNullWhenThereIsNothing() {
        assertThat(source.penalties("ZX", FROM, TO)).isNotNull().isEmpty();
        assertThat(source.publicOpinionEvents("ZX", FROM, TO)).isNotNull().isEmpty();
        assertThat(source.trainings("NOWHERE", FROM, TO)).isNotNull().isEmpty();
        assertThat(source.educationActivities("ZX", LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 1))).isEmpty();
    }

    @Test
    void aOneDayPeriodWorks() {
        LocalDate day = LocalDate.of(2025, 1, 1);
        assertThat(source.trainings("ZX", day, day)).extracting(TrainingRecord::id).containsExactly("T1", "T2");
    }

    @Test
    void returnsImmutableLists() {
        List<TrainingRecord> list = source.trainings("ZX", FROM, TO);
        assertThatThrownBy(() -> list.add(SAMPLES.trainings().get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesAnInvertedPeriod() {
        assertThatThrownBy(() -> source.trainings("ZX", TO, FROM)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> source.penalties("ZX", TO, FROM)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesNullArguments() {
        assertThatThrownBy(() -> source.inspections(null, FROM, TO)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> source.inspections("ZX", null, TO)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> source.inspections("ZX", FROM, null)).isInstanceOf(NullPointerException.class);
    }
}
