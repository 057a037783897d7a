package io.consumerprotection.jdbc;

import io.consumerprotection.spi.rectification.AccountabilityRecord;
import io.consumerprotection.spi.rectification.RectificationConflictException;
import io.consumerprotection.spi.rectification.RectificationRecord;
import io.consumerprotection.spi.rectification.RectificationStore;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * A {@link RectificationStore} on the {@code rectification_item} and {@code rectification_accountability}
 * tables (migration V7): an insert for version 0, an {@code UPDATE … WHERE version = ?} otherwise, each in the
 * caller's transaction when the {@link TransactionContext} has one (a savepoint on it) or in its own (REPEATABLE
 * READ on H2, see {@code Transactions}); a conflict writes nothing. Proven by the
 * spi contract test on H2 and PostgreSQL. Thread-safe.
 */
public final class JdbcRectificationStore implements RectificationStore {

    private static final String COLUMNS = "id, version, source_kind, source_reference, rule_key, unit_id, owner_role,"
            + " problem, plan, due_date, opened_at, started_at, done_at, evidence, verified_at, verified_by, repeat_of";

    private final String itemTable;
    private final String accountabilityTable;
    private final Transactions transactions;

    /** A store on this data source whose schema is migrated, tables by their plain names, each call committing its own. */
    public JdbcRectificationStore(DataSource dataSource) {
        this(dataSource, TableNames.defaults(), TransactionContext.none());
    }

    /**
     * On these tables ({@link TableNames}: the schema and prefix the migrations were run with), in the caller's
     * transaction when {@code transactionContext} has one (a savepoint on it), otherwise committing its own.
     */
    public JdbcRectificationStore(DataSource dataSource, TableNames tables, TransactionContext transactionContext) {
        Objects.requireNonNull(tables, "tables");
        this.itemTable = tables.table("rectification_item");
        this.accountabilityTable = tables.table("rectification_accountability");
        this.transactions = new Transactions(dataSource, transactionContext);
    }

    @Override
    public RectificationRecord save(RectificationRecord item) {
        Objects.requireNonNull(item, "item");
        RectificationRecord saved = item.withVersion(item.version() + 1);
        try (Transactions.Unit unit = transactions.begin()) {
            Connection c = unit.connection();
            try {
                boolean written;
                if (item.version() == 0) {
                    written = insert(c, saved);
                } else {
                    written = update(c, saved, item.version());
                }
                if (!written) {
                    unit.rollback();
                    long actual = version(c, item.id());
                    unit.rollback();
                    throw new RectificationConflictException(item.id(), item.version(), actual);
                }
                unit.commit();
                return saved;
            } catch (SQLException e) {
                unit.rollback();
                if (Columns.isUniqueViolation(e) || Columns.isConcurrentUpdate(e)) {
                    throw new RectificationConflictException(item.id(), item.version(), versionQuietly(item.id()));
                }
                throw new JdbcAccessException("saving rectification item", e);
            } catch (RuntimeException | Error e) {
                unit.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new JdbcAccessException("saving rectification item", e);
        }
    }

    private boolean insert(Connection c, RectificationRecord r) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO " + itemTable + " (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, r.id());
            s.setLong(2, r.version());
            bind(s, r, 3);
            return s.executeUpdate() == 1;
        }
    }

    private boolean update(Connection c, RectificationRecord r, long expected) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE " + itemTable + " SET version = ?, source_kind = ?,"
                + " source_reference = ?, rule_key = ?, unit_id = ?, owner_role = ?, problem = ?, plan = ?, due_date = ?,"
                + " opened_at = ?, started_at = ?, done_at = ?, evidence = ?, verified_at = ?, verified_by = ?, repeat_of = ?"
                + " WHERE id = ? AND version = ?")) {
            s.setLong(1, r.version());
            bind(s, r, 2);
            s.setString(17, r.id());
            s.setLong(18, expected);
            return s.executeUpdate() == 1;
        }
    }

    private static void bind(PreparedStatement s, RectificationRecord r, int at) throws SQLException {
        int i = at;
        s.setString(i++, r.sourceKind());
        s.setString(i++, r.sourceReference());
        s.setString(i++, r.ruleKey());
        s.setString(i++, r.unitId());
        s.setString(i++, r.ownerRole());
        s.setString(i++, r.problem());
        s.setString(i++, r.plan());
        s.setDate(i++, Date.valueOf(r.dueDate()));
        s.setBigDecimal(i++, Columns.epoch(r.openedAt()));
        s.setBigDecimal(i++, epochOrNull(r.startedAt()));
        s.setBigDecimal(i++, epochOrNull(r.doneAt()));
        ArrayNode evidence = Columns.JSON.createArrayNode();
        r.evidence().forEach(evidence::add);
        s.setString(i++, Columns.write(evidence));
        s.setBigDecimal(i++, epochOrNull(r.verifiedAt()));
        s.setString(i++, r.verifiedBy());
        s.setString(i, r.repeatOf());
    }

    private static BigDecimal epochOrNull(Instant at) {
        return at == null ? null : Columns.epoch(at);
    }

    private static Instant instantOrNull(BigDecimal epoch) {
        return epoch == null ? null : Columns.instant(epoch);
    }

    private long version(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT version FROM " + itemTable + " WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private long versionQuietly(String id) {
        try {
            return transactions.read("reading a rectification item's version", c -> version(c, id));
        } catch (JdbcAccessException e) {
            return -1;
        }
    }

    @Override
    public Optional<RectificationRecord> find(String itemId) {
        Objects.requireNonNull(itemId, "itemId");
        List<RectificationRecord> found = query("SELECT " + COLUMNS + " FROM " + itemTable + " WHERE id = ?", itemId);
        return found.stream().findFirst();
    }

    @Override
    public List<RectificationRecord> findByUnitAndRule(String unitId, String ruleKey) {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(ruleKey, "ruleKey");
        return query("SELECT " + COLUMNS + " FROM " + itemTable + " WHERE unit_id = ? AND rule_key = ?"
                + " ORDER BY opened_at, id", unitId, ruleKey);
    }

    @Override
    public List<RectificationRecord> findAll() {
        return query("SELECT " + COLUMNS + " FROM " + itemTable + " ORDER BY opened_at, id");
    }

    private List<RectificationRecord> query(String sql, String... args) {
        return transactions.read("reading rectification items", c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    s.setString(i + 1, args[i]);
                }
                List<RectificationRecord> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(read(rs));
                    }
                }
                return List.copyOf(out);
            }
        });
    }

    private static RectificationRecord read(ResultSet rs) throws SQLException {
        List<String> evidence = new ArrayList<>();
        JsonNode ev = Columns.read(rs.getString("evidence"));
        ev.forEach(n -> evidence.add(n.asString()));
        return new RectificationRecord(rs.getString("id"), rs.getString("source_kind"), rs.getString("source_reference"),
                rs.getString("rule_key"), rs.getString("unit_id"), rs.getString("owner_role"), rs.getString("problem"),
                rs.getString("plan"), rs.getDate("due_date").toLocalDate(), Columns.instant(rs.getBigDecimal("opened_at")),
                instantOrNull(rs.getBigDecimal("started_at")), instantOrNull(rs.getBigDecimal("done_at")), evidence,
                instantOrNull(rs.getBigDecimal("verified_at")), rs.getString("verified_by"), rs.getString("repeat_of"),
                rs.getLong("version"));
    }

    @Override
    public void recordAccountability(AccountabilityRecord record) {
        Objects.requireNonNull(record, "record");
        try (Transactions.Unit unit = transactions.begin()) {
            Connection c = unit.connection();
            try {
                if (version(c, record.itemId()) == 0) {
                    unit.rollback();
                    throw new IllegalStateException("no rectification item " + record.itemId());
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO " + accountabilityTable + " (id, item_id, who,"
                        + " what, outcome, complaint_id, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    s.setString(1, record.id());
                    s.setString(2, record.itemId());
                    s.setString(3, record.who());
                    s.setString(4, record.what());
                    s.setString(5, record.outcome());
                    s.setString(6, record.complaintId());
                    s.setBigDecimal(7, Columns.epoch(record.decidedAt()));
                    s.executeUpdate();
                }
                unit.commit();
            } catch (SQLException e) {
                unit.rollback();
                if (Columns.isUniqueViolation(e)) {
                    throw new IllegalStateException("accountability record " + record.id() + " was already recorded");
                }
                throw new JdbcAccessException("recording accountability", e);
            } catch (RuntimeException | Error e) {
                unit.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new JdbcAccessException("recording accountability", e);
        }
    }

    @Override
    public List<AccountabilityRecord> accountability(String itemId) {
        Objects.requireNonNull(itemId, "itemId");
        return transactions.read("reading accountability records", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, item_id, who, what, outcome, complaint_id,"
                    + " decided_at FROM " + accountabilityTable + " WHERE item_id = ? ORDER BY seq")) {
                s.setString(1, itemId);
                List<AccountabilityRecord> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new AccountabilityRecord(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), Columns.instant(rs.getBigDecimal(7))));
                    }
                }
                return List.copyOf(out);
            }
        });
    }
}
