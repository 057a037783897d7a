package io.consumerprotection.examples.host.jdbc;

import io.consumerprotection.core.ConsumerProtection;
import io.consumerprotection.examples.host.audit.FileAuditKeys;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, several instances: two application JVMs ({@link InstanceHost}) on one PostgreSQL schema intake,
 * act and dispatch at once through the published {@code consumer-protection-jdbc} store, outbox, dispatcher
 * and audit sink (the work of {@link InstanceWork}, checked by {@link InstanceLogs}). Both register the same
 * {@value #SHARED} shared complaints (same channel references) and act on them in the same order, so they collide
 * on every shared complaint; each also intakes and accepts {@value #OWN} of its own. Afterwards, from the instances' own logs and the database:
 * <ul>
 *   <li>each shared reference was created by exactly one instance, and every complaint exists once;</li>
 *   <li>no lost update: the changes the two instances were told were accepted are exactly the events of the
 *       stored timelines (no more, no fewer, none twice), no two accepted changes of a complaint got the same
 *       version, and each stored version is one more than its accepted changes;</li>
 *   <li>no duplicate delivery: the hand-overs of both instances' gateways together are exactly the outbox rows,
 *       each once, and every row is {@code DELIVERED};</li>
 *   <li>one unbroken keyed audit chain holding one record per saved change, every complaint matching it.</li>
 * </ul>
 */
class SeveralInstancesTest {

    private static final int OWN = 15;
    private static final int SHARED = 15;
    private static final int CONTACTS = 6;

    @TempDir
    Path dir;

    @Test
    void twoInstancesOnPostgresLoseNoUpdateDeliverOnceAndKeepOneChain() throws Exception {
        String url = TestDatabases.postgresUrl().orElse(null);
        Assumptions.assumeTrue(url != null, "no PostgreSQL server on 127.0.0.1:5432: skipped");
        String schema = TestDatabases.uniqueSchema();
        try {
            run(url, schema);
        } finally {
            TestDatabases.dropSchema(schema);
        }
    }

    private void run(String url, String schema) throws Exception {
        Path keyFile = dir.resolve("instances.key");
        JdbcHost.connect(url, "postgres", "", schema).close(); // migrate once, before both start
        FileAuditKeys keys = FileAuditKeys.createOrOpen(keyFile);
        List<String> worked;
        try (ChildJvm a = start(url, schema, keyFile, "A"); ChildJvm b = start(url, schema, keyFile, "B")) {
            worked = InstanceWork.conduct(dir, a, b, 60);
        }
        try (JdbcHost host = JdbcHost.connect(url, "postgres", "", schema)) {
            ConsumerProtection cp = ConsumerProtection.builder().complaintStore(host.complaintStore())
                    .notificationSender(host.notificationSender()).auditKeys(keys).clock(Clock.systemUTC()).build();
            new InstanceLogs(dir, List.of("A", "B"), OWN, SHARED, CONTACTS).check("two instances on PostgreSQL "
                    + worked, host.complaintStore(), OutboxTestRows.statuses(host), cp.verifyAuditTrail());
        }
    }

    private ChildJvm start(String url, String schema, Path keyFile, String label) throws Exception {
        return ChildJvm.start(InstanceHost.class, "128m", url, schema, keyFile.toString(), label, dir.toString(),
                Integer.toString(OWN), Integer.toString(SHARED), Integer.toString(CONTACTS));
    }

}
