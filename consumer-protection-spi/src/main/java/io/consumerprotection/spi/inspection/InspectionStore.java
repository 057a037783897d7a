package io.consumerprotection.spi.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The host's store of inspection plans, service inspections and the cadence of checks.
 *
 * @implSpec Implementations are thread-safe. {@link #savePlan} and {@link #saveInspection} are optimistic
 * writes: with {@code expectedVersion} 0 they add a new record and throw
 * {@link io.consumerprotection.spi.StaleWriteException} when the id is taken; otherwise they replace the stored
 * record only when the store holds exactly {@code expectedVersion}, and throw {@code StaleWriteException}
 * (nothing written) when it holds another or none; the record must carry {@code expectedVersion + 1}
 * ({@link IllegalArgumentException} otherwise). {@link #recordCadence} appends and throws
 * {@link IllegalStateException} for a repeated id. Every field and list order is kept as given. Lists come
 * ordered: plans by id; inspections by day, then id; cadence records by day, then id; ranges are inclusive of both
 * days. Nothing is deleted. No method accepts {@code null} ({@link NullPointerException}). The contract tests in
 * {@code io.consumerprotection.spi.contract.InspectionStoreContractTest} check it.
 */
public interface InspectionStore {

    /** Adds ({@code expectedVersion} 0) or replaces a plan. */
    void savePlan(InspectionPlanRecord plan, long expectedVersion);

    /** The plan with this id, if any. */
    Optional<InspectionPlanRecord> findPlan(String id);

    /** Every plan, by id. */
    List<InspectionPlanRecord> findPlans();

    /** Adds ({@code expectedVersion} 0) or replaces an inspection. */
    void saveInspection(ServiceInspectionRecord inspection, long expectedVersion);

    /** The inspection with this id, if any. */
    Optional<ServiceInspectionRecord> findInspection(String id);

    /** The inspections on days {@code [from, to]}, by day, then id. */
    List<ServiceInspectionRecord> findInspections(LocalDate from, LocalDate to);

    /** Appends a cadence record. */
    void recordCadence(CadenceRecord record);

    /** The cadence records on days {@code [from, to]}, by day, then id. */
    List<CadenceRecord> findCadence(LocalDate from, LocalDate to);
}
