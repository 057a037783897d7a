package io.consumerprotection.jdbc;

import io.consumerprotection.spi.partner.PartnerRecord;
import io.consumerprotection.spi.partner.PartnerRegistry;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/** The {@link PartnerRegistry} on the host's database: table {@code partner} (V8), the record as JSON;
 * saves join the caller's transaction ({@link TransactionContext}). Thread-safe. */
public final class JdbcPartnerRegistry implements PartnerRegistry {

    private final DocumentTable table;

    /** The registry on a migrated database, tables by their plain names, each call committing its own. */
    public JdbcPartnerRegistry(DataSource dataSource) {
        this(dataSource, TableNames.defaults(), TransactionContext.none());
    }

    /**
     * On these tables ({@link TableNames}: the schema and prefix the migrations were run with), in the caller's
     * transaction when {@code transactionContext} has one (a savepoint on it), otherwise committing its own.
     */
    public JdbcPartnerRegistry(DataSource dataSource, TableNames tables, TransactionContext transactionContext) {
        this.table = new DocumentTable(new Transactions(dataSource, transactionContext),
                Objects.requireNonNull(tables, "tables").table("partner"), "PARTNER", null);
    }

    @Override
    public void save(PartnerRecord partner, long expectedVersion) {
        Objects.requireNonNull(partner, "partner");
        table.save(partner.id(), expectedVersion, partner.version(), null, Columns.JSON.writeValueAsString(partner));
    }

    @Override
    public Optional<PartnerRecord> find(String id) {
        Objects.requireNonNull(id, "id");
        return table.find(id).map(b -> Columns.JSON.readValue(b, PartnerRecord.class));
    }

    @Override
    public List<PartnerRecord> findAll() {
        return table.query("").stream().map(b -> Columns.JSON.readValue(b, PartnerRecord.class))
                .sorted(Comparator.comparing(PartnerRecord::id)).toList();
    }
}
