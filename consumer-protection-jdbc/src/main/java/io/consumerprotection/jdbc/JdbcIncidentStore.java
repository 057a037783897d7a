package io.consumerprotection.jdbc;

import io.consumerprotection.spi.privacy.IncidentRecord;
import io.consumerprotection.spi.privacy.IncidentStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@link IncidentStore} on the host's database: table {@code data_incident} (V8), the record as JSON with its
 * discovery instant as an exact column for the range query; saves join the caller's transaction
 * ({@link TransactionContext}). Thread-safe.
 */
public final class JdbcIncidentStore implements IncidentStore {

    private final DocumentTable table;

    /** The store on a migrated database, tables by their plain names, each call committing its own. */
    public JdbcIncidentStore(DataSource dataSource) {
        this(dataSource, TableNames.defaults(), TransactionContext.none());
    }

    /**
     * On these tables ({@link TableNames}: the schema and prefix the migrations were run with), in the caller's
     * transaction when {@code transactionContext} has one (a savepoint on it), otherwise committing its own.
     */
    public JdbcIncidentStore(DataSource dataSource, TableNames tables, TransactionContext transactionContext) {
        this.table = new DocumentTable(new Transactions(dataSource, transactionContext),
                Objects.requireNonNull(tables, "tables").table("data_incident"), "DATA_INCIDENT", "discovered_at");
    }

    @Override
    public void save(IncidentRecord incident, long expectedVersion) {
        Objects.requireNonNull(incident, "incident");
        table.save(incident.id(), expectedVersion, incident.version(),
                (s, i) -> s.setBigDecimal(i, Columns.epoch(incident.discoveredAt())), Columns.JSON.writeValueAsString(incident));
    }

    @Override
    public Optional<IncidentRecord> find(String id) {
        Objects.requireNonNull(id, "id");
        return table.find(id).map(JdbcIncidentStore::read);
    }

    @Override
    public List<IncidentRecord> findDiscoveredBetween(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return table.query("WHERE discovered_at >= ? AND discovered_at < ?",
                        (s, i) -> s.setBigDecimal(i, Columns.epoch(from)), (s, i) -> s.setBigDecimal(i, Columns.epoch(to)))
                .stream().map(JdbcIncidentStore::read)
                .sorted(Comparator.comparing(IncidentRecord::discoveredAt).thenComparing(IncidentRecord::id)).toList();
    }

    private static IncidentRecord read(String body) {
        return Columns.JSON.readValue(body, IncidentRecord.class);
    }
}
