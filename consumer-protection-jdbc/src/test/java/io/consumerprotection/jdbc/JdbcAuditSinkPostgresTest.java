package io.consumerprotection.jdbc;

import io.consumerprotection.spi.contract.AuditSinkContractTest;
import io.consumerprotection.spi.audit.AuditSink;
import org.junit.jupiter.api.AfterEach;

/**
 * The spi contract of {@link AuditSink} on postgresql, in tables of their own (a schema and/or prefix of
 * {@link TableNames}); skipped with a message when the server does not answer.
 */
class JdbcAuditSinkPostgresTest extends AuditSinkContractTest {

    private TestDatabase db;

    @Override
    protected AuditSink newSink() {
        db = TestDatabase.open(TestDatabase.Kind.POSTGRESQL);
        return new JdbcAuditSink(db.dataSource, db.tables, TransactionContext.none());
    }

    @AfterEach
    void dropTables() {
        if (db != null) {
            db.close();
        }
    }
}
