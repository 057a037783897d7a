package io.consumerprotection.examples.spring;

import io.consumerprotection.core.ConsumerProtection;
import io.consumerprotection.examples.host.jdbc.ChildJvm;
import io.consumerprotection.examples.host.jdbc.InstanceLogs;
import io.consumerprotection.examples.host.jdbc.InstanceWork;
import io.consumerprotection.examples.host.jdbc.OutboxTestRows;
import io.consumerprotection.jdbc.JdbcComplaintStore;
import io.consumerprotection.jdbc.JdbcSchema;
import io.consumerprotection.jdbc.OutboxNotificationSender;
import io.consumerprotection.jdbc.TableNames;
import io.consumerprotection.jdbc.TransactionContext;
import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Issue 17, several instances through the starter: two instances of the sample application ({@link SampleInstance},
 * Spring Boot with the starter's auto-configuration, the outbox dispatcher on the starter's scheduler) in two child
 * JVMs on one PostgreSQL schema intake, act and dispatch at once, every unit of work in a Spring transaction. The
 * same work as the JDBC host's {@code SeveralInstancesTest} ({@link InstanceWork}): both take in the same
 * {@value #SHARED} shared complaints and act on them in the same order, each also {@value #OWN} of its own.
 * Afterwards {@link InstanceLogs} checks, from the instances' logs and the database: each shared complaint created
 * once, no lost update, no duplicate delivery, one unbroken audit chain (the starter's facade has no audit keys,
 * so it is the plain hash chain). Skipped with a message when no PostgreSQL server answers on 127.0.0.1:5432.
 */
class SeveralSampleInstancesTest {

    private static final int OWN = 12;
    private static final int SHARED = 12;
    private static final int CONTACTS = 5;
    private static final String SCHEMA = SampleApplicationPostgresTest.SCHEMA.replace("cp_boot_", "cp_inst_");
    private static final String URL = SampleApplicationPostgresTest.URL + "?currentSchema=" + SCHEMA;

    @TempDir
    Path dir;

    @BeforeEach
    void createSchema() {
        SampleApplicationPostgresTest.createSchema(SCHEMA);
    }

    @AfterEach
    void dropSchema() {
        SampleApplicationPostgresTest.dropSchema(SCHEMA);
    }

    @Test
    void twoSampleApplicationsOnPostgresLoseNoUpdateDeliverOnceAndKeepOneChain() throws Exception {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(URL);
        dataSource.setUser("postgres");
        // the application's own table and the SDK's, once, before both start (as a deployment's first run would)
        Flyway.configure().dataSource(dataSource).load().migrate();
        TableNames tables = TableNames.of(SCHEMA, "cp_");
        JdbcSchema.on(dataSource, tables).migrate();

        List<String> worked;
        try (ChildJvm a = start("A"); ChildJvm b = start("B")) {
            worked = InstanceWork.conduct(dir, a, b, 120);
        }

        JdbcComplaintStore store = new JdbcComplaintStore(dataSource, tables, TransactionContext.none(),
                JdbcComplaintStore.DEFAULT_FETCH_SIZE);
        ConsumerProtection cp = ConsumerProtection.builder().complaintStore(store)
                .notificationSender(new OutboxNotificationSender(dataSource, tables, TransactionContext.none()))
                .build();
        new InstanceLogs(dir, List.of("A", "B"), OWN, SHARED, CONTACTS).check("two sample applications on"
                        + " PostgreSQL " + worked, store,
                OutboxTestRows.statuses(dataSource, tables.table("notification_outbox")), cp.verifyAuditTrail());
    }

    private ChildJvm start(String label) throws Exception {
        return ChildJvm.start(SampleInstance.class, "256m", URL, SCHEMA, label, dir.toString(),
                Integer.toString(OWN), Integer.toString(SHARED), Integer.toString(CONTACTS));
    }
}
