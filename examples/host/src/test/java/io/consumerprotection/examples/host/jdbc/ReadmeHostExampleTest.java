package io.consumerprotection.examples.host.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.ConsumerProtection;
import io.consumerprotection.core.complaint.Channel;
import io.consumerprotection.core.complaint.Complainant;
import io.consumerprotection.core.complaint.Complaint;
import io.consumerprotection.core.complaint.ComplaintAction;
import io.consumerprotection.core.complaint.Intake;
import io.consumerprotection.core.privacy.BrokenLink;
import io.consumerprotection.core.privacy.ChainVerification;
import io.consumerprotection.examples.host.audit.FileAuditKeys;
import io.consumerprotection.examples.host.audit.FileChainAnchor;
import io.consumerprotection.jdbc.OutboxDispatcher;
import io.consumerprotection.spi.audit.AuditKeyProvider;
import io.consumerprotection.spi.audit.ChainAnchor;
import io.consumerprotection.spi.notification.NotificationSender;
import io.consumerprotection.testkit.InMemoryNotificationSender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * README.md's "Running on a database" and "The audit trail" snippets, line for line (ReadmeSnippetsTest in core checks
 * that every code line of a snippet marked with this file's path is here), on an H2 file database.
 */
class ReadmeHostExampleTest {

    private static final Instant RECEIVED = Instant.parse("2024-09-20T03:00:00Z");

    private static Complaint intake(ConsumerProtection cp, String reference) {
        return cp.complaints().intake(Intake.builder().channel(Channel.HOTLINE).channelReference(reference)
                .complainant(Complainant.person("CUST-1", "张三")).request("退还信用卡年费")
                .narrative("信用卡年费未经告知被扣收。").receivedAt(RECEIVED).receivingUnit("BR-01")
                .firstContactHandler("EMP-1").build(), "EMP-1").complaint();
    }

    @Test
    void runningOnADatabaseRunsAsDocumented() throws Exception {
        Path dir = Files.createTempDirectory("bank");
        try {
            NotificationSender smsGateway = new InMemoryNotificationSender();
            ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
            try (JdbcHost host = JdbcHost.h2File(dir.resolve("bank"))) {
                ConsumerProtection cp = ConsumerProtection.builder()
                        .complaintStore(host.complaintStore())
                        .notificationSender(host.notificationSender())
                        .auditSink(host.auditSink())
                        .build();
                Complaint c = intake(cp, "95588-README-1");
                c = cp.complaints().act(c, new ComplaintAction.Accept(), "EMP-1");   // queues the acknowledgement
                OutboxDispatcher dispatcher = host.dispatcher(smsGateway);
                dispatcher.dispatchOnce();
                dispatcher.scheduleOn(scheduler, Duration.ofSeconds(5));
                scheduler.shutdown();
                assertThat(scheduler.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

                assertThat(host.complaintStore().findById(c.id().value())).isPresent();
                assertThat(((InMemoryNotificationSender) smsGateway).delivered()).extracting(n -> n.kind().name())
                        .containsExactly("ACKNOWLEDGEMENT");
            }
            assertThat(dir.resolve("bank.mv.db")).exists();
        } finally {
            delete(dir);
        }
    }

    @Test
    void theAuditTrailRunsAsDocumentedAndFindsADeletedTail() throws Exception {
        Path dir = Files.createTempDirectory("bank");
        try {
            try (JdbcHost host = JdbcHost.h2File(dir.resolve("bank"))) {
                AuditKeyProvider keys = FileAuditKeys.createOrOpen(dir.resolve("audit.key"));
                ChainAnchor anchor = FileChainAnchor.at(dir.resolve("audit.anchor"));
                ConsumerProtection cp = ConsumerProtection.builder()
                        .complaintStore(host.complaintStore())
                        .notificationSender(host.notificationSender())
                        .auditKeys(keys)
                        .chainAnchor(anchor)
                        .build();
                intake(cp, "95588-README-2");
                intake(cp, "95588-README-3");
                cp.auditTrail().checkpoint();
                ChainVerification v = cp.verifyAuditTrail();
                v.problems();

                assertThat(v.isIntact()).isTrue();
                assertThat(v.problems()).isEmpty();
                assertThat(anchor.findLatest()).isPresent();
                deleteLastAuditRecord(host);
                assertThat(cp.verifyAuditTrail().problems()).extracting(BrokenLink::problem)
                        .contains(BrokenLink.Problem.TAIL_MISSING);
            }
        } finally {
            delete(dir);
        }
    }

    private static void deleteLastAuditRecord(JdbcHost host) throws SQLException {
        String table = host.tables().table("audit_record");
        try (Connection connection = host.dataSource().getConnection(); Statement s = connection.createStatement()) {
            assertThat(s.executeUpdate("DELETE FROM " + table + " WHERE seq = (SELECT MAX(seq) FROM " + table + ")"))
                    .isEqualTo(1);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
