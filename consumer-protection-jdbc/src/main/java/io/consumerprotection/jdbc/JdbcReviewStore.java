package io.consumerprotection.jdbc;

import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.internal.Redaction;
import io.consumerprotection.spi.review.MarketingItemRecord;
import io.consumerprotection.spi.review.ReviewFindingRecord;
import io.consumerprotection.spi.review.ReviewRecord;
import io.consumerprotection.spi.review.ReviewStore;
import io.consumerprotection.spi.review.ReviewSuggestionRecord;
import io.consumerprotection.spi.review.TemplateRevisionRecord;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@link ReviewStore} on the bank's database (tables of Flyway script {@code V6__review}): one row per review
 * with its findings and suggestions as JSON arrays (Jackson), the marketing registry, and the append-only template
 * revisions. A review of revision 1 is an INSERT (a duplicate id is a {@code VERSION_CONFLICT}); revision
 * {@code n} is an UPDATE of the row at revision {@code n - 1}. Each write is one unit of work: in the caller's
 * transaction when the {@link TransactionContext} has one (a savepoint on it), otherwise a transaction of its own.
 * Thread-safe: it holds nothing but the data source.
 */
public final class JdbcReviewStore implements ReviewStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = "id, subject_kind, subject_id, subject_name, subject_version, "
            + "requesting_unit, requested_on, checklist_version, item_ids, findings, suggestions, outcome, decided_on, "
            + "previous_id, revision";

    private final Transactions transactions;
    private final String reviewTable;
    private final String marketingItemTable;
    private final String templateRevisionTable;

    /**
     * A store on a data source migrated by {@link JdbcSchema} (script V6 applied), tables by their plain names,
     * each call committing its own.
     */
    public JdbcReviewStore(DataSource dataSource) {
        this(dataSource, TableNames.defaults(), TransactionContext.none());
    }

    /**
     * On these tables ({@link TableNames}: the schema and prefix the migrations were run with), in the caller's
     * transaction when {@code transactionContext} has one (a savepoint on it), otherwise committing its own.
     */
    public JdbcReviewStore(DataSource dataSource, TableNames tables, TransactionContext transactionContext) {
        Objects.requireNonNull(tables, "tables");
        this.reviewTable = tables.table("review");
        this.marketingItemTable = tables.table("review_marketing_item");
        this.templateRevisionTable = tables.table("review_template_revision");
        this.transactions = new Transactions(dataSource, transactionContext);
    }

    @Override
    public void saveReview(ReviewRecord r) {
        Objects.requireNonNull(r, "review");
        transactions.write("saving review " + Redaction.code(r.id()), c -> {
            if (r.revision() == 1) {
                if (exists(c, r.id())) {
                    throw conflict(r, 0);
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + reviewTable + " (" + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    bind(ps, r);
                    ps.executeUpdate();
                } catch (SQLException e) {
                    if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                        throw conflict(r, 1);
                    }
                    throw e;
                }
                return null;
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + reviewTable + " SET id = ?, subject_kind = ?, subject_id = ?, "
                    + "subject_name = ?, subject_version = ?, requesting_unit = ?, requested_on = ?, "
                    + "checklist_version = ?, item_ids = ?, findings = ?, suggestions = ?, outcome = ?, decided_on = ?, "
                    + "previous_id = ?, revision = ? WHERE id = ? AND revision = ?")) {
                bind(ps, r);
                ps.setString(16, r.id());
                ps.setLong(17, r.revision() - 1);
                if (ps.executeUpdate() != 1) {
                    throw conflict(r, storedRevision(c, r.id()));
                }
            } catch (SQLException e) {
                if (Columns.isConcurrentUpdate(e)) { // H2 under REPEATABLE READ: another writer came first
                    throw conflict(r, -1);
                }
                throw e;
            }
            return null;
        });
    }

    private long storedRevision(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT revision FROM " + reviewTable + " WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        }
    }

    private static ConsumerProtectionException conflict(ReviewRecord r, long stored) {
        return new ConsumerProtectionException("VERSION_CONFLICT", "review " + Redaction.code(r.id())
                + " was changed concurrently: expected revision " + (r.revision() - 1) + ", stored " + stored);
    }

    private boolean exists(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + reviewTable + " WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void bind(PreparedStatement ps, ReviewRecord r) throws SQLException {
        ps.setString(1, r.id());
        ps.setString(2, r.subjectKind());
        ps.setString(3, r.subjectId());
        ps.setString(4, r.subjectName());
        ps.setString(5, r.version());
        ps.setString(6, r.requestingUnit());
        ps.setDate(7, Date.valueOf(r.requestedOn()));
        ps.setString(8, r.checklistVersion());
        ArrayNode items = JSON.createArrayNode();
        r.itemIds().forEach(items::add);
        ps.setString(9, JSON.writeValueAsString(items));
        ArrayNode findings = JSON.createArrayNode();
        for (ReviewFindingRecord f : r.findings()) {
            findings.addObject().put("itemId", f.itemId()).put("text", f.text());
        }
        ps.setString(10, JSON.writeValueAsString(findings));
        ArrayNode suggestions = JSON.createArrayNode();
        for (ReviewSuggestionRecord s : r.suggestions()) {
            ObjectNode o = suggestions.addObject().put("number", s.number()).put("itemId", s.itemId())
                    .put("text", s.text()).put("responseDue", s.responseDue().toString()).put("status", s.status())
                    .put("reason", s.reason());
            if (s.answeredOn() != null) {
                o.put("answeredOn", s.answeredOn().toString());
            }
        }
        ps.setString(11, JSON.writeValueAsString(suggestions));
        ps.setString(12, r.outcome());
        ps.setDate(13, r.decidedOn() == null ? null : Date.valueOf(r.decidedOn()));
        ps.setString(14, r.previousId());
        ps.setLong(15, r.revision());
    }

    private static ReviewRecord read(ResultSet rs) throws SQLException {
        List<String> items = new ArrayList<>();
        JSON.readTree(rs.getString("item_ids")).forEach(n -> items.add(n.asString()));
        List<ReviewFindingRecord> findings = new ArrayList<>();
        JSON.readTree(rs.getString("findings")).forEach(n -> findings.add(new ReviewFindingRecord(
                n.get("itemId").asString(), n.get("text").asString())));
        List<ReviewSuggestionRecord> suggestions = new ArrayList<>();
        for (JsonNode n : JSON.readTree(rs.getString("suggestions"))) {
            JsonNode answered = n.get("answeredOn");
            suggestions.add(new ReviewSuggestionRecord(n.get("number").asInt(), n.get("itemId").asString(),
                    n.get("text").asString(), LocalDate.parse(n.get("responseDue").asString()),
                    n.get("status").asString(), n.get("reason").asString(),
                    answered == null || answered.isNull() ? null : LocalDate.parse(answered.asString())));
        }
        Date decided = rs.getDate("decided_on");
        return new ReviewRecord(rs.getString("id"), rs.getString("subject_kind"), rs.getString("subject_id"),
                rs.getString("subject_name"), rs.getString("subject_version"), rs.getString("requesting_unit"),
                rs.getDate("requested_on").toLocalDate(), rs.getString("checklist_version"), items, findings,
                suggestions, rs.getString("outcome"), decided == null ? null : decided.toLocalDate(),
                rs.getString("previous_id"), rs.getLong("revision"));
    }

    @Override
    public Optional<ReviewRecord> findReview(String id) {
        Objects.requireNonNull(id, "id");
        List<ReviewRecord> r = queryReviews("WHERE id = ?", id);
        return r.stream().findFirst();
    }

    @Override
    public List<ReviewRecord> reviewsOf(String subjectId) {
        Objects.requireNonNull(subjectId, "subjectId");
        return queryReviews("WHERE subject_id = ? ORDER BY requested_on, id", subjectId);
    }

    @Override
    public List<ReviewRecord> reviewsRequestedBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return queryReviews("WHERE requested_on >= ? AND requested_on <= ? ORDER BY requested_on, id",
                Date.valueOf(from), Date.valueOf(to));
    }

    private List<ReviewRecord> queryReviews(String where, Object... args) {
        return transactions.read("reading reviews", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + reviewTable + " " + where)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                List<ReviewRecord> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(read(rs));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public void saveMarketingItem(MarketingItemRecord m) {
        Objects.requireNonNull(m, "item");
        transactions.write("saving marketing item " + Redaction.code(m.subjectId()), c -> {
                try (PreparedStatement del = c.prepareStatement(
                        "DELETE FROM " + marketingItemTable + " WHERE subject_id = ?")) {
                    del.setString(1, m.subjectId());
                    del.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + marketingItemTable + " (subject_id, "
                        + "item_name, item_version, channel, body, withdrawal_reason, withdrawing_review, withdrawn_from)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setString(1, m.subjectId());
                    ps.setString(2, m.name());
                    ps.setString(3, m.version());
                    ps.setString(4, m.channel());
                    ps.setString(5, m.text());
                    ps.setString(6, m.withdrawalReason());
                    ps.setString(7, m.withdrawingReview());
                    ps.setDate(8, m.withdrawnFrom() == null ? null : Date.valueOf(m.withdrawnFrom()));
                    ps.executeUpdate();
                }
                return null;
        });
    }

    @Override
    public Optional<MarketingItemRecord> findMarketingItem(String subjectId) {
        Objects.requireNonNull(subjectId, "subjectId");
        return queryItems("WHERE subject_id = ?", subjectId).stream().findFirst();
    }

    @Override
    public List<MarketingItemRecord> marketingItems() {
        return queryItems("ORDER BY subject_id");
    }

    private List<MarketingItemRecord> queryItems(String where, Object... args) {
        return transactions.read("reading marketing items", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT subject_id, item_name, item_version, channel, body, "
                        + "withdrawal_reason, withdrawing_review, withdrawn_from FROM " + marketingItemTable + " " + where)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<MarketingItemRecord> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Date w = rs.getDate(8);
                    out.add(new MarketingItemRecord(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                            w == null ? null : w.toLocalDate()));
                }
            }
            return out;
            }
        });
    }

    @Override
    public void appendTemplateRevision(TemplateRevisionRecord t) {
        Objects.requireNonNull(t, "revision");
        transactions.write("appending a template revision", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + templateRevisionTable + " (template_id, "
                        + "revision_version, template_name, effective_on, body, change_note, review_id) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, t.templateId());
            ps.setString(2, t.version());
            ps.setString(3, t.name());
            ps.setDate(4, Date.valueOf(t.effectiveOn()));
            ps.setString(5, t.text());
            ps.setString(6, t.change());
            ps.setString(7, t.reviewId());
            ps.executeUpdate();
            } catch (SQLException e) {
                if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                    throw new ConsumerProtectionException("DUPLICATE_REVISION", "template "
                            + Redaction.code(t.templateId()) + " already has revision " + Redaction.code(t.version()));
                }
                throw e;
            }
            return null;
        });
    }

    @Override
    public List<TemplateRevisionRecord> templateRevisions(String templateId) {
        Objects.requireNonNull(templateId, "templateId");
        return transactions.read("reading template revisions", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT template_id, template_name, revision_version, "
                        + "effective_on, body, change_note, review_id FROM " + templateRevisionTable + " WHERE template_id = ? "
                        + "ORDER BY effective_on, revision_version")) {
            ps.setString(1, templateId);
            List<TemplateRevisionRecord> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new TemplateRevisionRecord(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getDate(4).toLocalDate(), rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
            return out;
            }
        });
    }

    @Override
    public List<String> templateIds() {
        return transactions.read("reading template ids", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                        "SELECT DISTINCT template_id FROM " + templateRevisionTable + " ORDER BY template_id");
                    ResultSet rs = ps.executeQuery()) {
                List<String> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
                return out;
            }
        });
    }
}
