package io.consumerprotection.examples.host.jdbc;

import io.consumerprotection.jdbc.JdbcAuditSink;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.spi.audit.AuditRecord;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The audit trail is append-only: no method changes a record, and PostgreSQL refuses changes itself. */
class JdbcAuditSinkTest {

    private static AuditRecord record(String id) {
        return new AuditRecord(id, Instant.parse("2024-09-20T02:15:00.000000001Z"), "EMP-1", "PII_REVEALED",
                "COMPLAINT", "C-1", "核实身份", "SUCCEEDED", Map.of("field", "RESIDENT_ID"), "", "ab");
    }

    @Test
    void hasNoPublicMethodBesidesAppendAndReads() {
        assertThat(Arrays.stream(JdbcAuditSink.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers())).map(Method::getName))
                .containsExactlyInAnyOrder("append", "appendLinked", "records", "findLast");
    }

    @Test
    void postgresRefusesUpdateDeleteAndTruncate() throws SQLException {
        String schema = TestDatabases.uniqueSchema();
        try (JdbcHost host = TestDatabases.postgresHost(schema)) {
            host.auditSink().append(record("a1"));
            try (Connection c = host.dataSource().getConnection(); Statement s = c.createStatement()) {
                for (String sql : new String[] {"UPDATE audit_record SET actor = 'EMP-X'", "DELETE FROM audit_record",
                        "TRUNCATE audit_record"}) {
                    assertThatThrownBy(() -> s.execute(sql)).isInstanceOf(SQLException.class)
                            .hasMessageContaining("append-only");
                }
            }
            assertThat(host.auditSink().findLast()).contains(record("a1"));
        } finally {
            TestDatabases.dropSchema(schema);
        }
    }
}
