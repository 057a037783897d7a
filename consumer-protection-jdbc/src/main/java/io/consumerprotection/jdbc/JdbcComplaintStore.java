package io.consumerprotection.jdbc;

import io.consumerprotection.spi.audit.AuditRecord;
import io.consumerprotection.spi.audit.ChainLink;
import io.consumerprotection.spi.complaint.AtomicAuditedComplaintStore;
import io.consumerprotection.spi.complaint.AuditedSave;
import io.consumerprotection.spi.complaint.ComplaintSave;
import io.consumerprotection.spi.complaint.ComplainantRecord;
import io.consumerprotection.spi.complaint.ComplaintQuery;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.ComplaintStore;
import io.consumerprotection.spi.complaint.DuplicateChannelReferenceException;
import io.consumerprotection.spi.complaint.TimelineEventRecord;
import io.consumerprotection.spi.complaint.VersionConflictException;
import io.consumerprotection.spi.notification.Notification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link ComplaintStore} on a JDBC database migrated by {@link JdbcSchema} (the scripts of
 * {@code db/consumer-protection}), its tables named by {@link TableNames}.
 *
 * <p>One row per complaint in {@code complaint}; classification, timeline and due dates are JSON text in
 * the same row, and instants are exact (nanoseconds) on every database. A save is one transaction:
 * a new complaint is an {@code INSERT} guarded by the primary key and the unique
 * {@code (channel, channel_reference)} constraint; a change is
 * {@code UPDATE … WHERE id = ? AND version = ?}, so of two writers with the same expected version exactly
 * one updates a row. {@link #saveWithNotifications} also queues notifications in the outbox in that same
 * transaction, and {@link #saveAudited} also appends the change's audit record there, linked onto the chain's
 * head under its row lock (see {@link JdbcAuditSink}): the version, its notifications and its record commit
 * together or not at all. {@link #saveAll} and {@link #saveAllAudited} write several complaints in one such
 * transaction, each with its version check (core merges a repeat complaint into an earlier one this way): both
 * versions, their notifications and their audit records commit together, or nothing does.
 * {@link #stream} reads in pages of the fetch size, by keyset.
 *
 * <p>Transactions: when the {@link TransactionContext} has a caller's transaction, every save runs in it (inside a
 * savepoint: a refused save leaves the caller's other work as it was) and every read sees it; the caller's commit
 * or rollback then decides for the complaint, its notifications and its audit record together. Otherwise a save
 * commits a transaction of its own.
 *
 * <p>Thread-safe: every call takes its own connection from the data source (pass a pooled one in
 * production) unless it joins the caller's. Personal data (names, narratives) is never logged or put in an exception message.
 */
public final class JdbcComplaintStore implements AtomicAuditedComplaintStore {

    /** The fetch size used by {@link #stream} unless another is given. */
    public static final int DEFAULT_FETCH_SIZE = 500;

    private static final String COLUMNS = "id, version, channel, channel_reference, source, complainant_kind,"
            + " complainant_reference, complainant_name, complainant_representation, representative_reference,"
            + " joint_complainants, respondent, request, narrative, classification, complaint_level, status,"
            + " received_at, receiving_unit, first_contact_handler, current_handler, related_complaint_id,"
            + " timeline, due_dates";

    private static final String INSERT = "INSERT INTO {complaint} (" + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String UPDATE = "UPDATE {complaint} SET id = ?, version = ?, channel = ?,"
            + " channel_reference = ?, source = ?, complainant_kind = ?, complainant_reference = ?,"
            + " complainant_name = ?, complainant_representation = ?, representative_reference = ?,"
            + " joint_complainants = ?, respondent = ?, request = ?, narrative = ?, classification = ?,"
            + " complaint_level = ?, status = ?, received_at = ?, receiving_unit = ?, first_contact_handler = ?,"
            + " current_handler = ?, related_complaint_id = ?, timeline = ?, due_dates = ?"
            + " WHERE id = ? AND version = ?";

    private final DataSource dataSource;
    private final TableNames tables;
    private final int fetchSize;
    private final JdbcAuditSink auditSink;
    private final Transactions transactions;
    private final String insert;
    private final String update;

    /**
     * A store on this data source whose schema is migrated, with the default table names, committing every save
     * on its own, streaming with {@link #DEFAULT_FETCH_SIZE}.
     */
    public JdbcComplaintStore(DataSource dataSource) {
        this(dataSource, DEFAULT_FETCH_SIZE);
    }

    /**
     * A store on this data source whose schema is migrated, with the default table names, committing every save
     * on its own.
     *
     * @param fetchSize how many rows {@link #stream} reads per page (one query each), at least 1
     */
    public JdbcComplaintStore(DataSource dataSource, int fetchSize) {
        this(dataSource, TableNames.defaults(), TransactionContext.none(), fetchSize);
    }

    /**
     * A store on this data source whose schema is migrated ({@link JdbcSchema}) with these table names.
     *
     * @param tables             where the tables are
     * @param transactionContext the caller's transactions, which every save and read joins when there is one
     * @param fetchSize          how many rows {@link #stream} reads per page (one query each), at least 1
     */
    public JdbcComplaintStore(DataSource dataSource, TableNames tables, TransactionContext transactionContext,
                              int fetchSize) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.tables = Objects.requireNonNull(tables, "tables");
        if (fetchSize < 1) {
            throw new IllegalArgumentException("fetchSize must be at least 1, was " + fetchSize);
        }
        this.fetchSize = fetchSize;
        this.transactions = new Transactions(dataSource, transactionContext);
        this.auditSink = new JdbcAuditSink(dataSource, tables, transactionContext);
        this.insert = tables.sql(INSERT);
        this.update = tables.sql(UPDATE);
    }

    /** Where this store's tables are. */
    public TableNames tables() {
        return tables;
    }

    /** The sink over the same database's trail, which {@link #saveAudited} appends to. */
    @Override
    public JdbcAuditSink auditSink() {
        return auditSink;
    }

    @Override
    public ComplaintRecord save(ComplaintRecord record, long expectedVersion) {
        return saveWithNotifications(record, expectedVersion, List.of());
    }

    /**
     * Saves a complaint with an optimistic version check and queues notifications in the outbox, in one
     * transaction: either the complaint version and every notification are stored, or nothing is.
     * A notification whose id is already queued is not queued again.
     *
     * @param record          the complaint; its {@code version} field is ignored
     * @param expectedVersion the version the caller read, {@code 0} for a new complaint
     * @param notifications   the notifications this change causes; may be empty
     * @return the stored record, whose version is {@code expectedVersion + 1}
     * @throws VersionConflictException           when the store holds another version
     * @throws DuplicateChannelReferenceException when the channel reference belongs to another complaint
     * @throws JdbcAccessException                when the database fails
     */
    @Override
    public ComplaintRecord saveWithNotifications(ComplaintRecord record, long expectedVersion,
                                                 List<Notification> notifications) {
        return saveInOneTransaction(record, expectedVersion, notifications, null, null);
    }

    /**
     * Saves a complaint with an optimistic version check, queues notifications in the outbox and appends the
     * change's audit record linked onto the chain's head, in one transaction: the complaint row is written
     * first (its row lock taken), then the notifications, then the head row is locked and the record appended,
     * so two changes never wait for each other's locks in opposite orders.
     *
     * @throws VersionConflictException           when the store holds another version
     * @throws DuplicateChannelReferenceException when the channel reference belongs to another complaint
     * @throws IllegalStateException              when the audit record's id was already appended
     * @throws JdbcAccessException                when the database fails
     */
    @Override
    public ComplaintRecord saveAudited(ComplaintRecord record, long expectedVersion, List<Notification> notifications,
                                       AuditRecord audit, ChainLink link) {
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(link, "link");
        return saveInOneTransaction(record, expectedVersion, notifications, audit, link);
    }

    /** How often a change is tried again when another writer moved the audit chain's head under it (H2 only). */
    private static final int HEAD_ATTEMPTS = 100;

    /**
     * Saves every complaint, or none, in one transaction: each with its optimistic version check, in the order of
     * their ids (so that two calls over the same complaints take their row locks in the same order).
     *
     * @throws VersionConflictException           when the store holds another version of one of them
     * @throws DuplicateChannelReferenceException when a new complaint repeats a stored channel reference
     * @throws IllegalArgumentException           when two saves have one id
     * @throws JdbcAccessException                when the database fails
     */
    @Override
    public List<ComplaintRecord> saveAll(List<ComplaintSave> saves) {
        Objects.requireNonNull(saves, "saves");
        List<Write> writes = new ArrayList<>(saves.size());
        for (ComplaintSave save : saves) {
            Objects.requireNonNull(save, "saves[]");
            writes.add(new Write(save.record().withVersion(save.expectedVersion() + 1), save.expectedVersion(),
                    List.of(), null));
        }
        return saveInOneTransaction(writes, null);
    }

    /**
     * Saves every complaint change with its notifications and its audit record, or none, in one transaction: the
     * complaint rows first, in the order of their ids, then the notifications, then the audit records linked onto
     * the chain's head in the order of {@code saves}, under one lock of the head.
     *
     * @throws VersionConflictException           when the store holds another version of one of them
     * @throws DuplicateChannelReferenceException when a new complaint repeats a stored channel reference
     * @throws IllegalArgumentException           when two saves have one id
     * @throws IllegalStateException              when an audit record's id was already appended
     * @throws JdbcAccessException                when the database fails
     */
    @Override
    public List<ComplaintRecord> saveAllAudited(List<AuditedSave> saves, ChainLink link) {
        Objects.requireNonNull(saves, "saves");
        Objects.requireNonNull(link, "link");
        List<Write> writes = new ArrayList<>(saves.size());
        for (AuditedSave save : saves) {
            Objects.requireNonNull(save, "saves[]");
            writes.add(new Write(save.record().withVersion(save.expectedVersion() + 1), save.expectedVersion(),
                    save.notifications(), save.audit()));
        }
        return saveInOneTransaction(writes, link);
    }

    /** One complaint row of a transaction: the record as stored, the version read, what goes with it. */
    private record Write(ComplaintRecord stored, long expectedVersion, List<Notification> notifications,
                         AuditRecord audit) {
    }

    private ComplaintRecord saveInOneTransaction(ComplaintRecord record, long expectedVersion,
                                                 List<Notification> notifications, AuditRecord audit, ChainLink link) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(notifications, "notifications");
        notifications.forEach(n -> Objects.requireNonNull(n, "notifications[]"));
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("expectedVersion must not be negative, was " + expectedVersion);
        }
        return saveInOneTransaction(List.of(new Write(record.withVersion(expectedVersion + 1), expectedVersion,
                notifications, audit)), link).get(0);
    }

    private List<ComplaintRecord> saveInOneTransaction(List<Write> writes, ChainLink link) {
        if (writes.isEmpty()) {
            return List.of();
        }
        Set<String> ids = new HashSet<>();
        for (Write w : writes) {
            if (!ids.add(w.stored().id())) {
                throw new IllegalArgumentException("saves: complaint " + w.stored().id()
                        + " is saved twice in one call; each id at most once");
            }
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return saveOnce(writes, link);
            } catch (HeadMoved moved) {
                if (attempt == HEAD_ATTEMPTS) {
                    throw new JdbcAccessException("saving complaint " + writes.get(0).stored().id()
                            + ": the audit chain's head kept moving", moved.cause);
                }
                AuditRows.pause(attempt);
            }
        }
    }

    /** Another writer moved the chain's head after this transaction's snapshot (H2 under REPEATABLE READ). */
    private static final class HeadMoved extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient SQLException cause;

        HeadMoved(SQLException cause) {
            super(null, null, false, false);
            this.cause = cause;
        }
    }

    private List<ComplaintRecord> saveOnce(List<Write> writes, ChainLink link) throws HeadMoved {
        List<Write> inLockOrder = new ArrayList<>(writes);
        inLockOrder.sort(Comparator.comparing(w -> w.stored().id()));
        try (Transactions.Unit unit = transactions.begin()) {
            Connection c = unit.connection();
            Write current = inLockOrder.get(0);
            try {
                for (Write w : inLockOrder) {
                    current = w;
                    if (!write(c, w.stored(), w.expectedVersion())) {
                        unit.rollback();
                        long actual = currentVersion(c, w.stored().id());
                        unit.rollback();
                        throw new VersionConflictException(w.stored().id(), w.expectedVersion(), actual);
                    }
                }
                for (Write w : writes) {
                    for (Notification n : w.notifications()) {
                        OutboxRows.insert(c, tables, n);
                    }
                }
                for (Write w : writes) {
                    if (w.audit() == null) {
                        continue;
                    }
                    try {
                        AuditRows.appendLinked(c, tables, w.audit(), link);
                    } catch (SQLException e) {
                        unit.rollback();
                        if (Columns.isUniqueViolation(e)) {
                            throw new IllegalStateException("audit record " + w.audit().id() + " was already appended");
                        }
                        if (Columns.isConcurrentUpdate(e) && !unit.joined()) {
                            throw new HeadMoved(e);
                        }
                        throw new JdbcAccessException("saving complaint " + w.stored().id(), e);
                    }
                }
                unit.commit();
                return writes.stream().map(Write::stored).toList();
            } catch (SQLException e) {
                unit.rollback();
                if (Columns.isUniqueViolation(e) || Columns.isConcurrentUpdate(e)) {
                    throw conflict(unit, current.stored(), current.expectedVersion(), e);
                }
                throw new JdbcAccessException("saving complaint " + current.stored().id(), e);
            } catch (RuntimeException | Error e) {
                unit.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new JdbcAccessException("saving complaint " + writes.get(0).stored().id(), e);
        }
    }

    @Override
    public Optional<ComplaintRecord> findById(String id) {
        Objects.requireNonNull(id, "id");
        return findOne("finding a complaint by id", "SELECT " + COLUMNS + " FROM {complaint} WHERE id = ?", id);
    }

    @Override
    public Optional<ComplaintRecord> findByChannelReference(String channel, String channelReference) {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(channelReference, "channelReference");
        return findOne("finding a complaint by channel reference",
                "SELECT " + COLUMNS + " FROM {complaint} WHERE channel = ? AND channel_reference = ?",
                channel, channelReference);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Read in pages of the fetch size by keyset ({@code received_at, id}), each page one short query on
     * its own connection: memory stays bounded whatever the number of rows, and nothing is held between
     * pages (see {@link Cursor}). Close the stream if it is not read to its end.
     */
    @Override
    public Stream<ComplaintRecord> stream(ComplaintQuery query) {
        Objects.requireNonNull(query, "query");
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS)
                .append(" FROM ").append(tables.table("complaint"))
                .append(" WHERE received_at >= ? AND received_at < ?");
        List<Object> values = new ArrayList<>();
        values.add(Columns.epoch(query.receivedFrom()));
        values.add(Columns.epoch(query.receivedTo()));
        inList(sql, "status", query.statuses(), values);
        inList(sql, "channel", query.channels(), values);
        query.findReceivingUnit().ifPresent(unit -> {
            sql.append(" AND receiving_unit = ?");
            values.add(unit);
        });
        return Cursor.open(dataSource, "streaming complaints",
                new Cursor.Query(sql.toString(), values, List.of("received_at", "id")), fetchSize,
                JdbcComplaintStore::read);
    }

    /** How many complaints are stored. */
    public long count() {
        return transactions.read("counting complaints", c -> {
            try (PreparedStatement s = c.prepareStatement(tables.sql("SELECT COUNT(*) FROM {complaint}"));
                 ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static void inList(StringBuilder sql, String column, Set<String> allowed, List<Object> values) {
        if (allowed.isEmpty()) {
            return;
        }
        sql.append(" AND ").append(column).append(" IN (");
        List<String> sorted = allowed.stream().sorted().toList();
        for (int i = 0; i < sorted.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        sql.append(')');
        values.addAll(sorted);
    }

    private Optional<ComplaintRecord> findOne(String operation, String sql, String... parameters) {
        return transactions.read(operation, c -> {
            try (PreparedStatement s = c.prepareStatement(tables.sql(sql))) {
                for (int i = 0; i < parameters.length; i++) {
                    s.setString(i + 1, parameters[i]);
                }
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Inserts or updates; {@code false} when the update found no row with the expected version. */
    private boolean write(Connection c, ComplaintRecord r, long expectedVersion) throws SQLException {
        if (expectedVersion == 0) {
            try (PreparedStatement s = c.prepareStatement(insert)) {
                bind(s, r);
                return s.executeUpdate() == 1;
            }
        }
        try (PreparedStatement s = c.prepareStatement(update)) {
            bind(s, r);
            s.setString(25, r.id());
            s.setLong(26, expectedVersion);
            return s.executeUpdate() == 1;
        }
    }

    private RuntimeException conflict(Transactions.Unit unit, ComplaintRecord r, long expectedVersion,
                                      SQLException cause) {
        Connection c = unit.connection();
        try {
            long actual = currentVersion(c, r.id());
            Optional<String> owner = ownerOf(c, r.channel(), r.channelReference());
            unit.rollback();
            if (Columns.isConcurrentUpdate(cause) || (expectedVersion == 0 && actual != 0)) {
                return new VersionConflictException(r.id(), expectedVersion, actual);
            }
            if (owner.isPresent() && !owner.get().equals(r.id())) {
                return new DuplicateChannelReferenceException(r.channel(), r.channelReference());
            }
            return new JdbcAccessException("saving complaint " + r.id(), cause);
        } catch (SQLException e) {
            return new JdbcAccessException("reading the version of complaint " + r.id() + " after a conflict", e);
        }
    }

    private long currentVersion(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(tables.sql("SELECT version FROM {complaint} WHERE id = ?"))) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private Optional<String> ownerOf(Connection c, String channel, String reference) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                tables.sql("SELECT id FROM {complaint} WHERE channel = ? AND channel_reference = ?"))) {
            s.setString(1, channel);
            s.setString(2, reference);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static void bind(PreparedStatement s, ComplaintRecord r) throws SQLException {
        ComplainantRecord who = r.complainant();
        s.setString(1, r.id());
        s.setLong(2, r.version());
        s.setString(3, r.channel());
        s.setString(4, r.channelReference());
        s.setString(5, r.source());
        s.setString(6, who.kind());
        s.setString(7, who.reference());
        s.setString(8, who.name());
        s.setString(9, who.representation());
        s.setString(10, who.representativeReference());
        s.setInt(11, who.jointComplainants());
        s.setString(12, r.respondent());
        s.setString(13, r.request());
        s.setString(14, r.narrative());
        s.setString(15, Columns.write(Columns.stringMap(r.classification())));
        s.setString(16, r.level());
        s.setString(17, r.status());
        s.setBigDecimal(18, Columns.epoch(r.receivedAt()));
        s.setString(19, r.receivingUnit());
        s.setString(20, r.firstContactHandler());
        s.setString(21, r.currentHandler());
        s.setString(22, r.relatedComplaintId());
        s.setString(23, Columns.write(timeline(r.timeline())));
        s.setString(24, Columns.write(Columns.dateMap(r.dueDates())));
    }

    private static ComplaintRecord read(ResultSet rs) throws SQLException {
        ComplainantRecord who = new ComplainantRecord(rs.getString("complainant_kind"),
                rs.getString("complainant_reference"), rs.getString("complainant_name"),
                rs.getString("complainant_representation"), rs.getString("representative_reference"),
                rs.getInt("joint_complainants"));
        return new ComplaintRecord(rs.getString("id"), rs.getLong("version"), rs.getString("channel"),
                rs.getString("channel_reference"), rs.getString("source"), who, rs.getString("respondent"),
                rs.getString("request"), rs.getString("narrative"),
                Columns.stringMap(Columns.read(rs.getString("classification"))), rs.getString("complaint_level"),
                rs.getString("status"), Columns.instant(rs.getBigDecimal("received_at")),
                rs.getString("receiving_unit"), rs.getString("first_contact_handler"),
                rs.getString("current_handler"), rs.getString("related_complaint_id"),
                timeline(Columns.read(rs.getString("timeline"))),
                Columns.dateMap(Columns.read(rs.getString("due_dates"))));
    }

    private static ArrayNode timeline(List<TimelineEventRecord> events) {
        ArrayNode array = Columns.JSON.createArrayNode();
        for (TimelineEventRecord e : events) {
            ObjectNode node = array.addObject();
            node.put("sequence", e.sequence());
            node.put("type", e.type());
            node.put("at", e.at().toString());
            node.put("actor", e.actor());
            node.put("reason", e.reason());
            node.set("details", Columns.stringMap(e.details()));
        }
        return array;
    }

    private static List<TimelineEventRecord> timeline(JsonNode array) {
        List<TimelineEventRecord> events = new ArrayList<>(array.size());
        for (JsonNode node : array) {
            events.add(new TimelineEventRecord(node.get("sequence").intValue(), node.get("type").stringValue(),
                    Instant.parse(node.get("at").stringValue()), node.get("actor").stringValue(),
                    node.get("reason").stringValue(), Columns.stringMap(node.get("details"))));
        }
        return events;
    }
}
