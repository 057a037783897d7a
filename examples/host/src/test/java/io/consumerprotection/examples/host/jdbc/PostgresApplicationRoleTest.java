package io.consumerprotection.examples.host.jdbc;

import io.consumerprotection.jdbc.JdbcComplaintStore;
import io.consumerprotection.jdbc.OutboxNotificationSender;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.core.ConsumerProtection;
import io.consumerprotection.core.complaint.Channel;
import io.consumerprotection.core.complaint.Complainant;
import io.consumerprotection.core.complaint.Complaint;
import io.consumerprotection.core.complaint.ComplaintAction;
import io.consumerprotection.core.complaint.Intake;
import io.consumerprotection.core.privacy.BrokenLink;
import io.consumerprotection.testkit.InMemoryAuditKeyProvider;
import io.consumerprotection.testkit.InMemoryChainAnchor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The SDK on PostgreSQL as a bank deploys it: the migration owner runs the migrations and
 * {@code db/consumer-protection/roles/postgresql-application-role.sql}; the application connects as a role that does not own the
 * tables. That role handles complaints, and cannot change, delete or truncate audit records, nor disable, drop
 * or replace the trigger, nor switch triggers off for its session. The owner can — and the keyed chain's
 * checkpoint then finds what it deleted. Skipped when no server is reachable.
 */
class PostgresApplicationRoleTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theApplicationRoleHandlesComplaintsAndCannotRewriteTheTrailWhileTheOwnersDeletionIsFound() throws Exception {
        String schema = TestDatabases.uniqueSchema();
        String role = "cp_app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (JdbcHost owner = TestDatabases.postgresHost(schema)) {
            String url = TestDatabases.postgresUrl().orElseThrow();
            try (Connection c = owner.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE ROLE " + role + " LOGIN");
                s.execute(grants(schema, role));
            }
            PGSimpleDataSource app = new PGSimpleDataSource();
            app.setURL(url);
            app.setUser(role);
            app.setCurrentSchema(schema);
            InMemoryChainAnchor anchor = new InMemoryChainAnchor();
            JdbcComplaintStore store = new JdbcComplaintStore(app);
            ConsumerProtection cp = ConsumerProtection.builder().complaintStore(store)
                    .notificationSender(new OutboxNotificationSender(app))
                    .auditKeys(InMemoryAuditKeyProvider.of("k1", KEY)).chainAnchor(anchor)
                    .clock(Clock.systemUTC()).build();
            for (int i = 0; i < 3; i++) {
                Complaint c = cp.complaints().intake(Intake.builder().channel(Channel.HOTLINE).channelReference("R-" + i)
                        .complainant(Complainant.person("CUST-" + i, "客户")).request("退还年费")
                        .narrative("信用卡年费未经告知被扣收。").receivedAt(Clock.systemUTC().instant())
                        .receivingUnit("BR-01").firstContactHandler("EMP-1").build(), "EMP-1").complaint();
                cp.complaints().act(c, new ComplaintAction.Accept(), "EMP-1");
            }
            assertThat(cp.auditTrail().checkpoint()).isPresent();

            try (Connection c = app.getConnection(); Statement s = c.createStatement()) {
                for (String sql : new String[] {
                        "UPDATE audit_record SET actor = 'EMP-X'",
                        "DELETE FROM audit_record",
                        "TRUNCATE audit_record",
                        "ALTER TABLE audit_record DISABLE TRIGGER ALL",
                        "DROP TRIGGER audit_record_no_update_or_delete ON audit_record",
                        "CREATE OR REPLACE FUNCTION audit_record_append_only() RETURNS trigger AS $$ BEGIN RETURN OLD;"
                                + " END; $$ LANGUAGE plpgsql",
                        "SET session_replication_role = replica",
                        "DELETE FROM complaint",
                        "DELETE FROM notification_outbox"}) {
                    assertThatThrownBy(() -> s.execute(sql)).as(sql).isInstanceOf(SQLException.class);
                }
            }
            assertThat(cp.verifyAuditTrail().isIntact()).isTrue();

            // the owner can switch the trigger off and delete the tail; the checkpoint kept elsewhere finds it
            try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
                s.execute("SET search_path TO " + schema);
                s.execute("ALTER TABLE audit_record DISABLE TRIGGER audit_record_no_update_or_delete");
                s.execute("DELETE FROM audit_record WHERE seq = (SELECT MAX(seq) FROM audit_record)");
            }
            assertThat(cp.auditTrail().verify().problems()).extracting(BrokenLink::problem)
                    .containsExactly(BrokenLink.Problem.TAIL_MISSING);
            assertThat(cp.verifyAuditTrail().problems()).extracting(BrokenLink::problem)
                    .contains(BrokenLink.Problem.TAIL_MISSING, BrokenLink.Problem.COMPLAINT_VERSION_UNRECORDED);
        } finally {
            TestDatabases.dropSchema(schema);
            dropRole(role);
        }
    }

    /** The grants of the bundled script, for this schema and role (the same file the README points to). */
    private static String grants(String schema, String role) throws IOException {
        try (InputStream in = JdbcHost.class.getResourceAsStream("/db/consumer-protection/roles/postgresql-application-role.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return sql.replace("${schema}", schema).replace("${app_role}", role);
        }
    }

    private static void dropRole(String role) throws SQLException {
        if (TestDatabases.postgresUrl().isEmpty()) {
            return;
        }
        try (Connection c = DriverManager.getConnection(TestDatabases.postgresUrl().get(), "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("DROP ROLE IF EXISTS " + role);
        }
    }
}
