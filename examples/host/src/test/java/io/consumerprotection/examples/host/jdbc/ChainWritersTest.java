package io.consumerprotection.examples.host.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.ConsumerProtection;
import io.consumerprotection.core.privacy.ChainVerification;
import io.consumerprotection.examples.host.audit.FileAuditKeys;
import java.nio.file.Path;
import java.time.Clock;
import org.h2.tools.Server;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two host processes write to one database at once (complaint changes with their records, and records of their
 * own): the trail is one unbroken keyed chain holding every record of both, and every complaint matches its
 * latest record. On PostgreSQL, and on H2 through its TCP server (an H2 file is opened by one process only).
 */
class ChainWritersTest {

    private static final int CHANGES = 150;

    @TempDir
    Path dir;

    @Test
    void twoProcessesOnPostgresWriteOneChain() throws Exception {
        String url = TestDatabases.postgresUrl().orElse(null);
        Assumptions.assumeTrue(url != null, "no PostgreSQL server on 127.0.0.1:5432: skipped");
        String schema = TestDatabases.uniqueSchema();
        try {
            twoWriters(url, schema);
        } finally {
            TestDatabases.dropSchema(schema);
        }
    }

    @Test
    void twoProcessesOnH2WriteOneChain() throws Exception {
        Server server = Server.createTcpServer("-tcpPort", "0", "-baseDir", dir.toString(), "-ifNotExists").start();
        try {
            twoWriters("jdbc:h2:tcp://localhost:" + server.getPort() + "/bank", "-");
        } finally {
            server.stop();
        }
    }

    private void twoWriters(String url, String schema) throws Exception {
        Path keyFile = dir.resolve("writers.key");
        String user = url.startsWith("jdbc:postgresql:") ? "postgres" : null;
        String password = user == null ? null : "";
        String realSchema = schema.equals("-") ? null : schema;
        JdbcHost.connect(url, user, password, realSchema).close(); // migrate once, before both start
        FileAuditKeys keys = FileAuditKeys.createOrOpen(keyFile);
        try (ChildJvm a = ChildJvm.start(ChangingHost.class, "128m", url, schema, keyFile.toString(),
                Integer.toString(CHANGES), "A");
             ChildJvm b = ChildJvm.start(ChangingHost.class, "128m", url, schema, keyFile.toString(),
                     Integer.toString(CHANGES), "B")) {
            a.awaitLine(l -> l.startsWith("DONE"), 180);
            b.awaitLine(l -> l.startsWith("DONE"), 180);
        }
        try (JdbcHost host = JdbcHost.connect(url, user, password, realSchema)) {
            ConsumerProtection cp = ConsumerProtection.builder().complaintStore(host.complaintStore())
                    .notificationSender(host.notificationSender()).auditKeys(keys).clock(Clock.systemUTC()).build();
            ChainVerification v = cp.verifyAuditTrail();
            System.out.printf("two writers on %s: %d trail records, problems %s%n", url.substring(0, 16),
                    v.recordsChecked(), v.countsByProblem());
            assertThat(v.problems()).isEmpty();
            assertThat(v.recordsChecked()).isEqualTo(2L * CHANGES);
        }
    }
}
