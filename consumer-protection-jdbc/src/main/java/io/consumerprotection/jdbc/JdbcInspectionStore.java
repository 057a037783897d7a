package io.consumerprotection.jdbc;

import io.consumerprotection.spi.inspection.CadenceRecord;
import io.consumerprotection.spi.inspection.InspectionPlanRecord;
import io.consumerprotection.spi.inspection.InspectionStore;
import io.consumerprotection.spi.inspection.ServiceInspectionRecord;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@link InspectionStore} on the host's database: tables {@code inspection_plan}, {@code service_inspection}
 * and {@code inspection_cadence} (V8), each record as JSON with its day as a column for the range queries;
 * writes join the caller's transaction ({@link TransactionContext}). Thread-safe.
 */
public final class JdbcInspectionStore implements InspectionStore {

    private final DocumentTable plans;
    private final DocumentTable inspections;
    private final DocumentTable cadence;

    /** The store on a migrated database, tables by their plain names, each call committing its own. */
    public JdbcInspectionStore(DataSource dataSource) {
        this(dataSource, TableNames.defaults(), TransactionContext.none());
    }

    /**
     * On these tables ({@link TableNames}: the schema and prefix the migrations were run with), in the caller's
     * transaction when {@code transactionContext} has one (a savepoint on it), otherwise committing its own.
     */
    public JdbcInspectionStore(DataSource dataSource, TableNames tables, TransactionContext transactionContext) {
        Objects.requireNonNull(tables, "tables");
        Transactions transactions = new Transactions(dataSource, transactionContext);
        this.plans = new DocumentTable(transactions, tables.table("inspection_plan"), "INSPECTION_PLAN", null);
        this.inspections = new DocumentTable(transactions, tables.table("service_inspection"), "INSPECTION", "inspected_on");
        this.cadence = new DocumentTable(transactions, tables.table("inspection_cadence"), "INSPECTION_CADENCE", "done_on");
    }

    @Override
    public void savePlan(InspectionPlanRecord plan, long expectedVersion) {
        Objects.requireNonNull(plan, "plan");
        plans.save(plan.id(), expectedVersion, plan.version(), null, Columns.JSON.writeValueAsString(plan));
    }

    @Override
    public Optional<InspectionPlanRecord> findPlan(String id) {
        Objects.requireNonNull(id, "id");
        return plans.find(id).map(b -> Columns.JSON.readValue(b, InspectionPlanRecord.class));
    }

    @Override
    public List<InspectionPlanRecord> findPlans() {
        return plans.query("").stream()
                .map(b -> Columns.JSON.readValue(b, InspectionPlanRecord.class))
                .sorted(Comparator.comparing(InspectionPlanRecord::id)).toList();
    }

    @Override
    public void saveInspection(ServiceInspectionRecord inspection, long expectedVersion) {
        Objects.requireNonNull(inspection, "inspection");
        inspections.save(inspection.id(), expectedVersion, inspection.version(), (s, i) -> s.setObject(i, inspection.on()),
                Columns.JSON.writeValueAsString(inspection));
    }

    @Override
    public Optional<ServiceInspectionRecord> findInspection(String id) {
        Objects.requireNonNull(id, "id");
        return inspections.find(id).map(b -> Columns.JSON.readValue(b, ServiceInspectionRecord.class));
    }

    @Override
    public List<ServiceInspectionRecord> findInspections(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return inspections.query("WHERE inspected_on >= ? AND inspected_on <= ?",
                        (s, i) -> s.setObject(i, from), (s, i) -> s.setObject(i, to)).stream()
                .map(b -> Columns.JSON.readValue(b, ServiceInspectionRecord.class))
                .sorted(Comparator.comparing(ServiceInspectionRecord::on).thenComparing(ServiceInspectionRecord::id)).toList();
    }

    @Override
    public void recordCadence(CadenceRecord record) {
        Objects.requireNonNull(record, "record");
        cadence.append(record.id(), (s, i) -> s.setObject(i, record.on()), Columns.JSON.writeValueAsString(record));
    }

    @Override
    public List<CadenceRecord> findCadence(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return cadence.query("WHERE done_on >= ? AND done_on <= ?",
                        (s, i) -> s.setObject(i, from), (s, i) -> s.setObject(i, to)).stream()
                .map(b -> Columns.JSON.readValue(b, CadenceRecord.class))
                .sorted(Comparator.comparing(CadenceRecord::on).thenComparing(CadenceRecord::id)).toList();
    }
}
