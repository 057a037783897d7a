package io.consumerprotection.testkit;

import io.consumerprotection.spi.StaleWriteException;
import io.consumerprotection.spi.inspection.CadenceRecord;
import io.consumerprotection.spi.inspection.InspectionPlanRecord;
import io.consumerprotection.spi.inspection.InspectionStore;
import io.consumerprotection.spi.inspection.ServiceInspectionRecord;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** An {@link InspectionStore} in memory. Thread-safe. Not for production: it forgets when the JVM stops. */
public final class InMemoryInspectionStore implements InspectionStore {

    private final Map<String, InspectionPlanRecord> plans = new TreeMap<>();
    private final Map<String, ServiceInspectionRecord> inspections = new HashMap<>();
    private final Map<String, CadenceRecord> cadence = new HashMap<>();

    @Override
    public synchronized void savePlan(InspectionPlanRecord plan, long expectedVersion) {
        Objects.requireNonNull(plan, "plan");
        check(plan.version(), expectedVersion, plans.get(plan.id()) == null ? 0 : plans.get(plan.id()).version(),
                "INSPECTION_PLAN", plan.id());
        plans.put(plan.id(), plan);
    }

    @Override
    public synchronized Optional<InspectionPlanRecord> findPlan(String id) {
        return Optional.ofNullable(plans.get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public synchronized List<InspectionPlanRecord> findPlans() {
        return List.copyOf(plans.values());
    }

    @Override
    public synchronized void saveInspection(ServiceInspectionRecord inspection, long expectedVersion) {
        Objects.requireNonNull(inspection, "inspection");
        ServiceInspectionRecord stored = inspections.get(inspection.id());
        check(inspection.version(), expectedVersion, stored == null ? 0 : stored.version(), "INSPECTION", inspection.id());
        inspections.put(inspection.id(), inspection);
    }

    @Override
    public synchronized Optional<ServiceInspectionRecord> findInspection(String id) {
        return Optional.ofNullable(inspections.get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public synchronized List<ServiceInspectionRecord> findInspections(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return inspections.values().stream().filter(i -> !i.on().isBefore(from) && !i.on().isAfter(to))
                .sorted(Comparator.comparing(ServiceInspectionRecord::on).thenComparing(ServiceInspectionRecord::id)).toList();
    }

    @Override
    public synchronized void recordCadence(CadenceRecord record) {
        Objects.requireNonNull(record, "record");
        if (cadence.containsKey(record.id())) {
            throw new IllegalStateException("cadence record " + record.id() + " was already recorded");
        }
        cadence.put(record.id(), record);
    }

    @Override
    public synchronized List<CadenceRecord> findCadence(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return cadence.values().stream().filter(c -> !c.on().isBefore(from) && !c.on().isAfter(to))
                .sorted(Comparator.comparing(CadenceRecord::on).thenComparing(CadenceRecord::id)).toList();
    }

    private static void check(long version, long expected, long actual, String kind, String id) {
        if (version != expected + 1) {
            throw new IllegalArgumentException("version must be expectedVersion + 1");
        }
        if (actual != expected) {
            throw new StaleWriteException(kind, id, expected, actual);
        }
    }
}
