package io.consumerprotection.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.spi.audit.AuditRecord;
import io.consumerprotection.spi.audit.ChainLink;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.VersionConflictException;
import io.consumerprotection.spi.contract.SampleComplaints;
import io.consumerprotection.spi.notification.Notification;
import io.consumerprotection.spi.notification.NotificationKind;
import io.consumerprotection.spi.notification.RecipientRole;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The store, the sender and the sink inside a caller's transaction (a {@link TransactionContext} that hands out
 * the connection this test opened): the caller's rollback leaves nothing written, complaint, notification nor audit
 * record; its commit keeps all; a save refused inside it (version conflict) leaves the caller's earlier work as it
 * was; and the store never commits the caller's transaction itself.
 */
class JoinedTransactionTest {

    private static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");
    private static final ChainLink LINK = (r, previous) -> new AuditRecord(r.id(), r.at(), r.actor(), r.action(),
            r.subjectType(), r.subjectId(), r.purpose(), r.outcome(), r.details(), previous, "h-" + r.id());

    private TestDatabase db;
    private Connection callers;

    private final TransactionContext context = dataSource -> Optional.ofNullable(callers);

    @AfterEach
    void close() throws SQLException {
        if (callers != null) {
            callers.close();
        }
        if (db != null) {
            db.close();
        }
    }

    private JdbcComplaintStore begin(TestDatabase.Kind kind) throws SQLException {
        db = TestDatabase.open(kind);
        callers = db.dataSource.getConnection();
        callers.setAutoCommit(false);
        return new JdbcComplaintStore(db.dataSource, db.tables, context, 10);
    }

    private static AuditRecord audit(String id) {
        return new AuditRecord(id, AT, "EMP-1", "COMPLAINT_RECEIVED", "COMPLAINT", "C-1", "intake", "SUCCEEDED",
                Map.of(), "", "");
    }

    private static Notification notice(String id) {
        return new Notification(id, NotificationKind.ACKNOWLEDGEMENT, RecipientRole.CUSTOMER, "C-1", "PHONE", Map.of(),
                AT, "受理");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theCallersRollbackLeavesNothingWritten(TestDatabase.Kind kind) throws SQLException {
        JdbcComplaintStore store = begin(kind);
        ComplaintRecord c = SampleComplaints.complete("C-1", "REF-1", AT);
        store.saveAudited(c, 0, List.of(notice("N-1")), audit("A-1"), LINK);
        new OutboxNotificationSender(db.dataSource, db.tables, context).send(notice("N-2"));
        new JdbcAuditSink(db.dataSource, db.tables, context).appendLinked(audit("A-2"), LINK);
        assertThat(store.findById("C-1")).as("the caller's own uncommitted write is read on its connection").isPresent();
        assertThat(db.complaintIds()).as("not committed: another connection does not see it").isEmpty();

        callers.rollback();

        assertThat(db.complaintIds()).isEmpty();
        assertThat(db.outboxIds()).isEmpty();
        assertThat(db.auditIds()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theCallersCommitKeepsEverything(TestDatabase.Kind kind) throws SQLException {
        JdbcComplaintStore store = begin(kind);
        store.saveAudited(SampleComplaints.complete("C-1", "REF-1", AT), 0, List.of(notice("N-1")), audit("A-1"), LINK);
        new JdbcAuditSink(db.dataSource, db.tables, context).appendLinked(audit("A-2"), LINK);

        callers.commit();

        assertThat(db.complaintIds()).containsExactly("C-1");
        assertThat(db.outboxIds()).containsExactly("N-1");
        assertThat(db.auditIds()).containsExactly("A-1", "A-2");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aRefusedSaveLeavesTheCallersEarlierWorkAsItWas(TestDatabase.Kind kind) throws SQLException {
        JdbcComplaintStore store = begin(kind);
        store.saveAudited(SampleComplaints.complete("C-1", "REF-1", AT), 0, List.of(notice("N-1")), audit("A-1"), LINK);
        ComplaintRecord other = SampleComplaints.complete("C-2", "REF-2", AT);
        store.save(other, 0);

        assertThatThrownBy(() -> store.saveAudited(other, 0, List.of(notice("N-3")), audit("A-3"), LINK))
                .isInstanceOf(VersionConflictException.class);
        assertThat(store.findById("C-2")).get().extracting(ComplaintRecord::version).isEqualTo(1L);

        callers.commit();

        assertThat(db.complaintIds()).containsExactly("C-1", "C-2");
        assertThat(db.outboxIds()).containsExactly("N-1");
        assertThat(db.auditIds()).containsExactly("A-1");
    }
}
