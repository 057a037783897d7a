package io.consumerprotection.examples.host.jdbc;

import io.consumerprotection.jdbc.JdbcComplaintStore;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streams more complaints than fit in a small heap: a child JVM with {@value #HEAP} of heap reads them all
 * through {@link JdbcComplaintStore#stream}, while the same child reading them into a list runs out of
 * memory (which proves the data set does not fit, so the test can fail).
 */
class StreamingMemoryTest {

    private static final String HEAP = "16m";
    private static final int ROWS = 3_000;
    private static final String COLUMNS = "id, version, channel, channel_reference, source, complainant_kind,"
            + " complainant_reference, complainant_name, complainant_representation, joint_complainants,"
            + " narrative, classification, status, received_at, receiving_unit, timeline, due_dates";
    /** About 6,000 characters of Chinese text per complaint, each different: 36 MB as Java strings in all. */
    private static final String VALUES = " 'C-' || %1$s, 1, 'HOTLINE', 'REF-' || %1$s, 'HOTLINE', 'PERSON', 'CUST', '张三',"
            + " 'SELF', 1, %1$s || REPEAT('信用卡年费未经告知被扣收', 500), '{}', 'RECEIVED', CAST(%1$s AS NUMERIC(27, 9)),"
            + " 'BR-0101', '[]', '{}'";

    @TempDir
    Path dir;

    @Test
    @EnabledIfSystemProperty(named = "cp.test.slow", matches = "true",
            disabledReason = "writing the data set takes H2 several seconds; run with -Dcp.test.slow=true")
    void streamsMoreThanTheHeapHoldsOnH2() throws Exception {
        Path db = dir.resolve("big");
        try (JdbcHost host = JdbcHost.h2File(db)) {
            populate(host, "INSERT INTO complaint (" + COLUMNS + ") SELECT" + VALUES.formatted("X")
                    + " FROM SYSTEM_RANGE(1, " + ROWS + ")");
        }
        // H2's page cache (16 MB by default) would fill the small heap by itself
        String url = "jdbc:h2:file:" + db.toAbsolutePath() + ";CACHE_SIZE=2048";
        assertThat(run(url, "", "", "stream")).isEqualTo("COUNT " + ROWS);
        assertThat(run(url, "", "", "list")).isEqualTo("OOM");
    }

    @Test
    void streamsMoreThanTheHeapHoldsOnPostgres() throws Exception {
        String schema = TestDatabases.uniqueSchema();
        try (JdbcHost host = TestDatabases.postgresHost(schema)) {
            populate(host, "INSERT INTO complaint (" + COLUMNS + ") SELECT" + VALUES.formatted("x")
                    + " FROM generate_series(1, " + ROWS + ") AS x");
            String url = TestDatabases.postgresUrl().orElseThrow();
            assertThat(run(url, "postgres", schema, "stream")).isEqualTo("COUNT " + ROWS);
            assertThat(run(url, "postgres", schema, "list")).isEqualTo("OOM");
        } finally {
            TestDatabases.dropSchema(schema);
        }
    }

    private static void populate(JdbcHost host, String sql) throws SQLException {
        try (Connection c = host.dataSource().getConnection(); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate(sql)).isEqualTo(ROWS);
        }
    }

    private static String run(String url, String user, String schema, String mode) throws Exception {
        try (ChildJvm child = ChildJvm.start(StreamingChild.class, HEAP, url, user, schema, mode)) {
            String line = child.awaitLine(l -> l.startsWith("COUNT") || l.equals("OOM"), 120);
            child.awaitExit(30);
            return line;
        }
    }
}
